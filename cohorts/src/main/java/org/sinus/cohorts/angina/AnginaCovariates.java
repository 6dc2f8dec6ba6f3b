package org.sinus.cohorts.angina;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.TruncatedMarginal;

/**
 * The covariate table of the refractory angina cohort (COSIRA population: CCS class III-IV angina despite optimal
 * medical therapy, no revascularisation option, reversible ischaemia in the left coronary system, LVEF &gt; 25%):
 * index, name, unit, marginal with its truncation, source, and the latent (Gaussian copula) correlations. This file
 * is a table; {@code docs/cohort-refractory-angina.md} repeats it with the reasoning and says which figures are
 * assumptions.
 *
 * <p>Inclusion and exclusion criteria that bound one covariate are applied here, by exact truncation of its marginal
 * (LVEF &gt; 25%, right atrial pressure &lt;= 15 mmHg, CCS class III or IV, a severe stenosis of at least 70%), so
 * the marginals describe enrolled patients, as a baseline table does, and cost no draws.
 *
 * <p>The six indicators (female sex, CCS class IV, prior CABG, prior PCI, diabetes, chronic total occlusion) are
 * thresholded latent normals: 1 when {@code z > Phi^-1(1 - p)}, so the prevalence is exactly {@code p} and their
 * latent correlations are tetrachoric / biserial. End-diastolic volume and LV mass use the marginal of the patient's
 * sex; the collateral flow index the marginal of an occluded or a stenosed culprit artery; the stenosis latent is
 * unused when the artery is occluded (the covariate is then 100%).
 */
public final class AnginaCovariates {
    public static final int AGE = 0;
    public static final int FEMALE = 1;
    public static final int HEART_RATE = 2;
    public static final int SYSTOLIC = 3;
    public static final int DIASTOLIC = 4;
    public static final int EJECTION_FRACTION = 5;
    public static final int END_DIASTOLIC_VOLUME = 6;
    public static final int LV_MASS = 7;
    public static final int CCS_CLASS = 8;
    public static final int SAQ_ANGINA_FREQUENCY = 9;
    public static final int PRIOR_CABG = 10;
    public static final int PRIOR_PCI = 11;
    public static final int DIABETES = 12;
    public static final int ISCHAEMIC_TERRITORY = 13;
    public static final int CHRONIC_TOTAL_OCCLUSION = 14;
    public static final int CULPRIT_STENOSIS = 15;
    public static final int COLLATERAL_FLOW_INDEX = 16;
    public static final int RIGHT_ATRIAL_PRESSURE = 17;
    public static final int WEDGE_PRESSURE = 18;
    /** Number of covariates (and of latent copula variables). */
    public static final int COUNT = 19;

    /** Women: 22% (REDUCER-I, 400 refractory angina patients treated with the Reducer: 78% men). */
    public static final double FEMALE_FRACTION = 0.22;
    /** CCS class IV among class III-IV patients (assumption, see docs). */
    public static final double CCS_IV_FRACTION = 0.25;
    /** Prior coronary bypass surgery (assumption, see docs). */
    public static final double PRIOR_CABG_FRACTION = 0.55;
    /** Prior PCI (assumption, see docs). */
    public static final double PRIOR_PCI_FRACTION = 0.70;
    /** Diabetes mellitus (assumption, see docs). */
    public static final double DIABETES_FRACTION = 0.40;
    /** Culprit territory fed by a chronic total occlusion rather than a severe stenosis (assumption, see docs). */
    public static final double CTO_FRACTION = 0.45;
    /** Smallest pulse pressure kept: a diastolic draw above {@code systolic - 20} is lowered to it (as for STEMI). */
    public static final double MIN_PULSE_PRESSURE_MMHG = 20;
    /** The stenosis covariate of an occluded culprit artery, % diameter. */
    public static final double OCCLUDED_STENOSIS_PERCENT = 100;

    static final TruncatedMarginal AGE_YEARS = TruncatedMarginal.normal(68.8, 9.7, 35, 95);
    static final TruncatedMarginal HEART_RATE_BPM = TruncatedMarginal.normal(66, 10, 45, 110);
    static final TruncatedMarginal SYSTOLIC_MMHG = TruncatedMarginal.normal(132, 17, 95, 190);
    static final TruncatedMarginal DIASTOLIC_MMHG = TruncatedMarginal.normal(74, 10, 45, 110);
    /** Inclusion LVEF &gt; 25% (COSIRA protocol, inclusion 5): the lower truncation bound. */
    static final TruncatedMarginal EJECTION_FRACTION_PERCENT = TruncatedMarginal.normal(55, 10, 25, 80);
    static final TruncatedMarginal EDV_MALE_ML = TruncatedMarginal.normal(145, 35, 80, 300);
    static final TruncatedMarginal EDV_FEMALE_ML = TruncatedMarginal.normal(110, 26, 60, 230);
    static final TruncatedMarginal LV_MASS_MALE_G = TruncatedMarginal.normal(140, 28, 80, 300);
    static final TruncatedMarginal LV_MASS_FEMALE_G = TruncatedMarginal.normal(105, 22, 60, 220);
    static final TruncatedMarginal SAQ_ANGINA_FREQUENCY_SCORE = TruncatedMarginal.normal(40, 20, 0, 100);
    static final TruncatedMarginal ISCHAEMIC_TERRITORY_PERCENT = TruncatedMarginal.normal(30, 9, 10, 60);
    /** Open culprit: a severe stenosis, at least 70% diameter (assumption, see docs). */
    static final TruncatedMarginal STENOSIS_PERCENT = TruncatedMarginal.normal(82, 7, 70, 95);
    /** CFI distal to a chronic total occlusion (Keulards et al., EuroIntervention 2022: wedge 34 +/- 11 mmHg). */
    static final TruncatedMarginal CFI_OCCLUDED = TruncatedMarginal.of(TruncatedMarginal.betaOfMoments(0.35, 0.12), 0.05, 0.6);
    /** CFI distal to a severe stenosis (assumption, see docs). */
    static final TruncatedMarginal CFI_STENOSED = TruncatedMarginal.of(TruncatedMarginal.betaOfMoments(0.18, 0.08), 0, 0.5);
    /** Exclusion mean right atrial pressure &gt; 15 mmHg: the upper truncation bound. */
    static final TruncatedMarginal RIGHT_ATRIAL_MMHG = TruncatedMarginal.logNormal(6, 0.40, 1, 15);
    static final TruncatedMarginal WEDGE_MMHG = TruncatedMarginal.logNormal(12, 0.35, 4, 30);

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double FEMALE_THRESHOLD = threshold(FEMALE_FRACTION);
    private static final double CCS_IV_THRESHOLD = threshold(CCS_IV_FRACTION);
    private static final double PRIOR_CABG_THRESHOLD = threshold(PRIOR_CABG_FRACTION);
    private static final double PRIOR_PCI_THRESHOLD = threshold(PRIOR_PCI_FRACTION);
    private static final double DIABETES_THRESHOLD = threshold(DIABETES_FRACTION);
    private static final double CTO_THRESHOLD = threshold(CTO_FRACTION);

    /**
     * Latent correlations {i, j, r x 100}; every pair not listed is 0. Reasons (all assumptions about direction and
     * rough size): docs/cohort-refractory-angina.md, "Correlations".
     */
    private static final int[][] CORRELATIONS_PERCENT = {
        {AGE, FEMALE, 10},
        {AGE, SYSTOLIC, 15},
        {AGE, DIASTOLIC, -15},
        {AGE, END_DIASTOLIC_VOLUME, -10},
        {AGE, PRIOR_CABG, 15},
        {AGE, WEDGE_PRESSURE, 10},
        {FEMALE, HEART_RATE, 10},
        {FEMALE, EJECTION_FRACTION, 15},
        {FEMALE, PRIOR_CABG, -15},
        {HEART_RATE, DIASTOLIC, 15},
        {HEART_RATE, EJECTION_FRACTION, -15},
        {SYSTOLIC, DIASTOLIC, 60},
        {SYSTOLIC, LV_MASS, 15},
        {EJECTION_FRACTION, END_DIASTOLIC_VOLUME, -40},
        {EJECTION_FRACTION, ISCHAEMIC_TERRITORY, -15},
        {EJECTION_FRACTION, WEDGE_PRESSURE, -30},
        {END_DIASTOLIC_VOLUME, LV_MASS, 50},
        {END_DIASTOLIC_VOLUME, WEDGE_PRESSURE, 15},
        {CCS_CLASS, SAQ_ANGINA_FREQUENCY, -50},
        {CCS_CLASS, ISCHAEMIC_TERRITORY, 15},
        {SAQ_ANGINA_FREQUENCY, ISCHAEMIC_TERRITORY, -15},
        {PRIOR_CABG, DIABETES, 15},
        {PRIOR_CABG, CHRONIC_TOTAL_OCCLUSION, 20},
        {ISCHAEMIC_TERRITORY, COLLATERAL_FLOW_INDEX, -20},
        {CULPRIT_STENOSIS, COLLATERAL_FLOW_INDEX, 20},
        {RIGHT_ATRIAL_PRESSURE, WEDGE_PRESSURE, 40},
    };

    private static final List<Covariate> COVARIATES = List.of(
        new Covariate("ageYears", "years", "TruncatedMarginal.normal(68.8, 9.7) truncated to [35, 95]",
            "REDUCER-I (400 patients): mean 68.8 +/- 9.7; bounds assumption (COSIRA inclusion: > 18 years)"),
        new Covariate("female", "0/1", "Bernoulli(0.22)", "REDUCER-I: 78% men"),
        new Covariate("heartRateBpm", "beats/min", "TruncatedMarginal.normal(66, 10) truncated to [45, 110]",
            "assumption: resting rate on beta-blockade (optimal medical therapy)"),
        new Covariate("systolicPressureMmHg", "mmHg", "TruncatedMarginal.normal(132, 17) truncated to [95, 190]",
            "assumption: treated chronic coronary disease"),
        new Covariate("diastolicPressureMmHg", "mmHg",
            "TruncatedMarginal.normal(74, 10) truncated to [45, 110], then at most systolic - 20", "assumption"),
        new Covariate("ejectionFractionPercent", "%", "TruncatedMarginal.normal(55, 10) truncated to [25, 80]",
            "COSIRA inclusion LVEF > 25% (exact truncation); mean and SD assumption"),
        new Covariate("endDiastolicVolumeMl", "ml",
            "men TruncatedMarginal.normal(145, 35) on [80, 300], women TruncatedMarginal.normal(110, 26) on [60, 230]",
            "assumption: CMR norms for the late sixties, widened for ischaemic remodelling"),
        new Covariate("lvMassG", "g", "men TruncatedMarginal.normal(140, 28) on [80, 300], women TruncatedMarginal.normal(105, 22) on [60, 220]",
            "assumption: CMR norms plus hypertensive hypertrophy"),
        new Covariate("ccsClass", "class", "3 or 4; P(4) = 0.25",
            "COSIRA inclusion CCS III-IV (by construction); class IV share assumption"),
        new Covariate("saqAnginaFrequency", "score 0-100", "TruncatedMarginal.normal(40, 20) truncated to [0, 100]",
            "assumption: Seattle Angina Questionnaire angina frequency, 100 = no angina"),
        new Covariate("priorCabg", "0/1", "Bernoulli(0.55)", "assumption"),
        new Covariate("priorPci", "0/1", "Bernoulli(0.70)", "assumption"),
        new Covariate("diabetes", "0/1", "Bernoulli(0.40)", "assumption"),
        new Covariate("ischaemicTerritoryPercentLv", "% LV", "TruncatedMarginal.normal(30, 9) truncated to [10, 60]",
            "assumption: one left-coronary territory (COSIRA inclusion 4)"),
        new Covariate("chronicTotalOcclusion", "0/1", "Bernoulli(0.45)", "assumption"),
        new Covariate("culpritStenosisPercent", "% diameter",
            "100 if occluded, else TruncatedMarginal.normal(82, 7) truncated to [70, 95]",
            "assumption: a severe (>= 70%) stenosis not amenable to revascularisation"),
        new Covariate("collateralFlowIndex", "1",
            "occluded: beta mean 0.35, SD 0.12 on [0.05, 0.6]; stenosed: beta mean 0.18, SD 0.08 on [0, 0.5]",
            "occluded: Keulards et al., EuroIntervention 2022 (wedge 34 +/- 11 mmHg); stenosed: assumption"),
        new Covariate("rightAtrialPressureMmHg", "mmHg", "log-normal, median 6, sigma 0.40, truncated to [1, 15]",
            "exclusion RAP > 15 mmHg (exact truncation); median and sigma assumption"),
        new Covariate("wedgePressureMmHg", "mmHg", "log-normal, median 12, sigma 0.35, truncated to [4, 30]",
            "assumption: compensated outpatients (COSIRA excludes decompensated heart failure)"));

    private AnginaCovariates() {
    }

    /**
     * Returns the covariates, in index order.
     *
     * @return an immutable list of {@link #COUNT} covariates
     */
    public static List<Covariate> covariates() {
        return COVARIATES;
    }

    /**
     * Builds the latent correlation matrix from the table.
     *
     * @return a new {@code COUNT x COUNT} symmetric matrix with unit diagonal
     */
    public static double[][] correlationMatrix() {
        return GaussianCopula.correlationMatrix(COUNT, CORRELATIONS_PERCENT);
    }

    /**
     * Turns one latent vector into covariates: each continuous one through its truncated marginal (of the patient's
     * sex for EDV and LV mass, of the culprit's state for CFI), the indicators by threshold. A pure function.
     *
     * @param z latent standard normals, length {@link #COUNT}; not modified
     * @return covariates indexed as in this class
     */
    public static double[] fromLatent(double[] z) {
        final double[] c = new double[COUNT];
        final boolean female = z[FEMALE] > FEMALE_THRESHOLD;
        final boolean occluded = z[CHRONIC_TOTAL_OCCLUSION] > CTO_THRESHOLD;
        c[AGE] = AGE_YEARS.fromLatent(z[AGE]);
        c[FEMALE] = female ? 1 : 0;
        c[HEART_RATE] = HEART_RATE_BPM.fromLatent(z[HEART_RATE]);
        c[SYSTOLIC] = SYSTOLIC_MMHG.fromLatent(z[SYSTOLIC]);
        c[DIASTOLIC] = Math.min(DIASTOLIC_MMHG.fromLatent(z[DIASTOLIC]), c[SYSTOLIC] - MIN_PULSE_PRESSURE_MMHG);
        c[EJECTION_FRACTION] = EJECTION_FRACTION_PERCENT.fromLatent(z[EJECTION_FRACTION]);
        c[END_DIASTOLIC_VOLUME] = (female ? EDV_FEMALE_ML : EDV_MALE_ML).fromLatent(z[END_DIASTOLIC_VOLUME]);
        c[LV_MASS] = (female ? LV_MASS_FEMALE_G : LV_MASS_MALE_G).fromLatent(z[LV_MASS]);
        c[CCS_CLASS] = z[CCS_CLASS] > CCS_IV_THRESHOLD ? 4 : 3;
        c[SAQ_ANGINA_FREQUENCY] = SAQ_ANGINA_FREQUENCY_SCORE.fromLatent(z[SAQ_ANGINA_FREQUENCY]);
        c[PRIOR_CABG] = z[PRIOR_CABG] > PRIOR_CABG_THRESHOLD ? 1 : 0;
        c[PRIOR_PCI] = z[PRIOR_PCI] > PRIOR_PCI_THRESHOLD ? 1 : 0;
        c[DIABETES] = z[DIABETES] > DIABETES_THRESHOLD ? 1 : 0;
        c[ISCHAEMIC_TERRITORY] = ISCHAEMIC_TERRITORY_PERCENT.fromLatent(z[ISCHAEMIC_TERRITORY]);
        c[CHRONIC_TOTAL_OCCLUSION] = occluded ? 1 : 0;
        c[CULPRIT_STENOSIS] = occluded ? OCCLUDED_STENOSIS_PERCENT : STENOSIS_PERCENT.fromLatent(z[CULPRIT_STENOSIS]);
        c[COLLATERAL_FLOW_INDEX] = (occluded ? CFI_OCCLUDED : CFI_STENOSED).fromLatent(z[COLLATERAL_FLOW_INDEX]);
        c[RIGHT_ATRIAL_PRESSURE] = RIGHT_ATRIAL_MMHG.fromLatent(z[RIGHT_ATRIAL_PRESSURE]);
        c[WEDGE_PRESSURE] = WEDGE_MMHG.fromLatent(z[WEDGE_PRESSURE]);
        return c;
    }

    /** Latent threshold of an indicator of prevalence {@code p}. */
    private static double threshold(double p) {
        return STANDARD_NORMAL.inverseSurvivalProbability(p);
    }
}
