package org.sinus.cohorts.shock;

import org.sinus.cohorts.TruncatedMarginal;

/**
 * The two trial populations of acute myocardial infarction complicated by cardiogenic shock. They share the
 * haemodynamic marginals and the correlations of {@link ShockCovariates} and differ where the trials' entry criteria
 * and baseline tables differ: age, sex, arterial lactate (ECLS-SHOCK required more than 3 mmol/l) and resuscitation
 * before randomisation. Figures recalled from the trials' baseline tables, not checked against the full texts
 * ({@code docs/cohort-cardiogenic-shock.md}).
 */
public enum ShockPopulation {
    /**
     * IABP-SHOCK II (Thiele et al., NEJM 2012; targets.md#C33): age median 70 (IQR 58-77), 31% women, 45% resuscitated
     * before randomisation, lactate median about 4 mmol/l (not an entry criterion on its own).
     */
    IABP_SHOCK_II("iabp-shock-ii", TruncatedMarginal.normal(69, 12.5, 30, 90), 0.31,
            TruncatedMarginal.logNormal(4.0, 0.75, 0.5, 25), 0.45),
    /**
     * ECLS-SHOCK (Thiele et al., NEJM 2023; targets.md#C34): age median 63 (IQR 56-71, 18 to 80 by the criteria), 19%
     * women, 78% resuscitated, lactate above 3 mmol/l (entry criterion; median about 6.8).
     */
    ECLS_SHOCK("ecls-shock", TruncatedMarginal.normal(63, 11, 25, 80), 0.19,
            TruncatedMarginal.logNormal(6.5, 0.55, 3, 25), 0.78);

    private final String key;
    private final TruncatedMarginal age;
    private final double femaleFraction;
    private final TruncatedMarginal lactate;
    private final double resuscitatedFraction;

    ShockPopulation(String key, TruncatedMarginal age, double femaleFraction, TruncatedMarginal lactate,
            double resuscitatedFraction) {
        this.key = key;
        this.age = age;
        this.femaleFraction = femaleFraction;
        this.lactate = lactate;
        this.resuscitatedFraction = resuscitatedFraction;
    }

    /** @return the trial's short name, e.g. {@code iabp-shock-ii} */
    public String key() {
        return key;
    }

    /** @return the age marginal, years */
    public TruncatedMarginal age() {
        return age;
    }

    /** @return the fraction of women */
    public double femaleFraction() {
        return femaleFraction;
    }

    /** @return the arterial lactate marginal, mmol/l */
    public TruncatedMarginal lactate() {
        return lactate;
    }

    /** @return the fraction resuscitated from cardiac arrest before randomisation */
    public double resuscitatedFraction() {
        return resuscitatedFraction;
    }
}
