package org.sinus.cohorts.mr;

import org.sinus.cohorts.Presentation;

/**
 * How a patient with functional mitral regurgitation presents: the baselines the functional-MR outcome models
 * change (NYHA class, 6-minute walk, KCCQ; physiology.md section 5, targets.md#C19) and the coronary sinus anatomy a
 * CS annuloplasty device depends on, including the risk factors of circumflex compression (targets.md#C20).
 *
 * @param nyhaClass NYHA functional class, 1 to 4 (2 to 4 in this cohort)
 * @param sixMinuteWalkM 6-minute walk distance, m, {@code >= 0}
 * @param kccqScore Kansas City Cardiomyopathy Questionnaire score, points, in [0, 100]
 * @param ischaemicAetiology whether the cardiomyopathy is ischaemic (otherwise non-ischaemic dilated)
 * @param csDiameterMm coronary sinus diameter, mm, {@code > 0}
 * @param circumflexUnderCs whether the circumflex artery or an obtuse marginal runs under the CS / great cardiac vein
 *     (between it and the mitral annulus), where a device in the vein can compress it
 * @param circumflexCrossingMm distance from the CS ostium along the vein to that crossing, mm, {@code > 0}; drawn for
 *     every patient, meaningful only when {@code circumflexUnderCs}
 */
public record MrPresentation(int nyhaClass, double sixMinuteWalkM, double kccqScore, boolean ischaemicAetiology,
        double csDiameterMm, boolean circumflexUnderCs, double circumflexCrossingMm) implements Presentation {

    public MrPresentation {
        if (nyhaClass < 1 || nyhaClass > 4) {
            throw new IllegalArgumentException("nyhaClass = " + nyhaClass + " is outside the allowed range [1, 4]");
        }
        if (!(sixMinuteWalkM >= 0 && sixMinuteWalkM < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("sixMinuteWalkM = " + sixMinuteWalkM + " must be finite and >= 0");
        }
        if (!(kccqScore >= 0 && kccqScore <= 100)) {
            throw new IllegalArgumentException("kccqScore = " + kccqScore + " is outside the allowed range [0, 100]");
        }
        if (!(csDiameterMm > 0 && csDiameterMm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("csDiameterMm = " + csDiameterMm + " must be finite and > 0");
        }
        if (!(circumflexCrossingMm > 0 && circumflexCrossingMm < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "circumflexCrossingMm = " + circumflexCrossingMm + " must be finite and > 0");
        }
    }

    /**
     * Whether the circumflex crosses under the vein inside a device's span, where the device can compress it.
     *
     * @param fromMm start of the span, mm from the CS ostium
     * @param toMm end of the span, mm from the CS ostium, {@code >= fromMm}
     * @return {@code circumflexUnderCs} and the crossing within {@code [fromMm, toMm]}
     */
    public boolean crossingWithin(double fromMm, double toMm) {
        if (!(fromMm <= toMm)) {
            throw new IllegalArgumentException("device span [" + fromMm + ", " + toMm + "] mm is empty");
        }
        return circumflexUnderCs && circumflexCrossingMm >= fromMm && circumflexCrossingMm <= toMm;
    }
}
