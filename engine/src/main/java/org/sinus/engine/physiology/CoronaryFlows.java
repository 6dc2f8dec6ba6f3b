package org.sinus.engine.physiology;

/**
 * Every directed flow of the coronary network of one patient, as {@link CardiovascularModel#derivatives} computes it,
 * for devices that transport something the ODE does not carry (an infusate, {@code devices.Retroinfusion}). Uses the
 * model's own tube law, sinus pressure and LV pressure, so the flows are the kernel's: {@code CoronaryFlowsTest}
 * checks that they rebuild the derivatives of the microvascular, venous and sinus volumes within 1e-12.
 *
 * <p>Indices into the output (ml/s; the sign convention is the direction named): per layer, in
 * {@link CardiovascularModel#RISK_ENDO}..{@link CardiovascularModel#REMOTE_EPI} order, the arteriolar inflow (feeding
 * artery to microvessels) and the capillary flow (microvessels to veins: negative is retrograde, from the veins into
 * the capillaries); per territory (0 at risk, 1 remote) the Thebesian flow (subendocardial veins to LV, never
 * negative), the transmural flow (subendocardial to subepicardial veins) and the drain (subepicardial veins to the
 * sinus); the veno-venous flow (at-risk to remote subepicardial veins); the ostium (sinus to right atrium); the sinus
 * pump and the graft (both into the sinus); the great-cardiac-vein pump (into the at-risk subepicardial veins).
 */
public final class CoronaryFlows {
    /** First of four arteriolar inflows, feeding artery to microvessels, by layer. */
    public static final int ARTERIOLAR = 0;
    /** First of four capillary flows, microvessels to veins (negative: retrograde), by layer. */
    public static final int CAPILLARY = 4;
    /** First of two Thebesian flows, subendocardial veins to the LV cavity, by territory. */
    public static final int THEBESIAN = 8;
    /** First of two transmural flows, subendocardial to subepicardial veins, by territory. */
    public static final int TRANSMURAL = 10;
    /** First of two drains, subepicardial veins to the coronary sinus, by territory. */
    public static final int DRAIN = 12;
    /** Veno-venous flow, at-risk to remote subepicardial veins. */
    public static final int VENO_VENOUS = 14;
    /** Ostium, coronary sinus to right atrium. */
    public static final int OSTIUM = 15;
    /** Sinus pump into the coronary sinus. */
    public static final int PUMP = 16;
    /** Graft from the aorta into the coronary sinus. */
    public static final int GRAFT = 17;
    /** Pump into the at-risk subepicardial veins, distal to a great-cardiac-vein balloon. */
    public static final int GREAT_VEIN_PUMP = 18;
    /** Length of the output. */
    public static final int SIZE = 19;

    private CoronaryFlows() {
    }

    /**
     * Writes patient {@code i}'s coronary flows at {@code timeS} in state {@code y}, with the actuators as they stand,
     * into {@code out} (length {@link #SIZE}); allocates nothing. The expressions are those of
     * {@link CardiovascularModel#derivatives}'s scalar loop, with divisions by resistances and compliances where the
     * derivative multiplies by their reciprocals (equal to an ulp or so: this is for reporting, not integration).
     */
    public static void of(CardiovascularModel m, int i, double timeS, double[][] y, double[] out) {
        ModelConstants.Microcirculation mc = m.constants().microcirculation();
        double plv = m.lvPressure(i, timeS, y[CardiovascularModel.LV_VOLUME][i]);
        double pao = y[CardiovascularModel.AORTA][i];
        double pcs = m.sinusPressure(y[CardiovascularModel.SINUS][i]);
        double pepi = y[CardiovascularModel.EPICARDIAL][i];
        double pra = y[CardiovascularModel.RA][i];
        double pexEndo = mc.imPressureEndo() * plv;
        double pexEpi = mc.imPressureEpi() * plv;
        int micro = CardiovascularModel.MICRO;
        int vein = CardiovascularModel.VEIN;
        double epiVeinRisk = pexEpi + CardiovascularModel.tube(y[vein + CardiovascularModel.RISK_EPI][i],
                m.veinCompliance[CardiovascularModel.RISK_EPI][i]);
        double epiVeinRemote = pexEpi + CardiovascularModel.tube(y[vein + CardiovascularModel.REMOTE_EPI][i],
                m.veinCompliance[CardiovascularModel.REMOTE_EPI][i]);
        out[VENO_VENOUS] = (epiVeinRisk - epiVeinRemote) / m.venoVenousResistance[i];
        for (int t = 0; t < 2; t++) {
            int endo = 2 * t;
            int epi = endo + 1;
            double source = t == 0 ? pepi : pao;
            double pEndo = pexEndo + CardiovascularModel.tube(y[micro + endo][i], m.microCompliance[endo][i]);
            double pEpi = pexEpi + CardiovascularModel.tube(y[micro + epi][i], m.microCompliance[epi][i]);
            double pEndoVein = pexEndo + CardiovascularModel.tube(y[vein + endo][i], m.veinCompliance[endo][i]);
            double pEpiVein = t == 0 ? epiVeinRisk : epiVeinRemote;
            out[ARTERIOLAR + endo] = (source - pEndo) / m.arteriolarResistance[endo][i];
            out[ARTERIOLAR + epi] = (source - pEpi) / m.arteriolarResistance[epi][i];
            out[CAPILLARY + endo] = (pEndo - pEndoVein) / m.capillaryResistance[endo][i];
            out[CAPILLARY + epi] = (pEpi - pEpiVein) / m.capillaryResistance[epi][i];
            out[THEBESIAN + t] = Math.max(0, pEndoVein - plv) / m.thebesianResistance[t][i];
            out[TRANSMURAL + t] = (pEndoVein - pEpiVein) / m.transmuralResistance[t][i];
            out[DRAIN + t] = (t == 0 ? m.greatVeinOpen[i] : 1) * (pEpiVein - pcs) / m.drainResistance[t][i];
        }
        out[OSTIUM] = m.csOstiumOpen[i] * (pcs - pra)
                / (m.constants().veins().ostiumResistanceMmHgSPerMl() * m.ostiumResistanceFactor[i]);
        out[PUMP] = m.sinusPumpMlPerS[i];
        out[GRAFT] = m.graftConductance[i] * (pao - pcs);
        out[GREAT_VEIN_PUMP] = m.greatVeinPumpMlPerS[i];
    }
}
