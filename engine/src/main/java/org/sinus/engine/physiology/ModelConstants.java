package org.sinus.engine.physiology;

/**
 * Structural constants of the kernel shared by every patient: the values that are not patient covariates. Each is
 * either taken from a source or fitted against {@code targets.md} by {@code KernelCalibration}; {@code docs/model.md}
 * gives each one's unit, value and source.
 *
 * @param valves heart valve resistances
 * @param microcirculation coronary arterial and microvascular constants
 * @param veins coronary venous, Thebesian and sinus constants (the fitted ones)
 */
public record ModelConstants(Valves valves, Microcirculation microcirculation, Veins veins) {

    /**
     * @param mitralResistanceMmHgSPerMl open mitral valve, mmHg s/ml
     * @param aorticResistanceMmHgSPerMl open aortic valve, mmHg s/ml
     */
    public record Valves(double mitralResistanceMmHgSPerMl, double aorticResistanceMmHgSPerMl) {
    }

    /**
     * @param restFlowMlPerMinPerG resting myocardial blood flow at the reference rate-pressure product, targets.md#C06
     * @param flowReserve ratio of maximal to resting flow, bounds arteriolar dilation, targets.md#C06
     * @param endoEpiFlowRatio resting subendocardial / subepicardial flow ratio that autoregulation aims at, C08
     * @param imPressureEndo fraction of LV pressure acting on the subendocardial layer (Westerhof et al. 2006)
     * @param imPressureEpi fraction of LV pressure acting on the subepicardial layer (Westerhof et al. 2006)
     * @param complianceMlPerMmHgPer100g microvascular (arteriolar-capillary) compliance per layer, targets.md#C07
     * @param capillaryShare share of the resting microvascular resistance downstream of the compliance
     */
    public record Microcirculation(double restFlowMlPerMinPerG, double flowReserve, double endoEpiFlowRatio,
            double imPressureEndo, double imPressureEpi, double complianceMlPerMmHgPer100g, double capillaryShare) {
    }

    /**
     * @param transmuralFactor resistance of the transmural veins from the subendocardial plexus to the subepicardial
     *     veins, over the drain resistance (fitted, C01 and C02)
     * @param complianceMlPerMmHgPer100g intramyocardial venous compliance per layer (fitted, C04; above
     *     C07's arterial-side range, see docs/model.md section 4)
     * @param thebesianResistancePer100g Thebesian resistance of 100 g of subendocardium, mmHg s/ml (fitted, C01)
     * @param ostiumResistanceMmHgSPerMl open coronary sinus ostium, mmHg s/ml (fitted, C01)
     * @param sinusComplianceMlPerMmHg epicardial veins and coronary sinus below their knee pressure, ml/mmHg
     *     (fitted, C04)
     * @param sinusKneeMmHg pressure above which the distended epicardial veins and sinus stiffen, mmHg (fitted, C04)
     */
    public record Veins(double transmuralFactor, double complianceMlPerMmHgPer100g, double thebesianResistancePer100g,
            double ostiumResistanceMmHgSPerMl, double sinusComplianceMlPerMmHg, double sinusKneeMmHg) {
    }

    /** Share of a territory's resting resistance in its veins towards the sinus (assumption: small). */
    public static final double DRAIN_SHARE = 0.05;
    /** Veno-venous resistance between territories over the larger drain resistance (assumption). */
    public static final double VENO_VENOUS_FACTOR = 2.0;
    /**
     * Distended epicardial veins and sinus are this many times stiffer than below their knee (assumption: veins are
     * very compliant while elliptical and stiff once circular, Moreno et al., Circ Res 1970).
     */
    public static final double SINUS_STIFFENING = 20;
    /** Collapsed vessels are this many times stiffer than open ones (assumption: tube law, Shapiro 1977). */
    public static final double COLLAPSE_STIFFENING = 10;
    /** Compliance of the culprit epicardial artery node, ml/mmHg (assumption: small, only to avoid an algebraic loop). */
    public static final double EPICARDIAL_COMPLIANCE_ML_PER_MMHG = 0.01;
    /** Resistance of an open, stented culprit artery, mmHg s/ml (assumption: no residual stenosis). */
    public static final double EPICARDIAL_RESISTANCE_MMHG_S_PER_ML = 1.0;
    /** Rate-pressure product at which resting flow is {@code restFlowMlPerMinPerG}, mmHg/min (Gobel et al. 1978). */
    public static final double REFERENCE_RATE_PRESSURE_PRODUCT = 72 * 120;
    /** Fraction of the log flow error an autoregulating arteriole corrects per beat (assumption: ~5-beat time constant). */
    public static final double AUTOREGULATION_GAIN = 0.2;

    /** The constants in force: sourced values and the fit reported in docs/model.md. */
    public static ModelConstants defaults() {
        return new ModelConstants(
                new Valves(0.005, 0.006),
                new Microcirculation(0.72, 4.0, 1.15, 0.75, 0.25, 0.025, 0.15),
                new Veins(0.289, 0.359, 1.28, 0.616, 0.320, 19.6));
    }
}
