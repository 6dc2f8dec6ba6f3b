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
 */
public record CoronaryParameters(double lvMassG, double atRiskFraction, double collateralFlowIndex,
        double microvascularResistanceFactor, boolean culpritOccluded) {

    public CoronaryParameters {
        Checks.range("lvMassG", lvMassG, 60, 400);
        Checks.range("atRiskFraction", atRiskFraction, 0.02, 0.8);
        Checks.range("collateralFlowIndex", collateralFlowIndex, 0, 0.6);
        Checks.range("microvascularResistanceFactor", microvascularResistanceFactor, 1, 10);
    }
}
