package org.sinus.cohorts.cto;

import org.sinus.cohorts.Presentation;

/**
 * How a CTO PCI patient presents to the outcome model: the lesion the procedure is simulated on and the territory
 * at risk whose physiology the kernel gives.
 *
 * @param lesion the CTO lesion
 * @param atRiskFraction the CTO territory's share of the LV, in (0, 1)
 * @param collateralFlowIndex the territory's collateral flow index, in [0, 1)
 * @param ejectionFractionPercent LV ejection fraction, %
 */
public record CtoPresentation(CtoLesion lesion, double atRiskFraction, double collateralFlowIndex,
        double ejectionFractionPercent) implements Presentation {

    public CtoPresentation {
        if (lesion == null) {
            throw new IllegalArgumentException("CtoPresentation.lesion is required");
        }
        if (!(atRiskFraction > 0 && atRiskFraction < 1)) {
            throw new IllegalArgumentException("CtoPresentation.atRiskFraction = " + atRiskFraction
                    + " is outside (0, 1)");
        }
        if (!(collateralFlowIndex >= 0 && collateralFlowIndex < 1)) {
            throw new IllegalArgumentException("CtoPresentation.collateralFlowIndex = " + collateralFlowIndex
                    + " is outside [0, 1)");
        }
        if (!(ejectionFractionPercent > 0 && ejectionFractionPercent < 100)) {
            throw new IllegalArgumentException("CtoPresentation.ejectionFractionPercent = " + ejectionFractionPercent
                    + " is outside (0, 100)");
        }
    }
}
