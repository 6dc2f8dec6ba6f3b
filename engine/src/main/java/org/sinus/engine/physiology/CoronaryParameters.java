package org.sinus.engine.physiology;

/**
 * The coronary circulation of one virtual patient: two territories (at risk and remote) sharing the left ventricular
 * mass. Sources and ranges: {@code docs/model.md}, section "Coronary circulation".
 *
 * @param lvMassG left ventricular mass, g, in [60, 400]
 * @param atRiskFraction fraction of the left ventricle in the at-risk (culprit) territory, in [0.02, 0.8]
 * @param collateralFlowIndex collateral flow index CFI (Seiler), occluded distal over aortic pressure corrected for
 *     venous pressure, dimensionless, in [0, 0.6]
 * @param microvascularResistanceFactor multiplier of the at-risk territory's minimal microvascular resistance after
 *     reperfusion (1 = intact microcirculation; microvascular obstruction raises it), in [1, 10]
 * @param culpritOccluded whether the culprit epicardial artery is totally occluded (flow only through collaterals)
 * @param culpritStenosisPercent diameter stenosis of an open culprit artery, %, in [0, 95] (0: none, as after a
 *     stent); its pressure loss from its geometry ({@code docs/model.md}, section 1.2)
 */
public record CoronaryParameters(double lvMassG, double atRiskFraction, double collateralFlowIndex,
        double microvascularResistanceFactor, boolean culpritOccluded, double culpritStenosisPercent) {

    public CoronaryParameters {
        Checks.range("lvMassG", lvMassG, 60, 400);
        Checks.range("atRiskFraction", atRiskFraction, 0.02, 0.8);
        Checks.range("collateralFlowIndex", collateralFlowIndex, 0, 0.6);
        Checks.range("microvascularResistanceFactor", microvascularResistanceFactor, 1, 10);
        Checks.range("culpritStenosisPercent", culpritStenosisPercent, 0, 95);
    }

    /** A culprit artery without a stenosis (open and stented, or occluded). */
    public CoronaryParameters(double lvMassG, double atRiskFraction, double collateralFlowIndex,
            double microvascularResistanceFactor, boolean culpritOccluded) {
        this(lvMassG, atRiskFraction, collateralFlowIndex, microvascularResistanceFactor, culpritOccluded, 0);
    }

    /**
     * Viscous coefficient of the culprit stenosis, mmHg s/ml: Young and Tsai's {@code Kv mu / (D0 A0)} with
     * {@code Kv = 32 (L / D0) (A0 / As)^2} (J Biomech 1973), for the reference diameter and length of
     * {@link ModelConstants}; 0 without a stenosis.
     */
    public double stenosisViscousMmHgSPerMl() {
        if (culpritStenosisPercent == 0) {
            return 0;
        }
        double d0 = ModelConstants.CULPRIT_DIAMETER_MM * 1e-3;
        double a0 = Math.PI * d0 * d0 / 4;
        double areaRatio = areaRatio();
        double kv = 32 * (ModelConstants.STENOSIS_LENGTH_MM * 1e-3 / d0) * areaRatio * areaRatio;
        return kv * ModelConstants.BLOOD_VISCOSITY_PA_S / (d0 * a0) * 1e-6 / ModelConstants.PA_PER_MMHG;
    }

    /**
     * Expansion-loss coefficient of the culprit stenosis, mmHg/(ml/s)^2: {@code Kt rho / 2 (A0 / As - 1)^2 / A0^2}
     * with {@code Kt = 1.52} (Young and Tsai 1973); 0 without a stenosis.
     */
    public double stenosisInertialMmHgS2PerMl2() {
        if (culpritStenosisPercent == 0) {
            return 0;
        }
        double d0 = ModelConstants.CULPRIT_DIAMETER_MM * 1e-3;
        double a0 = Math.PI * d0 * d0 / 4;
        double excess = areaRatio() - 1;
        return ModelConstants.STENOSIS_KT * ModelConstants.BLOOD_DENSITY_KG_PER_M3 / 2 * excess * excess / (a0 * a0)
                * 1e-12 / ModelConstants.PA_PER_MMHG;
    }

    /** Unobstructed over stenotic lumen area, {@code 1 / (1 - DS)^2}. */
    private double areaRatio() {
        double open = 1 - culpritStenosisPercent / 100;
        return 1 / (open * open);
    }
}
