package org.sinus.engine.outcome;

/**
 * What the infarct-size model needs to know of a STEMI patient's presentation.
 *
 * @param areaAtRiskPercentLv myocardium at risk, % of the left ventricle, in (0, 100]
 * @param ischaemiaTimeMin symptom onset to reperfusion, min, non-negative
 * @param collateralFlowIndex pressure-derived collateral flow index, in [0, 1)
 */
public record InfarctInputs(double areaAtRiskPercentLv, double ischaemiaTimeMin, double collateralFlowIndex) {

    public InfarctInputs {
        if (!(areaAtRiskPercentLv > 0 && areaAtRiskPercentLv <= 100)) {
            throw new IllegalArgumentException("areaAtRiskPercentLv = " + areaAtRiskPercentLv + " is outside (0, 100]");
        }
        if (!(ischaemiaTimeMin >= 0 && ischaemiaTimeMin < 1e5)) {
            throw new IllegalArgumentException("ischaemiaTimeMin = " + ischaemiaTimeMin + " is outside [0, 1e5)");
        }
        if (!(collateralFlowIndex >= 0 && collateralFlowIndex < 1)) {
            throw new IllegalArgumentException("collateralFlowIndex = " + collateralFlowIndex + " is outside [0, 1)");
        }
    }
}
