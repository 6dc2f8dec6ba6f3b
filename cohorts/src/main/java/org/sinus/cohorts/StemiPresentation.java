package org.sinus.cohorts;

/**
 * How a STEMI patient presents: the inputs of the infarct-size and microvascular-obstruction outcome models
 * (physiology.md, section 5).
 *
 * @param areaAtRiskPercentLv area at risk, % of the left ventricle, in [0, 100]
 * @param ischaemiaTimeMin symptom onset to balloon (reperfusion), min, {@code > 0}
 * @param collateralFlowIndex collateral flow index CFI, dimensionless, in [0, 1]
 * @param microvascularObstruction whether microvascular obstruction is present after reperfusion
 */
public record StemiPresentation(double areaAtRiskPercentLv, double ischaemiaTimeMin, double collateralFlowIndex,
        boolean microvascularObstruction) implements Presentation {

    public StemiPresentation {
        if (!(areaAtRiskPercentLv >= 0 && areaAtRiskPercentLv <= 100)) {
            throw new IllegalArgumentException(
                    "areaAtRiskPercentLv = " + areaAtRiskPercentLv + " is outside the allowed range [0, 100]");
        }
        if (!(ischaemiaTimeMin > 0 && ischaemiaTimeMin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("ischaemiaTimeMin = " + ischaemiaTimeMin + " must be finite and > 0");
        }
        if (!(collateralFlowIndex >= 0 && collateralFlowIndex <= 1)) {
            throw new IllegalArgumentException(
                    "collateralFlowIndex = " + collateralFlowIndex + " is outside the allowed range [0, 1]");
        }
    }
}
