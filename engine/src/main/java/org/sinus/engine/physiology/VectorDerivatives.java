package org.sinus.engine.physiology;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API twin of {@link CardiovascularModel#derivatives} (STYLE.md principle 6): lanes run over patients,
 * {@link DoubleVector#SPECIES_PREFERRED} wide (8 doubles with AVX-512). Every term is the scalar code's, in the
 * scalar code's order of operations, so the two agree bit for bit except where the elastance activation's cosine
 * is taken: {@link VectorOperators#COS} (an SVML stub on x86 HotSpot) may differ from {@link Math#cos} by an ulp.
 * {@code VectorDerivativesTest} checks the agreement on random patients.
 *
 * <p>Piecewise terms use masks, never branches: for a two-branch term only the operand that differs is selected, and
 * the one division or cosine is taken once (the elastance's systolic and relaxation cosines share one {@code COS};
 * the tube law and the sinus knee share one division). The floor of the beat count is taken with adds
 * ({@code x + 2^52 - 2^52}, exact for time never negative): a double-to-long conversion is not intrinsified on
 * JDK 17.
 *
 * <p>Shape. Four passes over the batch, each a small loop: pressures (LV, sinus, subepicardial veins and the
 * veno-venous flow, kept in this workspace's columns), the at-risk territory, the remote territory, the circulation.
 * One loop with everything inlined compiled badly on JDK 17 (C1 ran out of registers and C2 never took the method
 * over; split into helpers, C2 refused to inline them): vectors the JIT cannot keep in registers are boxed, five
 * times slower than the scalar loop. The territories park their sums in the {@code dydt} rows they end up in
 * (LV volume, sinus, aorta, epicardial node), and the last pass reads them back in the scalar code's order.
 *
 * <p>A mutable workspace owned by one thread, like its model. Created only by {@link CardiovascularModel} after
 * {@link KernelPath#vectorAvailable()} found the incubator module, so a JVM started without {@code --add-modules
 * jdk.incubator.vector} never loads this class.
 */
final class VectorDerivatives {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double TWO_52 = 0x1p52;
    private static final DoubleVector ONE = DoubleVector.broadcast(S, 1);
    private static final DoubleVector ZERO = DoubleVector.zero(S);

    private final double[] lvPressure;
    private final double[] rvPressure;
    private final double[] sinusPressure;
    private final double[] epiVeinRisk;
    private final double[] epiVeinRemote;
    private final double[] venoVenous;

    /** @param capacity the most patients a batch holds */
    VectorDerivatives(int capacity) {
        lvPressure = new double[capacity];
        rvPressure = new double[capacity];
        sinusPressure = new double[capacity];
        epiVeinRisk = new double[capacity];
        epiVeinRemote = new double[capacity];
        venoVenous = new double[capacity];
    }

    /** Lanes per vector. */
    static int lanes() {
        return S.length();
    }

    /** Bytes of this workspace per patient. */
    static int bytesPerPatient() {
        return 6 * Double.BYTES;
    }

    /**
     * Writes {@code dydt} for the patients {@code [from, from + k lanes)} that fill whole vectors; modifies only
     * {@code dydt} and this workspace; allocates nothing once compiled.
     *
     * @return the first patient not written (the caller's scalar loop takes the tail)
     */
    int derivatives(CardiovascularModel m, double timeS, double[][] y, double[][] dydt, int from, int to) {
        int upper = from + S.loopBound(to - from);
        pressures(m, timeS, y, dydt, from, upper);
        territory(m, 0, y, dydt, from, upper);
        territory(m, 1, y, dydt, from, upper);
        circulation(m, y, dydt, from, upper);
        return upper;
    }

    /**
     * LV pressure (time-varying elastance, Heldt's activation, one cosine), sinus pressure (tube law below the knee,
     * stiffer above it), the subepicardial veins' pressures and the veno-venous flow; zeroes the LV and sinus rows
     * of {@code dydt}, where the territories add their Thebesian and drain flows.
     */
    private void pressures(CardiovascularModel m, double timeS, double[][] y, double[][] dydt, int from, int upper) {
        ModelConstants.Microcirculation mc = m.constants().microcirculation();
        double gEpi = mc.imPressureEpi();
        ModelConstants.Veins vc = m.constants().veins();
        double sinusC = vc.sinusComplianceMlPerMmHg();
        double knee = vc.sinusKneeMmHg();
        double kneeVolume = sinusC * knee;
        ModelConstants.Circulation cc = m.constants().circulation();
        double rvEmin = cc.rvEminMmHgPerMl();
        double rvV0 = cc.rvV0Ml();
        double[] vrvs = y[CardiovascularModel.RV_VOLUME];
        DoubleVector time = DoubleVector.broadcast(S, timeS);
        double[] vlvs = y[CardiovascularModel.LV_VOLUME];
        double[] vcss = y[CardiovascularModel.SINUS];
        double[] veinRisk = y[CardiovascularModel.VEIN + CardiovascularModel.RISK_EPI];
        double[] veinRemote = y[CardiovascularModel.VEIN + CardiovascularModel.REMOTE_EPI];
        double[] complianceRisk = m.veinCompliance[CardiovascularModel.RISK_EPI];
        double[] complianceRemote = m.veinCompliance[CardiovascularModel.REMOTE_EPI];
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector vcs = DoubleVector.fromArray(S, vcss, i);
            VectorMask<Double> aboveKnee = vcs.compare(VectorOperators.GT, kneeVolume);
            DoubleVector q = tubeNumerator(vcs).blend(vcs.sub(kneeVolume).mul(ModelConstants.SINUS_STIFFENING),
                    aboveKnee).div(sinusC);
            q.blend(q.add(knee), aboveKnee).intoArray(sinusPressure, i);

            DoubleVector period = DoubleVector.fromArray(S, m.periodS, i);
            DoubleVector beats = time.div(period);
            DoubleVector rounded = beats.add(TWO_52).sub(TWO_52);
            DoubleVector floor = rounded.sub(ONE.blend(ZERO, rounded.compare(VectorOperators.LE, beats)));
            DoubleVector tb = time.sub(floor.mul(period));
            DoubleVector ts = DoubleVector.fromArray(S, m.systoleS, i);
            VectorMask<Double> systole = tb.compare(VectorOperators.LT, ts);
            DoubleVector relax = tb.sub(ts);
            DoubleVector relaxS = ts.mul(0.5);
            VectorMask<Double> relaxed = relax.compare(VectorOperators.LT, relaxS).not();
            DoubleVector cos = relax.blend(tb, systole).mul(Math.PI).div(relaxS.blend(ts, systole))
                    .lanewise(VectorOperators.COS);
            DoubleVector act = cos.add(1).mul(0.5).blend(ZERO, relaxed).blend(ONE.sub(cos).mul(0.5), systole);
            DoubleVector emin = DoubleVector.fromArray(S, m.emin, i);
            DoubleVector e = emin.add(DoubleVector.fromArray(S, m.emax, i).sub(emin).mul(act));
            DoubleVector plv = e.mul(DoubleVector.fromArray(S, vlvs, i).sub(DoubleVector.fromArray(S, m.v0, i)));
            plv.intoArray(lvPressure, i);
            DoubleVector rvEmax = DoubleVector.fromArray(S, m.rvEmax, i);
            DoubleVector erv = rvEmax.sub(rvEmin).mul(act).add(rvEmin);
            erv.mul(DoubleVector.fromArray(S, vrvs, i).sub(rvV0)).intoArray(rvPressure, i);

            DoubleVector pexEpi = plv.mul(gEpi);
            DoubleVector risk = pexEpi.add(tube(veinRisk, complianceRisk, i));
            DoubleVector remote = pexEpi.add(tube(veinRemote, complianceRemote, i));
            risk.intoArray(epiVeinRisk, i);
            remote.intoArray(epiVeinRemote, i);
            risk.sub(remote).div(DoubleVector.fromArray(S, m.venoVenousResistance, i)).intoArray(venoVenous, i);
            ZERO.intoArray(dydt[CardiovascularModel.LV_VOLUME], i);
            ZERO.intoArray(dydt[CardiovascularModel.SINUS], i);
        }
    }

    /**
     * One territory's layers ({@code t} 0 at risk, fed by the epicardial node; 1 remote, fed by the aorta): writes
     * their four rows of {@code dydt}, adds its Thebesian and drain flows to the LV and sinus rows (so they sum from
     * 0, as the scalar code's do) and parks its arterial inflow in the epicardial (t = 0) or aortic (t = 1) row.
     */
    private void territory(CardiovascularModel m, int t, double[][] y, double[][] dydt, int from, int upper) {
        ModelConstants.Microcirculation mc = m.constants().microcirculation();
        double gEndo = mc.imPressureEndo();
        double gEpi = mc.imPressureEpi();
        int endo = 2 * t;
        int epi = endo + 1;
        double[] source = y[t == 0 ? CardiovascularModel.EPICARDIAL : CardiovascularModel.AORTA];
        double[] epiVein = t == 0 ? epiVeinRisk : epiVeinRemote;
        // x + (-1 v) is x - v exactly (IEEE 754 defines subtraction so): the scalar code's "- venoVenous" for t = 0.
        double venoVenousSign = t == 0 ? -1 : 1;
        double[] microEndo = y[CardiovascularModel.MICRO + endo];
        double[] microEpi = y[CardiovascularModel.MICRO + epi];
        double[] veinEndo = y[CardiovascularModel.VEIN + endo];
        double[] cMicroEndo = m.microCompliance[endo];
        double[] cMicroEpi = m.microCompliance[epi];
        double[] cVeinEndo = m.veinCompliance[endo];
        double[] raEndo = m.arteriolarResistance[endo];
        double[] raEpi = m.arteriolarResistance[epi];
        double[] rcEndo = m.capillaryResistance[endo];
        double[] rcEpi = m.capillaryResistance[epi];
        double[] rth = m.thebesianResistance[t];
        double[] rtm = m.transmuralResistance[t];
        double[] rd = m.drainResistance[t];
        double[] dMicroEndo = dydt[CardiovascularModel.MICRO + endo];
        double[] dMicroEpi = dydt[CardiovascularModel.MICRO + epi];
        double[] dVeinEndo = dydt[CardiovascularModel.VEIN + endo];
        double[] dVeinEpi = dydt[CardiovascularModel.VEIN + epi];
        double[] thebesian = dydt[CardiovascularModel.LV_VOLUME];
        double[] toSinus = dydt[CardiovascularModel.SINUS];
        double[] arterial = dydt[t == 0 ? CardiovascularModel.EPICARDIAL : CardiovascularModel.AORTA];
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector plv = DoubleVector.fromArray(S, lvPressure, i);
            DoubleVector pexEndo = plv.mul(gEndo);
            DoubleVector pexEpi = plv.mul(gEpi);
            DoubleVector src = DoubleVector.fromArray(S, source, i);
            DoubleVector pEpiVein = DoubleVector.fromArray(S, epiVein, i);
            DoubleVector pEndo = pexEndo.add(tube(microEndo, cMicroEndo, i));
            DoubleVector pEpi = pexEpi.add(tube(microEpi, cMicroEpi, i));
            DoubleVector pEndoVein = pexEndo.add(tube(veinEndo, cVeinEndo, i));
            DoubleVector qaEndo = src.sub(pEndo).div(DoubleVector.fromArray(S, raEndo, i));
            DoubleVector qaEpi = src.sub(pEpi).div(DoubleVector.fromArray(S, raEpi, i));
            DoubleVector qcEndo = pEndo.sub(pEndoVein).div(DoubleVector.fromArray(S, rcEndo, i));
            DoubleVector qcEpi = pEpi.sub(pEpiVein).div(DoubleVector.fromArray(S, rcEpi, i));
            DoubleVector qth = pEndoVein.sub(plv).max(0).div(DoubleVector.fromArray(S, rth, i));
            DoubleVector qtm = pEndoVein.sub(pEpiVein).div(DoubleVector.fromArray(S, rtm, i));
            DoubleVector qdrain = pEpiVein.sub(DoubleVector.fromArray(S, sinusPressure, i))
                    .div(DoubleVector.fromArray(S, rd, i));
            qaEndo.sub(qcEndo).intoArray(dMicroEndo, i);
            qaEpi.sub(qcEpi).intoArray(dMicroEpi, i);
            qcEndo.sub(qth).sub(qtm).intoArray(dVeinEndo, i);
            qcEpi.add(qtm).sub(qdrain).add(DoubleVector.fromArray(S, venoVenous, i).mul(venoVenousSign))
                    .intoArray(dVeinEpi, i);
            DoubleVector.fromArray(S, thebesian, i).add(qth).intoArray(thebesian, i);
            DoubleVector.fromArray(S, toSinus, i).add(qdrain).intoArray(toSinus, i);
            qaEndo.add(qaEpi).intoArray(arterial, i);
        }
    }

    /**
     * Valves, actuators, the closed loop (aorta, systemic veins, right heart, pulmonary side, left atrium), sinus and
     * epicardial node, reading the territories' sums from {@code dydt}.
     */
    private void circulation(CardiovascularModel m, double[][] y, double[][] dydt, int from, int upper) {
        ModelConstants constants = m.constants();
        double rmv = constants.valves().mitralResistanceMmHgSPerMl();
        double rav = constants.valves().aorticResistanceMmHgSPerMl();
        double ostiumR = constants.veins().ostiumResistanceMmHgSPerMl();
        ModelConstants.Circulation cc = constants.circulation();
        double rven = cc.venousReturnResistanceMmHgSPerMl();
        double rtv = cc.tricuspidResistanceMmHgSPerMl();
        double rpv = cc.pulmonaryValveResistanceMmHgSPerMl();
        double rpul = cc.pulmonaryResistanceMmHgSPerMl();
        double[] aorta = y[CardiovascularModel.AORTA];
        double[] epicardial = y[CardiovascularModel.EPICARDIAL];
        double[] venous = y[CardiovascularModel.VENOUS];
        double[] ra = y[CardiovascularModel.RA];
        double[] pulmonary = y[CardiovascularModel.PULMONARY];
        double[] la = y[CardiovascularModel.LA];
        double[] dLv = dydt[CardiovascularModel.LV_VOLUME];
        double[] dAorta = dydt[CardiovascularModel.AORTA];
        double[] dSinus = dydt[CardiovascularModel.SINUS];
        double[] dEpicardial = dydt[CardiovascularModel.EPICARDIAL];
        for (int i = from; i < upper; i += S.length()) {
            DoubleVector plv = DoubleVector.fromArray(S, lvPressure, i);
            DoubleVector prv = DoubleVector.fromArray(S, rvPressure, i);
            DoubleVector pcs = DoubleVector.fromArray(S, sinusPressure, i);
            DoubleVector pao = DoubleVector.fromArray(S, aorta, i);
            DoubleVector pepi = DoubleVector.fromArray(S, epicardial, i);
            DoubleVector psv = DoubleVector.fromArray(S, venous, i);
            DoubleVector pra = DoubleVector.fromArray(S, ra, i);
            DoubleVector ppa = DoubleVector.fromArray(S, pulmonary, i);
            DoubleVector pla = DoubleVector.fromArray(S, la, i);
            DoubleVector qmv = pla.sub(plv).max(0).div(rmv);
            DoubleVector dp = plv.sub(pla);
            DoubleVector qmr = DoubleVector.fromArray(S, m.eroa, i).mul(DoubleVector.fromArray(S, m.mitralOrificeFactor, i))
                    .mul(ModelConstants.ORIFICE_CM_PER_S_PER_SQRT_MMHG).mul(dp)
                    .div(dp.add(ModelConstants.ORIFICE_SMOOTHING_MMHG).lanewise(VectorOperators.SQRT))
                    .blend(ZERO, dp.compare(VectorOperators.LE, 0));
            DoubleVector qav = plv.sub(pao).max(0).div(rav);
            DoubleVector qtv = pra.sub(prv).max(0).div(rtv);
            DoubleVector qpv = prv.sub(ppa).max(0).div(rpv);
            DoubleVector qsys = pao.sub(psv).div(DoubleVector.fromArray(S, m.rsys, i));
            DoubleVector qven = psv.sub(pra).div(rven);
            DoubleVector qpul = ppa.sub(pla).div(rpul);
            DoubleVector ostium = DoubleVector.fromArray(S, m.csOstiumOpen, i).mul(pcs.sub(pra))
                    .div(DoubleVector.fromArray(S, m.ostiumResistanceFactor, i).mul(ostiumR));
            DoubleVector intoSinus = DoubleVector.fromArray(S, m.sinusPumpMlPerS, i)
                    .add(DoubleVector.fromArray(S, m.graftConductance, i).mul(pao.sub(pcs)));
            DoubleVector q0 = DoubleVector.fromArray(S, m.axialPumpFlowAtZeroHeadMlPerS, i);
            DoubleVector axial = q0.sub(DoubleVector.fromArray(S, m.axialPumpHeadSlopeMlPerSPerMmHg, i)
                    .mul(pao.sub(plv))).max(0).blend(ZERO, q0.compare(VectorOperators.EQ, 0));
            DoubleVector laQ0 = DoubleVector.fromArray(S, m.laPumpFlowAtZeroHeadMlPerS, i);
            DoubleVector laPump = laQ0.sub(DoubleVector.fromArray(S, m.laPumpHeadSlopeMlPerSPerMmHg, i)
                    .mul(pao.sub(pla))).max(0).mul(drainable(pla)).blend(ZERO, laQ0.compare(VectorOperators.EQ, 0));
            DoubleVector raQ = DoubleVector.fromArray(S, m.raPumpFlowMlPerS, i);
            DoubleVector raPump = raQ.mul(drainable(pra)).blend(ZERO, raQ.compare(VectorOperators.EQ, 0));
            DoubleVector epicardialIn = DoubleVector.fromArray(S, m.culpritConductance, i)
                    .mul(DoubleVector.fromArray(S, m.culpritConductanceFactor, i))
                    .add(DoubleVector.fromArray(S, m.collateralConductance, i)).mul(pao.sub(pepi));
            DoubleVector arterialToRisk = DoubleVector.fromArray(S, dEpicardial, i);
            DoubleVector arterialToRemote = DoubleVector.fromArray(S, dAorta, i);
            DoubleVector free = ONE.sub(DoubleVector.fromArray(S, m.atriaHeld, i));

            qmv.sub(qmr).sub(qav).add(DoubleVector.fromArray(S, dLv, i)).sub(axial).intoArray(dLv, i);
            qav.add(axial).add(laPump).add(raPump).add(DoubleVector.fromArray(S, m.aorticBalloonRateMlPerS, i))
                    .sub(qsys).sub(arterialToRemote).sub(epicardialIn).sub(intoSinus)
                    .div(DoubleVector.fromArray(S, m.cart, i)).intoArray(dAorta, i);
            DoubleVector.fromArray(S, dSinus, i).add(intoSinus).sub(ostium).intoArray(dSinus, i);
            epicardialIn.sub(arterialToRisk).div(ModelConstants.EPICARDIAL_COMPLIANCE_ML_PER_MMHG)
                    .intoArray(dEpicardial, i);
            qsys.sub(qven).div(cc.venousComplianceMlPerMmHg()).intoArray(dydt[CardiovascularModel.VENOUS], i);
            free.mul(qven.add(ostium).sub(qtv).sub(raPump)).div(cc.raComplianceMlPerMmHg())
                    .intoArray(dydt[CardiovascularModel.RA], i);
            qtv.sub(qpv).intoArray(dydt[CardiovascularModel.RV_VOLUME], i);
            qpv.sub(qpul).div(cc.pulmonaryArterialComplianceMlPerMmHg()).intoArray(dydt[CardiovascularModel.PULMONARY], i);
            free.mul(qpul.add(qmr).sub(qmv).sub(laPump)).div(cc.laComplianceMlPerMmHg())
                    .intoArray(dydt[CardiovascularModel.LA], i);
        }
    }

    /** {@link CardiovascularModel#drainable}: {@code min(1, max(0, p / SUCTION_MMHG))}. */
    private static DoubleVector drainable(DoubleVector p) {
        return p.div(ModelConstants.SUCTION_MMHG).max(0).min(1);
    }

    /** {@link CardiovascularModel#tube} of {@code v[i..]} over {@code compliance[i..]}: one division per lane. */
    private static DoubleVector tube(double[] v, double[] compliance, int i) {
        return tubeNumerator(DoubleVector.fromArray(S, v, i)).div(DoubleVector.fromArray(S, compliance, i));
    }

    /** The tube law's numerator: {@code v} when open, {@code v COLLAPSE_STIFFENING} when collapsed. */
    private static DoubleVector tubeNumerator(DoubleVector v) {
        return v.blend(v.mul(ModelConstants.COLLAPSE_STIFFENING), v.compare(VectorOperators.LT, 0));
    }
}
