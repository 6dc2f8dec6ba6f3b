package org.sinus.cohorts.cto;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.TruncatedMarginal;
import org.sinus.cohorts.cto.CtoCovariates.Ordinal;

/**
 * The patient table of the CTO PCI cohorts: latent index, marginal per population, and the latent correlations. A
 * table; {@code docs/cto-lesions.md}, "CTO PCI cohorts", repeats it with the reasoning. Figures marked "recalled" are
 * from memory of the named paper's baseline table and not checked; "assumption" is ours.
 *
 * <p>Latent 0 is age, shared with the lesion ({@link CtoCovariates#AGE}): the cohort passes the lesion's age latent
 * as the first deviate of this copula, so the patient covariates follow their exact conditional law given the
 * lesion's age (with {@code R_00 = 1}, the Cholesky factor's first column is the first column of {@code R}).
 */
public final class CtoPatientCovariates {
    public static final int AGE = 0;
    public static final int FEMALE = 1;
    public static final int DIABETES = 2;
    public static final int EJECTION_FRACTION = 3;
    public static final int HEART_RATE = 4;
    public static final int SYSTOLIC = 5;
    public static final int DIASTOLIC = 6;
    public static final int LVEDP = 7;
    public static final int RIGHT_ATRIAL = 8;
    public static final int END_DIASTOLIC_VOLUME = 9;
    public static final int LV_MASS = 10;
    public static final int COLLATERAL_FLOW_INDEX = 11;
    public static final int AT_RISK = 12;
    /** Patient latents (the first shared with the lesion). */
    public static final int LATENT = 13;

    // Lesion fields appended to the covariate vector.
    public static final int PRIOR_CABG = 13;
    public static final int CALCIFICATION_GRADE = 14;
    public static final int VESSEL = 15;
    public static final int OCCLUSION_LENGTH = 16;
    public static final int J_CTO = 17;
    /** Length of {@code VirtualPatient.covariates()}. */
    public static final int COUNT = 18;

    /** Covariates, in {@code VirtualPatient.covariates()} order. */
    public static final List<Covariate> COVARIATES = List.of(
            new Covariate("ageYears", "years", "age (the lesion's)", "CtoCovariates: normal(66, 10) on [35, 90]"),
            new Covariate("female", "0/1", "female sex", "PROGRESS-CTO about 15% women (recalled)"),
            new Covariate("diabetes", "0/1", "diabetes mellitus", "CTO registries about 40% (recalled)"),
            new Covariate("ejectionFractionPercent", "%", "LV ejection fraction", "by population, docs/cto-lesions.md"),
            new Covariate("heartRateBpm", "beats/min", "heart rate", "assumption"),
            new Covariate("systolicPressureMmHg", "mmHg", "systolic pressure", "assumption"),
            new Covariate("diastolicPressureMmHg", "mmHg", "diastolic pressure", "assumption"),
            new Covariate("lvedpMmHg", "mmHg", "LV end-diastolic pressure", "assumption"),
            new Covariate("rightAtrialPressureMmHg", "mmHg", "right atrial pressure", "assumption"),
            new Covariate("endDiastolicVolumeMl", "ml", "LV end-diastolic volume", "assumption, by sex"),
            new Covariate("lvMassG", "g", "LV mass", "assumption, by sex"),
            new Covariate("collateralFlowIndex", "1", "CFI of the CTO territory",
                    "CTO collaterals 0.1-0.3 (Werner et al., recalled), by collateral grade"),
            new Covariate("atRiskPercentLv", "% LV", "CTO territory", "by vessel, assumption"),
            new Covariate("priorCabg", "0/1", "previous CABG (the lesion's)", "CtoCovariates"),
            new Covariate("calcificationGrade", "0-3", "angiographic calcium none/mild/moderate/severe",
                    "CtoCovariates"),
            new Covariate("vessel", "0-2", "CTO vessel LAD/LCx/RCA", "CtoCovariates"),
            new Covariate("occlusionLengthMm", "mm", "occlusion length", "CtoCovariates"),
            new Covariate("jCtoScore", "points", "J-CTO score", "CtoScores"));

    static final Ordinal FEMALE_RATE = Ordinal.indicator(0.15);
    static final Ordinal DIABETES_RATE = Ordinal.indicator(0.40);
    /** High-risk PCI: PROTECT II about 20% women, 50% diabetes (O'Neill et al., Circulation 2012; recalled). */
    static final Ordinal FEMALE_RATE_HIGH_RISK = Ordinal.indicator(0.20);
    static final Ordinal DIABETES_RATE_HIGH_RISK = Ordinal.indicator(0.50);

    /** CFI with interventional (well-developed) collaterals: beta mean 0.24, SD 0.08 (assumption, see docs). */
    static final TruncatedMarginal CFI_GOOD = TruncatedMarginal.of(TruncatedMarginal.betaOfMoments(0.24, 0.08),
            0.03, 0.5);
    /** CFI without interventional collaterals: beta mean 0.18, SD 0.07 (assumption). */
    static final TruncatedMarginal CFI_POOR = TruncatedMarginal.of(TruncatedMarginal.betaOfMoments(0.18, 0.07),
            0.03, 0.5);
    /** CTO territory, fraction of LV, by vessel LAD / LCx / RCA (assumption, see docs). */
    static final TruncatedMarginal[] AT_RISK_BY_VESSEL = {
        TruncatedMarginal.normal(0.38, 0.07, 0.15, 0.60),
        TruncatedMarginal.normal(0.22, 0.06, 0.08, 0.40),
        TruncatedMarginal.normal(0.25, 0.06, 0.08, 0.45)};

    private CtoPatientCovariates() {
    }

    /**
     * The marginals that differ between populations.
     *
     * @param female prevalence of women
     * @param diabetes prevalence of diabetes
     * @param ejectionFraction LVEF, %
     * @param heartRate bpm
     * @param systolic mmHg
     * @param diastolic mmHg (then at most systolic - 20)
     * @param lvedp mmHg
     * @param rightAtrial mmHg
     * @param edvMen end-diastolic volume of men, ml
     * @param edvWomen of women, ml
     * @param massMen LV mass of men, g
     * @param massWomen of women, g
     * @param atRiskScale multiplier of the CTO territory's share of the LV
     */
    record Marginals(Ordinal female, Ordinal diabetes, TruncatedMarginal ejectionFraction,
            TruncatedMarginal heartRate, TruncatedMarginal systolic, TruncatedMarginal diastolic,
            TruncatedMarginal lvedp, TruncatedMarginal rightAtrial, TruncatedMarginal edvMen,
            TruncatedMarginal edvWomen, TruncatedMarginal massMen, TruncatedMarginal massWomen, double atRiskScale) {
    }

    /** Elective CTO PCI at expert centres (PROGRESS-CTO, EuroCTO); LVEF 50 +/- 12% (recalled). */
    static final Marginals ALL_COMERS = new Marginals(FEMALE_RATE, DIABETES_RATE,
            TruncatedMarginal.normal(50, 12, 15, 70),
            TruncatedMarginal.normal(68, 11, 45, 110),
            TruncatedMarginal.normal(134, 20, 90, 200),
            TruncatedMarginal.normal(74, 11, 45, 110),
            TruncatedMarginal.logNormal(14, 0.35, 5, 35),
            TruncatedMarginal.logNormal(6, 0.40, 1, 20),
            TruncatedMarginal.normal(150, 35, 100, 350),
            TruncatedMarginal.normal(115, 28, 80, 280),
            TruncatedMarginal.normal(150, 30, 80, 300),
            TruncatedMarginal.normal(110, 24, 60, 220), 1.0);

    /**
     * PROTECT II's population (O'Neill et al., Circulation 2012; recalled: LVEF 23 +/- 6%, inclusion LVEF 35% or
     * less): severe LV dysfunction, lower pressures, higher filling pressures, dilated ventricles (assumptions), and
     * a territory enlarged by 1.3 because the target is the last patent vessel or left main (assumption).
     */
    static final Marginals HIGH_RISK = new Marginals(FEMALE_RATE_HIGH_RISK, DIABETES_RATE_HIGH_RISK,
            TruncatedMarginal.normal(24, 6.5, 10, 35),
            TruncatedMarginal.normal(76, 13, 50, 120),
            TruncatedMarginal.normal(118, 18, 85, 180),
            TruncatedMarginal.normal(68, 10, 45, 100),
            TruncatedMarginal.logNormal(20, 0.35, 6, 40),
            TruncatedMarginal.logNormal(9, 0.40, 2, 22),
            TruncatedMarginal.normal(220, 55, 120, 450),
            TruncatedMarginal.normal(175, 45, 100, 380),
            TruncatedMarginal.normal(190, 40, 100, 350),
            TruncatedMarginal.normal(150, 32, 80, 280), 1.3);

    /** Latent correlations in percent, {i, j, r}; all other pairs 0 (assumptions; reasons in the docs). */
    static final int[][] CORRELATIONS = {
        {AGE, FEMALE, 20}, {AGE, DIABETES, 5}, {AGE, EJECTION_FRACTION, -10}, {AGE, SYSTOLIC, 15},
        {AGE, DIASTOLIC, -10}, {AGE, LVEDP, 10}, {FEMALE, HEART_RATE, 10}, {DIABETES, COLLATERAL_FLOW_INDEX, -15},
        {DIABETES, EJECTION_FRACTION, -10}, {EJECTION_FRACTION, END_DIASTOLIC_VOLUME, -50},
        {EJECTION_FRACTION, LVEDP, -30}, {EJECTION_FRACTION, HEART_RATE, -20}, {EJECTION_FRACTION, SYSTOLIC, 10},
        {EJECTION_FRACTION, COLLATERAL_FLOW_INDEX, 10}, {EJECTION_FRACTION, AT_RISK, -20}, {SYSTOLIC, DIASTOLIC, 60},
        {SYSTOLIC, LV_MASS, 15}, {HEART_RATE, DIASTOLIC, 15}, {LVEDP, RIGHT_ATRIAL, 40},
        {LVEDP, END_DIASTOLIC_VOLUME, 15}, {END_DIASTOLIC_VOLUME, LV_MASS, 50}};

    /** The copula of the patient latents. */
    static final GaussianCopula COPULA = GaussianCopula.of(correlationMatrix());

    /**
     * The latent correlation matrix.
     *
     * @return a new {@value #LATENT} x {@value #LATENT} matrix
     */
    public static double[][] correlationMatrix() {
        return GaussianCopula.correlationMatrix(LATENT, CORRELATIONS);
    }

    /** The lesion's age latent, recovered from its age: {@code Phi^-1(F(age))}. */
    static double ageLatent(double ageYears) {
        final double u = CtoCovariates.AGE_YEARS.cumulativeProbability(ageYears);
        return NormalDistribution.of(0, 1).inverseCumulativeProbability(Math.min(1 - 1e-16, Math.max(1e-16, u)));
    }
}
