package org.sinus.cohorts.shock;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.KernelMappings;
import org.sinus.cohorts.TruncatedMarginal;

/**
 * The covariate table of the cardiogenic-shock cohort (acute myocardial infarction complicated by cardiogenic shock,
 * revascularised early, as in IABP-SHOCK II and ECLS-SHOCK): index, name, unit, marginal with its truncation, source,
 * and the latent (Gaussian copula) correlations. A table, hence longer than most files;
 * {@code docs/cohort-cardiogenic-shock.md} repeats it with the reasoning. "Assumption" marks a figure that is not
 * from a publication; "recalled" one that was taken from memory of a paper, not checked.
 *
 * <p>The first {@link #LATENT} covariates each have one latent standard normal. Indicators are thresholded latents
 * (1 when {@code z > Phi^-1(1 - p)}), the culprit vessel is cut at fixed quantiles, in order of territory size (RCA,
 * circumflex, LAD, left main), so its latent correlations are polyserial. Age, sex, lactate and resuscitation have
 * the marginals of the patient's {@link ShockPopulation}. The last five are derived: the ventricle's volumes from
 * what it ejects, {@code EDV = CO / (HR EF)}; mean arterial pressure; cardiac power output
 * {@code MAP CO / 451} (Fincke et al., JACC 2004); the IABP-SHOCK II risk score (Poess et al., JACC 2017).
 */
public final class ShockCovariates {
    public static final int AGE = 0;
    public static final int FEMALE = 1;
    public static final int HEART_RATE = 2;
    public static final int SYSTOLIC = 3;
    public static final int DIASTOLIC = 4;
    public static final int EJECTION_FRACTION = 5;
    public static final int CARDIAC_OUTPUT = 6;
    public static final int WEDGE_PRESSURE = 7;
    public static final int RIGHT_ATRIAL_PRESSURE = 8;
    public static final int LACTATE = 9;
    public static final int RESUSCITATED = 10;
    public static final int CULPRIT = 11;
    public static final int GLUCOSE = 12;
    public static final int CREATININE = 13;
    public static final int PRIOR_STROKE = 14;
    public static final int TIMI_BELOW_3 = 15;
    public static final int LV_MASS = 16;
    /** Number of latent (copula) variables: the covariates above. */
    public static final int LATENT = 17;
    public static final int END_DIASTOLIC_VOLUME = 17;
    public static final int END_SYSTOLIC_VOLUME = 18;
    public static final int MEAN_ARTERIAL = 19;
    public static final int CARDIAC_POWER = 20;
    public static final int RISK_SCORE = 21;
    /** Number of covariates. */
    public static final int COUNT = 22;

    /** Culprit codes, in order of territory size. */
    public static final int RCA = 0;
    public static final int CIRCUMFLEX = 1;
    public static final int LAD = 2;
    public static final int LEFT_MAIN = 3;
    /** Culprit vessel fractions, RCA / circumflex / LAD / left main (IABP-SHOCK II, recalled; normalised). */
    static final double[] CULPRIT_FRACTIONS = {0.30, 0.19, 0.42, 0.09};
    /**
     * The culprit's territory, fraction of the LV: AHA 17-segment model (Cerqueira et al., Circulation 2002,
     * recalled): RCA 5, circumflex 5, LAD 7, left main (LAD and circumflex) 12 of 17 segments.
     */
    static final double[] TERRITORY_FRACTION = {5.0 / 17, 5.0 / 17, 7.0 / 17, 12.0 / 17};

    /** Prior stroke (assumption near the IABP-SHOCK II baseline, recalled about 7%). */
    public static final double PRIOR_STROKE_FRACTION = 0.07;
    /** TIMI flow below 3 after PCI (assumption near the IABP-SHOCK II registry figure, recalled 10-15%). */
    public static final double TIMI_BELOW_3_FRACTION = 0.13;

    /** IABP-SHOCK II score thresholds (Poess et al., JACC 2017): years, mmol/l, umol/l (1.5 mg/dl), mmol/l. */
    static final double SCORE_AGE_YEARS = 73;
    static final double SCORE_GLUCOSE_MMOL_L = 10.6;
    static final double SCORE_CREATININE_UMOL_L = 132.6;
    static final double SCORE_LACTATE_MMOL_L = 5;
    /** Fincke et al., JACC 2004: cardiac power output in W is MAP (mmHg) times CO (L/min) over 451. */
    public static final double CPO_DIVISOR = 451;

    static final TruncatedMarginal HEART_RATE_BPM = TruncatedMarginal.normal(92, 20, 45, 150);
    static final TruncatedMarginal SYSTOLIC_MMHG = TruncatedMarginal.normal(88, 16, 55, 135);
    static final TruncatedMarginal DIASTOLIC_MMHG = TruncatedMarginal.normal(54, 11, 30, 90);
    /** Pulse pressures below this are raised to it (keeps the arterial compliance finite). */
    static final double MIN_PULSE_PRESSURE_MMHG = 15;
    static final TruncatedMarginal EJECTION_FRACTION_PERCENT = TruncatedMarginal.normal(32, 10, 10, 60);
    static final TruncatedMarginal CARDIAC_OUTPUT_L_PER_MIN = TruncatedMarginal.logNormal(3.7, 0.28, 1.5, 7);
    /** Pulmonary congestion (an IABP-SHOCK II criterion): wedge pressure at least 15 mmHg, exact truncation. */
    static final TruncatedMarginal WEDGE_MMHG = TruncatedMarginal.logNormal(22, 0.28, 15, 40);
    static final TruncatedMarginal RIGHT_ATRIAL_MMHG = TruncatedMarginal.logNormal(11, 0.40, 2, 25);
    static final TruncatedMarginal GLUCOSE_MMOL_L = TruncatedMarginal.logNormal(10.0, 0.40, 3, 40);
    static final TruncatedMarginal CREATININE_UMOL_L = TruncatedMarginal.logNormal(110, 0.40, 40, 700);
    static final TruncatedMarginal LV_MASS_G = TruncatedMarginal.normal(185, 35, 100, 350);

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double STROKE_CUT = STANDARD_NORMAL.inverseSurvivalProbability(PRIOR_STROKE_FRACTION);
    private static final double TIMI_CUT = STANDARD_NORMAL.inverseSurvivalProbability(TIMI_BELOW_3_FRACTION);
    private static final double[] CULPRIT_CUTS = {
        STANDARD_NORMAL.inverseCumulativeProbability(CULPRIT_FRACTIONS[0]),
        STANDARD_NORMAL.inverseCumulativeProbability(CULPRIT_FRACTIONS[0] + CULPRIT_FRACTIONS[1]),
        STANDARD_NORMAL.inverseCumulativeProbability(CULPRIT_FRACTIONS[0] + CULPRIT_FRACTIONS[1]
                + CULPRIT_FRACTIONS[2]),
    };

    /** Latent correlations {i, j, r x 100}; every pair not listed is 0. Reasons: docs/cohort-cardiogenic-shock.md. */
    static final int[][] CORRELATIONS_PERCENT = {
        {AGE, FEMALE, 20},
        {AGE, HEART_RATE, -10},
        {AGE, CREATININE, 25},
        {AGE, PRIOR_STROKE, 20},
        {FEMALE, LV_MASS, -40},
        {HEART_RATE, EJECTION_FRACTION, -20},
        {HEART_RATE, CARDIAC_OUTPUT, 20},
        {SYSTOLIC, DIASTOLIC, 60},
        {SYSTOLIC, CARDIAC_OUTPUT, 20},
        {SYSTOLIC, LACTATE, -20},
        {EJECTION_FRACTION, CARDIAC_OUTPUT, 30},
        {EJECTION_FRACTION, WEDGE_PRESSURE, -20},
        {EJECTION_FRACTION, CULPRIT, -20},
        {CARDIAC_OUTPUT, LACTATE, -30},
        {WEDGE_PRESSURE, RIGHT_ATRIAL_PRESSURE, 50},
        {LACTATE, RESUSCITATED, 30},
        {LACTATE, GLUCOSE, 30},
        {LACTATE, CREATININE, 20},
        {LACTATE, TIMI_BELOW_3, 15},
    };

    /** The covariates, in index order (immutable). */
    public static final List<Covariate> COVARIATES = List.of(
        new Covariate("ageYears", "years", "IABP-SHOCK II: normal(69, 12.5) on [30, 90]; ECLS-SHOCK: normal(63, 11)"
            + " on [25, 80]", "trial baseline tables (recalled medians 70 and 63); SDs assumption"),
        new Covariate("female", "0/1", "Bernoulli(0.31) IABP-SHOCK II; Bernoulli(0.19) ECLS-SHOCK",
            "trial baseline tables, recalled"),
        new Covariate("heartRateBpm", "beats/min", "normal(92, 20) on [45, 150]",
            "assumption near the IABP-SHOCK II baseline (recalled about 92)"),
        new Covariate("systolicPressureMmHg", "mmHg", "normal(88, 16) on [55, 135], on vasoactive drugs",
            "entry: SBP < 90 for 30 min or catecholamines to keep it > 90; spread assumption"),
        new Covariate("diastolicPressureMmHg", "mmHg", "normal(54, 11) on [30, 90], at most SBP - 15",
            "assumption"),
        new Covariate("ejectionFractionPercent", "%", "normal(32, 10) on [10, 60]",
            "assumption near shock-trial echocardiography (recalled LVEF about 30-35%)"),
        new Covariate("cardiacOutputLPerMin", "L/min", "log-normal, median 3.7, sigma 0.28, on [1.5, 7]",
            "SHOCK trial cardiac index about 1.9-2.0 L/min/m^2 (recalled) at 1.9 m^2; sigma assumption"),
        new Covariate("wedgePressureMmHg", "mmHg", "log-normal, median 22, sigma 0.28, on [15, 40]",
            "SHOCK trial PCWP about 24 (recalled); lower bound: pulmonary congestion (IABP-SHOCK II criterion)"),
        new Covariate("rightAtrialPressureMmHg", "mmHg", "log-normal, median 11, sigma 0.40, on [2, 25]; below 0.8 x wedge",
            "assumption"),
        new Covariate("lactateMmolPerL", "mmol/l", "IABP-SHOCK II: log-normal median 4.0, sigma 0.75 on [0.5, 25];"
            + " ECLS-SHOCK: median 6.5, sigma 0.55 on [3, 25]", "trial baseline tables (recalled); ECLS-SHOCK entry"
            + " lactate > 3 mmol/l"),
        new Covariate("resuscitated", "0/1", "Bernoulli(0.45) IABP-SHOCK II; Bernoulli(0.78) ECLS-SHOCK",
            "resuscitation before randomisation, trial baseline tables (recalled)"),
        new Covariate("culpritVessel", "code", "0 RCA, 1 circumflex, 2 LAD, 3 left main with 0.30 / 0.19 / 0.42 / 0.09",
            "IABP-SHOCK II (recalled, normalised)"),
        new Covariate("glucoseMmolPerL", "mmol/l", "log-normal, median 10.0, sigma 0.40, on [3, 40]",
            "assumption: about 44% above the 10.6 mmol/l of the IABP-SHOCK II score"),
        new Covariate("creatinineUmolPerL", "umol/l", "log-normal, median 110, sigma 0.40, on [40, 700]",
            "assumption: about 32% above the 132.6 umol/l (1.5 mg/dl) of the IABP-SHOCK II score"),
        new Covariate("priorStroke", "0/1", "Bernoulli(0.07)", "assumption near IABP-SHOCK II (recalled)"),
        new Covariate("timiFlowBelow3AfterPci", "0/1", "Bernoulli(0.13)", "assumption (recalled 10-15%)"),
        new Covariate("lvMassG", "g", "normal(185, 35) on [100, 350]", "assumption"),
        new Covariate("endDiastolicVolumeMl", "ml", "derived: CO / (HR EF)", "definition"),
        new Covariate("endSystolicVolumeMl", "ml", "derived: EDV (1 - EF)", "definition"),
        new Covariate("meanArterialPressureMmHg", "mmHg", "derived: DBP + 0.412 (SBP - DBP)",
            "Meaney et al., Heart 2000"),
        new Covariate("cardiacPowerOutputW", "W", "derived: MAP CO / 451", "Fincke et al., JACC 2004"),
        new Covariate("iabpShockIiScore", "points", "derived: age > 73 (1), prior stroke (2), glucose > 10.6 mmol/l"
            + " (1), creatinine > 132.6 umol/l (1), lactate > 5 mmol/l (2), TIMI < 3 after PCI (2)",
            "Poess et al., JACC 2017"));

    private ShockCovariates() {
    }

    /**
     * The latent correlation matrix.
     *
     * @return a new {@link #LATENT} x {@link #LATENT} matrix
     */
    public static double[][] correlationMatrix() {
        return GaussianCopula.correlationMatrix(LATENT, CORRELATIONS_PERCENT);
    }

    /**
     * Turns one latent vector into covariates.
     *
     * @param population the trial population (age, sex, lactate and resuscitation marginals)
     * @param z latent standard normals, length at least {@link #LATENT}
     * @return covariates indexed as above, length {@link #COUNT}
     */
    public static double[] fromLatent(ShockPopulation population, double[] z) {
        final double[] c = new double[COUNT];
        c[AGE] = population.age().fromLatent(z[AGE]);
        c[FEMALE] = z[FEMALE] > STANDARD_NORMAL.inverseSurvivalProbability(population.femaleFraction()) ? 1 : 0;
        c[HEART_RATE] = HEART_RATE_BPM.fromLatent(z[HEART_RATE]);
        final double sbp = SYSTOLIC_MMHG.fromLatent(z[SYSTOLIC]);
        c[SYSTOLIC] = sbp;
        c[DIASTOLIC] = Math.min(DIASTOLIC_MMHG.fromLatent(z[DIASTOLIC]), sbp - MIN_PULSE_PRESSURE_MMHG);
        c[EJECTION_FRACTION] = EJECTION_FRACTION_PERCENT.fromLatent(z[EJECTION_FRACTION]);
        c[CARDIAC_OUTPUT] = CARDIAC_OUTPUT_L_PER_MIN.fromLatent(z[CARDIAC_OUTPUT]);
        c[WEDGE_PRESSURE] = WEDGE_MMHG.fromLatent(z[WEDGE_PRESSURE]);
        c[RIGHT_ATRIAL_PRESSURE] = RIGHT_ATRIAL_MMHG.fromLatent(z[RIGHT_ATRIAL_PRESSURE]);
        c[LACTATE] = population.lactate().fromLatent(z[LACTATE]);
        c[RESUSCITATED] = z[RESUSCITATED] > STANDARD_NORMAL.inverseSurvivalProbability(
                population.resuscitatedFraction()) ? 1 : 0;
        int culprit = 0;
        while (culprit < CULPRIT_CUTS.length && z[CULPRIT] > CULPRIT_CUTS[culprit]) {
            culprit++;
        }
        c[CULPRIT] = culprit;
        c[GLUCOSE] = GLUCOSE_MMOL_L.fromLatent(z[GLUCOSE]);
        c[CREATININE] = CREATININE_UMOL_L.fromLatent(z[CREATININE]);
        c[PRIOR_STROKE] = z[PRIOR_STROKE] > STROKE_CUT ? 1 : 0;
        c[TIMI_BELOW_3] = z[TIMI_BELOW_3] > TIMI_CUT ? 1 : 0;
        c[LV_MASS] = LV_MASS_G.fromLatent(z[LV_MASS]);

        final double strokeVolume = 1000 * c[CARDIAC_OUTPUT] / c[HEART_RATE];
        c[END_DIASTOLIC_VOLUME] = strokeVolume / (c[EJECTION_FRACTION] / 100);
        c[END_SYSTOLIC_VOLUME] = c[END_DIASTOLIC_VOLUME] - strokeVolume;
        c[MEAN_ARTERIAL] = c[DIASTOLIC] + KernelMappings.MAP_FORM_FACTOR * (sbp - c[DIASTOLIC]);
        c[CARDIAC_POWER] = c[MEAN_ARTERIAL] * c[CARDIAC_OUTPUT] / CPO_DIVISOR;
        c[RISK_SCORE] = riskScore(c);
        return c;
    }

    /**
     * The IABP-SHOCK II risk score (Poess et al., JACC 2017), 0 to 9 points.
     *
     * @param c covariates indexed as above
     * @return the points
     */
    public static int riskScore(double[] c) {
        return (c[AGE] > SCORE_AGE_YEARS ? 1 : 0) + (c[PRIOR_STROKE] == 1 ? 2 : 0)
                + (c[GLUCOSE] > SCORE_GLUCOSE_MMOL_L ? 1 : 0) + (c[CREATININE] > SCORE_CREATININE_UMOL_L ? 1 : 0)
                + (c[LACTATE] > SCORE_LACTATE_MMOL_L ? 2 : 0) + (c[TIMI_BELOW_3] == 1 ? 2 : 0);
    }

    /**
     * The culprit's territory.
     *
     * @param culprit the culprit code
     * @return the fraction of the LV it supplies
     */
    public static double territoryFraction(int culprit) {
        return TERRITORY_FRACTION[culprit];
    }
}
