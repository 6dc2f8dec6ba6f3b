package org.sinus.cohorts.shock;

import org.sinus.cohorts.Presentation;

/**
 * How a patient in cardiogenic shock presents: what the shock outcome models ({@link ShockOutcomes}) read besides the
 * kernel's physiology.
 *
 * @param population the trial population the patient was drawn from (its bleeding definition)
 * @param ageYears age, years, {@code > 0}
 * @param female whether the patient is a woman
 * @param lactateMmolPerL arterial lactate at randomisation, mmol/l, {@code > 0}
 * @param resuscitated whether the patient was resuscitated from cardiac arrest before randomisation
 * @param priorStroke whether the patient had a stroke before
 * @param riskScore IABP-SHOCK II risk score, 0 to 9 points (Poess et al., JACC 2017)
 * @param cardiacPowerW cardiac power output at randomisation from the covariates, W, {@code > 0}
 */
public record ShockPresentation(ShockPopulation population, double ageYears, boolean female, double lactateMmolPerL,
        boolean resuscitated, boolean priorStroke, int riskScore, double cardiacPowerW) implements Presentation {

    public ShockPresentation {
        if (population == null) {
            throw new IllegalArgumentException("population is required; allowed: one of iabp-shock-ii, ecls-shock");
        }
        if (!(ageYears > 0 && ageYears < 130)) {
            throw new IllegalArgumentException("ageYears = " + ageYears + " is outside the allowed range (0, 130)");
        }
        if (!(lactateMmolPerL > 0 && lactateMmolPerL < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lactateMmolPerL = " + lactateMmolPerL + " must be finite and > 0");
        }
        if (riskScore < 0 || riskScore > 9) {
            throw new IllegalArgumentException("riskScore = " + riskScore + " is outside the allowed range [0, 9]");
        }
        if (!(cardiacPowerW > 0 && cardiacPowerW < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("cardiacPowerW = " + cardiacPowerW + " must be finite and > 0");
        }
    }
}
