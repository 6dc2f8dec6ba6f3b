package org.sinus.engine.physiology;

/**
 * Oxygen transport and myocardial oxygen demand ({@code docs/model.md}, section "Oxygen").
 *
 * @param capacityMlO2PerMl oxygen carried by fully saturated blood, ml O2 per ml (haemoglobin 15 g/dl x 1.34 ml/g:
 *     textbook physiology)
 * @param arterialSaturation arterial oxygen saturation (textbook: 0.98)
 * @param venousSaturation coronary venous saturation at rest, the blood that retroperfusion carries (textbook: 0.28,
 *     a resting myocardial extraction of about 70%)
 * @param minimalSaturation the lowest end-capillary saturation the myocardium can extract to (assumption: 0.10)
 * @param pvaSlopeMlO2PerMmHgMl oxygen per pressure-volume area, ml O2 per mmHg ml (Suga, Physiol Rev 1990:
 *     1.8e-5 in the canine heart)
 * @param unloadedMlO2PerBeatPer100g oxygen of an unloaded beat (basal metabolism and excitation-contraction
 *     coupling), ml O2 per beat per 100 g (fitted: {@code OxygenTest})
 */
public record Oxygen(double capacityMlO2PerMl, double arterialSaturation, double venousSaturation,
        double minimalSaturation, double pvaSlopeMlO2PerMmHgMl, double unloadedMlO2PerBeatPer100g) {

    /** The values in force. */
    public static final Oxygen DEFAULT = new Oxygen(0.201, 0.98, 0.28, 0.10, 1.8e-5, 0.0317);

    /**
     * Writes the oxygen metrics into {@code m} (by {@link Metric} ordinal; the at-risk layers' flows and retrograde
     * flows must already be there): stroke work, pressure-volume area, demand per gram, and each at-risk layer's
     * balance, extractable oxygen delivered over demand. Arteriolar inflow counts at arterial saturation only up to
     * the at-risk territory's arterial inflow: blood one layer pushes back into the culprit's epicardial node and the
     * other layer takes counts as venous, like retroperfused blood.
     *
     * @param strokeWork the loop's area, mmHg ml per beat
     * @param potentialEnergy {@code Emax (ESV - V0)^2 / 2}, mmHg ml per beat
     * @param lvMassG left ventricular mass, g
     * @param beatsPerMin heart rate over the measured window
     * @param endoShare the subendocardium's share of flow and demand relative to the layer mean (C08)
     * @param m the metrics
     */
    void report(double strokeWork, double potentialEnergy, double lvMassG, double beatsPerMin, double endoShare,
            double[] m) {
        double pva = strokeWork + potentialEnergy;
        double demandPerG = (pvaSlopeMlO2PerMmHgMl * pva + unloadedMlO2PerBeatPer100g * lvMassG / 100) * beatsPerMin
                / lvMassG;
        m[Metric.STROKE_WORK_MMHG_ML.ordinal()] = strokeWork;
        m[Metric.PVA_MMHG_ML.ordinal()] = pva;
        m[Metric.MVO2_ML_PER_MIN_PER_G.ordinal()] = demandPerG;
        double[] net = {m[Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G.ordinal()],
            m[Metric.RISK_EPI_FLOW_ML_PER_MIN_PER_G.ordinal()]};
        for (int l = 0; l < 2; l++) {
            double demand = demandPerG * (l == 0 ? endoShare : 2 - endoShare);
            // The at-risk layers share the culprit's epicardial node, fed with arterial blood by the culprit and the
            // collaterals. A layer whose net arteriolar flow is negative pushes its microvascular blood back into the
            // node, and the other layer takes it: only the node's arterial inflow (the two layers' net sum, equal
            // masses) arrives at arterial saturation; the recirculated rest is venous blood.
            double inflow = Math.max(0, net[l]);
            double arterial = net[1 - l] < 0 ? Math.max(0, net[l] + net[1 - l]) : inflow;
            double recirculated = inflow - arterial;
            double retrograde = m[Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G.ordinal() + l];
            double supply = capacityMlO2PerMl * (arterial * (arterialSaturation - minimalSaturation)
                    + (retrograde + recirculated) * Math.max(0, venousSaturation - minimalSaturation));
            m[Metric.RISK_ENDO_O2_BALANCE.ordinal() + l] = supply / demand;
        }
    }
}
