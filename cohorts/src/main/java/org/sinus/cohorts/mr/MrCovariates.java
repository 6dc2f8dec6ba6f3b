package org.sinus.cohorts.mr;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.TruncatedMarginal;

/**
 * The covariate table of the functional mitral regurgitation cohort (heart failure with reduced ejection fraction
 * and functional MR grade 2+ to 4+, the population of the coronary sinus annuloplasty studies AMADEUS, TITAN and
 * EVOLUTION): index, name, unit, marginal with its truncation, source, and the latent (Gaussian copula)
 * correlations. A table, hence longer than most files; {@code docs/cohort-functional-mr.md} repeats it with the
 * reasoning. "Assumption" marks a figure that is not from a publication.
 *
 * <p>The first {@link #LATENT} covariates each have one latent standard normal of the copula. Indicators are
 * thresholded latents (1 when {@code z > Phi^-1(1 - p)}) and NYHA class is cut at fixed quantiles, so their
 * latent correlations are tetrachoric / polyserial. The last five are derived from the others
 * ({@link #fromLatent(double[])}): the ventricle's volumes follow from what it must eject, forward output plus
 * regurgitant volume, at its ejection fraction, {@code EDV = (CO HR^-1 + RVol) / EF}.
 */
public final class MrCovariates {
    public static final int AGE = 0;
    public static final int FEMALE = 1;
    public static final int NYHA = 2;
    public static final int EJECTION_FRACTION = 3;
    public static final int FORWARD_OUTPUT = 4;
    public static final int EROA = 5;
    public static final int HEART_RATE = 6;
    public static final int SYSTOLIC = 7;
    public static final int DIASTOLIC = 8;
    public static final int WEDGE_PRESSURE = 9;
    public static final int RIGHT_ATRIAL_PRESSURE = 10;
    public static final int SIX_MINUTE_WALK = 11;
    public static final int KCCQ = 12;
    public static final int ISCHAEMIC = 13;
    public static final int LV_MASS = 14;
    public static final int COLLATERAL_FLOW_INDEX = 15;
    public static final int CS_DIAMETER = 16;
    public static final int CIRCUMFLEX_UNDER_CS = 17;
    public static final int CROSSING_DISTANCE = 18;
    /** Number of latent (copula) variables: the covariates above. */
    public static final int LATENT = 19;
    public static final int END_DIASTOLIC_VOLUME = 19;
    public static final int END_SYSTOLIC_VOLUME = 20;
    public static final int REGURGITANT_VOLUME = 21;
    public static final int REGURGITANT_FRACTION = 22;
    public static final int MR_GRADE = 23;
    /** Number of covariates. */
    public static final int COUNT = 24;

    /** Women: MAGGIC, heart failure with reduced EF (28% women). */
    public static final double FEMALE_FRACTION = 0.28;
    /** NYHA II and IV (III the rest, 0.80): mean 2.9 as AMADEUS (targets.md#C19); the split is an assumption. */
    public static final double NYHA_II_FRACTION = 0.15;
    public static final double NYHA_IV_FRACTION = 0.05;
    /** Ischaemic aetiology (assumption: the majority in functional-MR device trials). */
    public static final double ISCHAEMIC_FRACTION = 0.60;
    /** Circumflex (or an obtuse marginal) crossing under the CS: 36 of 43 in AMADEUS (84%). */
    public static final double CIRCUMFLEX_UNDER_CS_FRACTION = 0.84;
    /** Lower EROA bounds of MR grades 3+ and 4+, cm^2 (Zoghbi et al., J Am Soc Echocardiogr 2003). */
    static final double GRADE_3_EROA = 0.30;
    static final double GRADE_4_EROA = 0.40;
    /** Mitral orifice velocity per sqrt(mmHg), cm/s: Bernoulli with blood at 1060 kg/m^3 (model.md 1.1). */
    static final double ORIFICE_CM_PER_S_PER_SQRT_MMHG = 50.155;
    /**
     * Regurgitant time over the kernel's systolic time {@code Ts = 0.3 sqrt(60 / HR)}, times the mean of
     * {@code sqrt(dP / dP_peak)} over it: the regurgitant volume's shape factor (see {@link #regurgitantVolumeMl}).
     */
    static final double REGURGITANT_SHAPE = 0.94;

    static final TruncatedMarginal AGE_YEARS = TruncatedMarginal.normal(70, 9.5, 40, 90);
    static final TruncatedMarginal EJECTION_FRACTION_PERCENT = TruncatedMarginal.normal(29, 7, 15, 40);
    static final TruncatedMarginal FORWARD_OUTPUT_L_PER_MIN = TruncatedMarginal.logNormal(3.6, 0.20, 2.0, 6.5);
    static final TruncatedMarginal EROA_CM2 = TruncatedMarginal.logNormal(0.30, 0.45, 0.15, 0.90);
    static final TruncatedMarginal HEART_RATE_BPM = TruncatedMarginal.normal(72, 12, 50, 110);
    static final TruncatedMarginal SYSTOLIC_MMHG = TruncatedMarginal.normal(115, 17, 85, 170);
    static final TruncatedMarginal DIASTOLIC_MMHG = TruncatedMarginal.normal(70, 11, 45, 100);
    static final TruncatedMarginal WEDGE_MMHG = TruncatedMarginal.logNormal(18, 0.35, 6, 40);
    static final TruncatedMarginal RIGHT_ATRIAL_MMHG = TruncatedMarginal.logNormal(7, 0.40, 1, 20);
    static final TruncatedMarginal WALK_M = TruncatedMarginal.normal(320, 150, 150, 450);
    static final TruncatedMarginal KCCQ_SCORE = TruncatedMarginal.normal(47, 16, 0, 100);
    static final TruncatedMarginal LV_MASS_G = TruncatedMarginal.normal(220, 55, 110, 400);
    static final TruncatedMarginal CFI = TruncatedMarginal.of(TruncatedMarginal.betaOfMoments(0.17, 0.08), 0, 0.5);
    static final TruncatedMarginal CS_DIAMETER_MM = TruncatedMarginal.normal(8.5, 2.0, 4, 16);
    static final TruncatedMarginal CROSSING_MM = TruncatedMarginal.normal(86.5, 21, 37, 123);

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double FEMALE_CUT = STANDARD_NORMAL.inverseSurvivalProbability(FEMALE_FRACTION);
    private static final double ISCHAEMIC_CUT = STANDARD_NORMAL.inverseSurvivalProbability(ISCHAEMIC_FRACTION);
    private static final double UNDER_CUT = STANDARD_NORMAL.inverseSurvivalProbability(CIRCUMFLEX_UNDER_CS_FRACTION);
    private static final double NYHA_III_CUT = STANDARD_NORMAL.inverseCumulativeProbability(NYHA_II_FRACTION);
    private static final double NYHA_IV_CUT = STANDARD_NORMAL.inverseSurvivalProbability(NYHA_IV_FRACTION);

    /** Latent correlations {i, j, r x 100}; every pair not listed is 0. Reasons: docs/cohort-functional-mr.md. */
    private static final int[][] CORRELATIONS_PERCENT = {
        {AGE, FEMALE, 10},
        {AGE, NYHA, 10},
        {AGE, FORWARD_OUTPUT, -15},
        {AGE, SYSTOLIC, 10},
        {AGE, SIX_MINUTE_WALK, -25},
        {AGE, ISCHAEMIC, 25},
        {FEMALE, FORWARD_OUTPUT, -25},
        {FEMALE, SIX_MINUTE_WALK, -20},
        {FEMALE, KCCQ, -10},
        {FEMALE, ISCHAEMIC, -25},
        {FEMALE, LV_MASS, -40},
        {NYHA, EJECTION_FRACTION, -15},
        {NYHA, FORWARD_OUTPUT, -20},
        {NYHA, EROA, 15},
        {NYHA, WEDGE_PRESSURE, 30},
        {NYHA, SIX_MINUTE_WALK, -45},
        {NYHA, KCCQ, -55},
        {EJECTION_FRACTION, FORWARD_OUTPUT, 20},
        {EJECTION_FRACTION, EROA, -15},
        {EJECTION_FRACTION, HEART_RATE, -15},
        {EJECTION_FRACTION, SYSTOLIC, 20},
        {FORWARD_OUTPUT, HEART_RATE, 20},
        {FORWARD_OUTPUT, SYSTOLIC, 15},
        {FORWARD_OUTPUT, SIX_MINUTE_WALK, 20},
        {FORWARD_OUTPUT, LV_MASS, 25},
        {EROA, WEDGE_PRESSURE, 30},
        {EROA, LV_MASS, 20},
        {EROA, CIRCUMFLEX_UNDER_CS, 15},
        {EROA, CROSSING_DISTANCE, 15},
        {HEART_RATE, DIASTOLIC, 15},
        {HEART_RATE, WEDGE_PRESSURE, 10},
        {SYSTOLIC, DIASTOLIC, 60},
        {WEDGE_PRESSURE, RIGHT_ATRIAL_PRESSURE, 45},
        {WEDGE_PRESSURE, SIX_MINUTE_WALK, -15},
        {WEDGE_PRESSURE, KCCQ, -15},
        {RIGHT_ATRIAL_PRESSURE, CS_DIAMETER, 30},
        {SIX_MINUTE_WALK, KCCQ, 35},
        {ISCHAEMIC, COLLATERAL_FLOW_INDEX, 25},
    };

    /** The covariates, in index order (immutable). */
    public static final List<Covariate> COVARIATES = List.of(
        new Covariate("ageYears", "years", "TruncatedMarginal.normal(70, 9.5) truncated to [40, 90]",
            "REDUCE-FMR (Witte et al., JACC Heart Fail 2019): 69.8 +/- 9.5 years; bounds assumption"),
        new Covariate("female", "0/1", "Bernoulli(0.28)", "MAGGIC (Eur Heart J 2012): 28% women with reduced EF"),
        new Covariate("nyhaClass", "class", "II / III / IV with probability 0.15 / 0.80 / 0.05 (mean 2.90)",
            "targets.md#C19 (AMADEUS mean 2.9); split assumption"),
        new Covariate("ejectionFractionPercent", "%", "TruncatedMarginal.normal(29, 7) truncated to [15, 40] (inclusion EF < 40%)",
            "AMADEUS, TITAN inclusion EF < 40%; TITAN volumes give 27%; mean, SD, lower bound assumption"),
        new Covariate("forwardCardiacOutputLPerMin", "L/min",
            "log-normal, median 3.6, sigma 0.20, truncated to [2.0, 6.5]",
            "assumption: cardiac index about 1.9 L/min/m^2 in HFrEF with MR; low-output states (< 2 L/min) excluded"),
        new Covariate("eroaCm2", "cm^2",
            "log-normal, median 0.30, sigma 0.45, truncated to [0.15, 0.90] (grade 2+ to 4+)",
            "AMADEUS procedural report (PMID 19660613): 0.33 +/- 0.17 cm^2; lower bound assumption"),
        new Covariate("heartRateBpm", "beats/min", "TruncatedMarginal.normal(72, 12) truncated to [50, 110]",
            "assumption: treated HFrEF; DCM cohort 75 +/- 16 (Open Heart)"),
        new Covariate("systolicPressureMmHg", "mmHg", "TruncatedMarginal.normal(115, 17) truncated to [85, 170]",
            "assumption: DCM cohort 116 +/- 20 (Open Heart); shock excluded"),
        new Covariate("diastolicPressureMmHg", "mmHg", "TruncatedMarginal.normal(70, 11) truncated to [45, 100]",
            "assumption: DCM cohort 71 +/- 12 (Open Heart)"),
        new Covariate("wedgePressureMmHg", "mmHg", "log-normal, median 18, sigma 0.35, truncated to [6, 40]",
            "assumption: above the DCM cohort's 15 +/- 8 (Open Heart) because of the MR; used as LA pressure"),
        new Covariate("rightAtrialPressureMmHg", "mmHg", "log-normal, median 7, sigma 0.40, truncated to [1, 20]",
            "assumption: DCM cohort median 6 (IQR 4-10) (Open Heart), a little higher with MR"),
        new Covariate("sixMinuteWalkM", "m", "TruncatedMarginal.normal(320, 150) truncated to [150, 450] (inclusion)",
            "AMADEUS: inclusion 150-450 m, baseline 307 +/- 87 m (targets.md#C19)"),
        new Covariate("kccqScore", "points", "TruncatedMarginal.normal(47, 16) truncated to [0, 100]",
            "AMADEUS baseline 47 +/- 16 (targets.md#C19)"),
        new Covariate("ischaemicAetiology", "0/1", "Bernoulli(0.60)",
            "assumption: ischaemic and non-ischaemic dilated cardiomyopathy both included (REDUCE-FMR, EVOLUTION)"),
        new Covariate("lvMassG", "g", "TruncatedMarginal.normal(220, 55) truncated to [110, 400]",
            "DCM cohort CMR myocardial volume 212 +/- 62 ml x 1.05 g/ml (Open Heart); assumption"),
        new Covariate("collateralFlowIndex", "1", "beta, mean 0.17, SD 0.08, truncated to [0, 0.5]",
            "assumption: recruitable collaterals of an open artery (Wustmann et al., Circulation 2003, recalled)"),
        new Covariate("csDiameterMm", "mm", "TruncatedMarginal.normal(8.5, 2.0) truncated to [4, 16]",
            "HF echo 8.3-8.8 +/- 2 mm (ischaemic and dilated cardiomyopathy); CMR ostium 8 +/- 3 mm (EF <= 35%)"),
        new Covariate("circumflexUnderCs", "0/1", "Bernoulli(0.84)",
            "AMADEUS procedural report: coronary arteries crossed by the CS in 36 of 43 (84%)"),
        new Covariate("circumflexCrossingMm", "mm", "TruncatedMarginal.normal(86.5, 21) truncated to [37, 123]",
            "Choure et al., JACC 2006;48:1938: CS ostium to circumflex crossing 86.5 +/- 21 mm (37-123)"),
        new Covariate("endDiastolicVolumeMl", "ml",
            "(1000 CO / HR + regurgitant volume) / (EF / 100); kept in [140, 500]",
            "definition; 140 ml is LVEDD > 55 mm (REDUCE-FMR inclusion), 500 ml a plausibility bound (assumption)"),
        new Covariate("endSystolicVolumeMl", "ml", "EDV (1 - EF / 100)", "definition"),
        new Covariate("regurgitantVolumeMl", "ml/beat",
            "EROA x 50.155 x 0.94 sqrt(SBP - PCWP) x 0.3 sqrt(60 / HR)",
            "Bernoulli orifice flow over the kernel's systole (model.md 1.1); shape factor fitted to the kernel"),
        new Covariate("regurgitantFractionPercent", "%", "regurgitant volume / (EDV - ESV)", "definition"),
        new Covariate("mrGrade", "grade", "2+ below 0.30 cm^2, 3+ below 0.40, else 4+",
            "EROA thresholds of Zoghbi et al., JASE 2003; 2+ extended down to 0.15 cm^2 (assumption)"));

    private MrCovariates() {
    }

    /**
     * Builds the latent correlation matrix from the table.
     *
     * @return a new {@code LATENT x LATENT} symmetric matrix with unit diagonal
     */
    public static double[][] correlationMatrix() {
        return GaussianCopula.correlationMatrix(LATENT, CORRELATIONS_PERCENT);
    }

    /**
     * Turns one latent vector into covariates: each latent through its marginal, then the derived ones.
     *
     * @param z latent standard normals, length at least {@link #LATENT}
     * @return covariates indexed as in this class, length {@link #COUNT}
     */
    public static double[] fromLatent(double[] z) {
        final double[] c = new double[COUNT];
        c[AGE] = AGE_YEARS.fromLatent(z[AGE]);
        c[FEMALE] = z[FEMALE] > FEMALE_CUT ? 1 : 0;
        c[NYHA] = z[NYHA] < NYHA_III_CUT ? 2 : z[NYHA] < NYHA_IV_CUT ? 3 : 4;
        c[EJECTION_FRACTION] = EJECTION_FRACTION_PERCENT.fromLatent(z[EJECTION_FRACTION]);
        c[FORWARD_OUTPUT] = FORWARD_OUTPUT_L_PER_MIN.fromLatent(z[FORWARD_OUTPUT]);
        c[EROA] = EROA_CM2.fromLatent(z[EROA]);
        c[HEART_RATE] = HEART_RATE_BPM.fromLatent(z[HEART_RATE]);
        c[SYSTOLIC] = SYSTOLIC_MMHG.fromLatent(z[SYSTOLIC]);
        c[DIASTOLIC] = DIASTOLIC_MMHG.fromLatent(z[DIASTOLIC]);
        c[WEDGE_PRESSURE] = WEDGE_MMHG.fromLatent(z[WEDGE_PRESSURE]);
        c[RIGHT_ATRIAL_PRESSURE] = RIGHT_ATRIAL_MMHG.fromLatent(z[RIGHT_ATRIAL_PRESSURE]);
        c[SIX_MINUTE_WALK] = WALK_M.fromLatent(z[SIX_MINUTE_WALK]);
        c[KCCQ] = KCCQ_SCORE.fromLatent(z[KCCQ]);
        c[ISCHAEMIC] = z[ISCHAEMIC] > ISCHAEMIC_CUT ? 1 : 0;
        c[LV_MASS] = LV_MASS_G.fromLatent(z[LV_MASS]);
        c[COLLATERAL_FLOW_INDEX] = CFI.fromLatent(z[COLLATERAL_FLOW_INDEX]);
        c[CS_DIAMETER] = CS_DIAMETER_MM.fromLatent(z[CS_DIAMETER]);
        c[CIRCUMFLEX_UNDER_CS] = z[CIRCUMFLEX_UNDER_CS] > UNDER_CUT ? 1 : 0;
        c[CROSSING_DISTANCE] = CROSSING_MM.fromLatent(z[CROSSING_DISTANCE]);

        final double regurgitant = regurgitantVolumeMl(c[EROA], c[SYSTOLIC], c[WEDGE_PRESSURE], c[HEART_RATE]);
        final double strokeVolume = 1000 * c[FORWARD_OUTPUT] / c[HEART_RATE] + regurgitant;
        c[END_DIASTOLIC_VOLUME] = strokeVolume / (c[EJECTION_FRACTION] / 100);
        c[END_SYSTOLIC_VOLUME] = c[END_DIASTOLIC_VOLUME] - strokeVolume;
        c[REGURGITANT_VOLUME] = regurgitant;
        c[REGURGITANT_FRACTION] = 100 * regurgitant / strokeVolume;
        c[MR_GRADE] = c[EROA] < GRADE_3_EROA ? 2 : c[EROA] < GRADE_4_EROA ? 3 : 4;
        return c;
    }

    /**
     * The regurgitant volume per beat of an orifice held open through systole (as in the PISA method,
     * {@code RVol = EROA x VTI}): Bernoulli velocity {@code 50.155 sqrt(dP)} cm/s at the peak systolic gradient
     * {@code SBP - PCWP}, over the kernel's systolic time {@code 0.3 sqrt(60 / HR)} s (model.md 1.1), times
     * {@link #REGURGITANT_SHAPE}. The shape factor stands for regurgitation lasting beyond {@code Ts} into
     * isovolumic relaxation and the gradient being below its peak most of the time; it was fitted so that the
     * kernel returns this volume on average (MrKernelFidelityTest).
     *
     * @param eroaCm2 effective regurgitant orifice area, cm^2
     * @param systolicMmHg systolic (peak LV) pressure, mmHg
     * @param wedgeMmHg mean left atrial (wedge) pressure, mmHg, below {@code systolicMmHg}
     * @param heartRateBpm heart rate, beats/min
     * @return the regurgitant volume, ml per beat
     */
    public static double regurgitantVolumeMl(double eroaCm2, double systolicMmHg, double wedgeMmHg,
            double heartRateBpm) {
        final double systoleS = 0.3 * Math.sqrt(60 / heartRateBpm);
        return eroaCm2 * ORIFICE_CM_PER_S_PER_SQRT_MMHG * REGURGITANT_SHAPE * Math.sqrt(systolicMmHg - wedgeMmHg)
                * systoleS;
    }
}
