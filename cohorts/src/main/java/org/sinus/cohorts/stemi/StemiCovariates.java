package org.sinus.cohorts.stemi;

import java.util.List;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.TruncatedMarginal;

/**
 * The covariate table of the anterior STEMI cohort: index, name, unit, marginal distribution with its truncation,
 * source, and the latent (Gaussian copula) correlations. This file is a table; {@code docs/cohorts.md} repeats it
 * with the reasoning behind each number. Figures marked "assumption" are not from a specific publication; the
 * reasoning is in the docs.
 *
 * <p>The two indicators (female sex, microvascular obstruction) are thresholded latent normals: the indicator is 1
 * when the latent {@code z > Phi^-1(1 - p)}, so its prevalence is exactly {@code p} and its latent correlations are
 * tetrachoric / biserial correlations.
 */
public final class StemiCovariates {
    public static final int AGE = 0;
    public static final int FEMALE = 1;
    public static final int HEART_RATE = 2;
    public static final int SYSTOLIC = 3;
    public static final int DIASTOLIC = 4;
    public static final int EJECTION_FRACTION = 5;
    public static final int END_DIASTOLIC_VOLUME = 6;
    public static final int LV_MASS = 7;
    public static final int AREA_AT_RISK = 8;
    public static final int COLLATERAL_FLOW_INDEX = 9;
    public static final int ISCHAEMIA_TIME = 10;
    public static final int WEDGE_PRESSURE = 11;
    public static final int RIGHT_ATRIAL_PRESSURE = 12;
    public static final int MICROVASCULAR_OBSTRUCTION = 13;
    /** Number of covariates (and of latent copula variables). */
    public static final int COUNT = 14;

    /** Fraction of women: about a quarter of primary-PCI trial populations (assumption, see docs). */
    public static final double FEMALE_FRACTION = 0.24;
    /** Prevalence of microvascular obstruction on CMR after primary PCI: targets.md#C23. */
    public static final double MVO_PREVALENCE = 0.569;
    /** Smallest pulse pressure kept: a diastolic draw above {@code systolic - 20} is lowered to it (assumption). */
    public static final double MIN_PULSE_PRESSURE_MMHG = 20;

    static final TruncatedMarginal AGE_YEARS = TruncatedMarginal.normal(61, 12, 25, 95);
    static final TruncatedMarginal HEART_RATE_BPM = TruncatedMarginal.normal(76, 14, 45, 130);
    static final TruncatedMarginal SYSTOLIC_MMHG = TruncatedMarginal.normal(126, 20, 90, 200);
    static final TruncatedMarginal DIASTOLIC_MMHG = TruncatedMarginal.normal(76, 13, 45, 120);
    static final TruncatedMarginal EJECTION_FRACTION_PERCENT = TruncatedMarginal.normal(46, 10, 20, 75);
    static final TruncatedMarginal EDV_MALE_ML = TruncatedMarginal.normal(165, 35, 90, 300);
    static final TruncatedMarginal EDV_FEMALE_ML = TruncatedMarginal.normal(130, 28, 70, 250);
    static final TruncatedMarginal LV_MASS_MALE_G = TruncatedMarginal.normal(140, 28, 80, 300);
    static final TruncatedMarginal LV_MASS_FEMALE_G = TruncatedMarginal.normal(105, 22, 60, 220);
    static final TruncatedMarginal AREA_AT_RISK_PERCENT = TruncatedMarginal.normal(34, 10, 10, 70);
    static final TruncatedMarginal CFI = TruncatedMarginal.of(TruncatedMarginal.betaOfMoments(0.14, 0.07), 0, 0.5);
    static final TruncatedMarginal ISCHAEMIA_TIME_MIN = TruncatedMarginal.logNormal(180, 0.65, 45, 720);
    static final TruncatedMarginal WEDGE_MMHG = TruncatedMarginal.logNormal(15, 0.35, 4, 38);
    static final TruncatedMarginal RIGHT_ATRIAL_MMHG = TruncatedMarginal.logNormal(7, 0.40, 1, 20);
    /** Multiplier of at-risk microvascular resistance when MVO is present (assumption from IMR data, see docs). */
    static final TruncatedMarginal MVO_RESISTANCE_FACTOR = TruncatedMarginal.logNormal(3, 0.28, 1.5, 8);

    /**
     * Latent correlations {i, j, r x 100}; every pair not listed is 0. Reasons and sources: docs/cohorts.md,
     * "Correlations". Kept as integers in percent so the table reads like the docs.
     */
    private static final int[][] CORRELATIONS_PERCENT = {
        {AGE, FEMALE, 30},
        {AGE, SYSTOLIC, 15},
        {AGE, DIASTOLIC, -10},
        {AGE, EJECTION_FRACTION, -15},
        {AGE, END_DIASTOLIC_VOLUME, -15},
        {AGE, ISCHAEMIA_TIME, 15},
        {AGE, WEDGE_PRESSURE, 10},
        {FEMALE, HEART_RATE, 10},
        {FEMALE, ISCHAEMIA_TIME, 10},
        {HEART_RATE, DIASTOLIC, 15},
        {HEART_RATE, EJECTION_FRACTION, -25},
        {HEART_RATE, AREA_AT_RISK, 15},
        {HEART_RATE, WEDGE_PRESSURE, 15},
        {SYSTOLIC, DIASTOLIC, 65},
        {SYSTOLIC, EJECTION_FRACTION, 10},
        {SYSTOLIC, LV_MASS, 15},
        {EJECTION_FRACTION, END_DIASTOLIC_VOLUME, -30},
        {EJECTION_FRACTION, AREA_AT_RISK, -40},
        {EJECTION_FRACTION, ISCHAEMIA_TIME, -10},
        {EJECTION_FRACTION, WEDGE_PRESSURE, -25},
        {EJECTION_FRACTION, MICROVASCULAR_OBSTRUCTION, -20},
        {END_DIASTOLIC_VOLUME, LV_MASS, 50},
        {END_DIASTOLIC_VOLUME, WEDGE_PRESSURE, 10},
        {AREA_AT_RISK, COLLATERAL_FLOW_INDEX, -20},
        {AREA_AT_RISK, WEDGE_PRESSURE, 10},
        {AREA_AT_RISK, MICROVASCULAR_OBSTRUCTION, 35},
        {COLLATERAL_FLOW_INDEX, MICROVASCULAR_OBSTRUCTION, -20},
        {ISCHAEMIA_TIME, MICROVASCULAR_OBSTRUCTION, 25},
        {WEDGE_PRESSURE, RIGHT_ATRIAL_PRESSURE, 40},
        {WEDGE_PRESSURE, MICROVASCULAR_OBSTRUCTION, 10},
    };

    /** The covariates, in index order. */
    static final List<Covariate> COVARIATES = List.of(
        new Covariate("ageYears", "years", "TruncatedMarginal.normal(61, 12) truncated to [25, 95]",
            "primary-PCI trial populations, median age about 60 (e.g. HORIZONS-AMI); SD assumption"),
        new Covariate("female", "0/1", "Bernoulli(0.24)",
            "women are about a quarter of primary-PCI trial populations; 0.24 assumption within that range"),
        new Covariate("heartRateBpm", "beats/min", "TruncatedMarginal.normal(76, 14) truncated to [45, 130]",
            "assumption: admission heart rate of contemporary STEMI trials, shock excluded"),
        new Covariate("systolicPressureMmHg", "mmHg", "TruncatedMarginal.normal(126, 20) truncated to [90, 200]",
            "assumption: trial baseline tables about 125-130 mmHg; cardiogenic shock (SBP < 90) excluded"),
        new Covariate("diastolicPressureMmHg", "mmHg",
            "TruncatedMarginal.normal(76, 13) truncated to [45, 120], then at most systolic - 20",
            "assumption: trial baseline tables about 75-80 mmHg"),
        new Covariate("ejectionFractionPercent", "%", "TruncatedMarginal.normal(46, 10) truncated to [20, 75]",
            "assumption: CMR days 2-5 after anterior STEMI, mean 45-50%"),
        new Covariate("endDiastolicVolumeMl", "ml",
            "men TruncatedMarginal.normal(165, 35) on [90, 300], women TruncatedMarginal.normal(130, 28) on [70, 250]",
            "SSFP CMR norms (Maceira et al., JCMR 2006) with wider SD for acute remodelling (assumption)"),
        new Covariate("lvMassG", "g", "men TruncatedMarginal.normal(140, 28) on [80, 300], women TruncatedMarginal.normal(105, 22) on [60, 220]",
            "SSFP CMR norms (Maceira et al., JCMR 2006) plus acute oedema (assumption)"),
        new Covariate("areaAtRiskPercentLv", "% LV", "TruncatedMarginal.normal(34, 10) truncated to [10, 70]", "targets.md#C24"),
        new Covariate("collateralFlowIndex", "1", "beta with mean 0.14, SD 0.07, truncated to [0, 0.5]",
            "assumption: pressure-derived CFI (Pijls 1995, Seiler 1998) mostly 0.05-0.25 in acute MI"),
        new Covariate("ischaemiaTimeMin", "min", "log-normal, median 180, sigma 0.65, truncated to [45, 720]",
            "median symptom-to-balloon about 3 h in primary-PCI registries; sigma assumption (IQR 1.9-4.6 h)"),
        new Covariate("wedgePressureMmHg", "mmHg", "log-normal, median 15, sigma 0.35, truncated to [4, 38]",
            "assumption: about 30% above 18 mmHg (Forrester subsets) after anterior STEMI"),
        new Covariate("rightAtrialPressureMmHg", "mmHg", "log-normal, median 7, sigma 0.40, truncated to [1, 20]",
            "assumption: normal to mildly raised right atrial pressure, shock excluded"),
        new Covariate("microvascularObstruction", "0/1", "Bernoulli(0.569)", "targets.md#C23"));

    private StemiCovariates() {
    }

    /**
     * Builds the latent correlation matrix from the table.
     *
     * @return a new {@code COUNT x COUNT} symmetric matrix with unit diagonal
     */
    public static double[][] correlationMatrix() {
        return GaussianCopula.correlationMatrix(COUNT, CORRELATIONS_PERCENT);
    }
}
