package org.sinus.cohorts.cto;

import java.util.List;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.TruncatedMarginal;

/**
 * The feature table of the CTO lesion sampler: latent index, marginal distribution, source, and the latent
 * (Gaussian copula) correlations. This file is a table; {@code docs/cto-lesions.md} repeats it with the reasoning.
 * The population is contemporary all-comer CTO PCI at expert centres (PROGRESS-CTO, EuroCTO registries). Figures
 * marked "assumption" are not from a publication.
 *
 * <p>Categorical features are thresholded latent normals: category {@code k} when the latent lies between the
 * standard normal quantiles of the cumulative probabilities, so every prevalence is exact and the latent
 * correlations are polychoric. Categories are ordered by difficulty, so a positive latent correlation means "harder
 * with harder". Calcification is latent 0 so that {@link CtoLesionSampler#heavilyCalcified()} can condition on it
 * exactly.
 */
public final class CtoCovariates {
    public static final int CALCIFICATION = 0;
    public static final int CT_CALCIUM = 1;
    public static final int AGE = 2;
    public static final int PRIOR_CABG = 3;
    public static final int PRIOR_MI = 4;
    public static final int PREVIOUS_FAILURE = 5;
    public static final int DURATION = 6;
    public static final int VESSEL = 7;
    public static final int LENGTH = 8;
    public static final int CAP = 9;
    public static final int SIDE_BRANCH = 10;
    public static final int BENDING = 11;
    public static final int TORTUOSITY = 12;
    public static final int COLLATERALS = 13;
    public static final int MULTIPLE_OCCLUSIONS = 14;
    /** Number of features (and of latent copula variables, and of normal deviates drawn per lesion). */
    public static final int COUNT = 15;

    /** Angiographic calcification none / mild / moderate / severe: any 61% (seed), moderate+severe 46.6%. */
    public static final Ordinal CALCIFICATION_LEVELS = Ordinal.of(0.39, 0.144, 0.266, 0.20);
    /** CT calcium: under 50% CSA / 50%+ / peripheral / whole lumen; 50%+ in 45% (assumption near 48%). */
    public static final Ordinal CT_CALCIUM_LEVELS = Ordinal.of(0.55, 0.10, 0.20, 0.15);
    /** Prior CABG: EuroCTO registry 2015-2017, pooled over its three duration groups. */
    public static final Ordinal PRIOR_CABG_RATE = Ordinal.indicator(0.17);
    /** Prior myocardial infarction (assumption). */
    public static final Ordinal PRIOR_MI_RATE = Ordinal.indicator(0.40);
    /** Previous failed attempt on this occlusion (assumption). */
    public static final Ordinal PREVIOUS_FAILURE_RATE = Ordinal.indicator(0.15);
    /** Duration under 12 months / 12 months or more / unknown: 41% over 12 months where known (EuroCTO). */
    public static final Ordinal DURATION_LEVELS = Ordinal.of(0.4425, 0.3075, 0.25);
    /** Vessel LAD / LCx / RCA: PROGRESS-CTO, 7,043 lesions. */
    public static final Ordinal VESSEL_SHARES = Ordinal.of(0.33, 0.13, 0.54);
    /** Proximal cap tapered / blunt / ambiguous (assumption). */
    public static final Ordinal CAP_LEVELS = Ordinal.of(0.45, 0.25, 0.30);
    /** Side branch at the proximal cap (assumption). */
    public static final Ordinal SIDE_BRANCH_RATE = Ordinal.indicator(0.40);
    /** Bend over 45 degrees in the occluded segment (assumption). */
    public static final Ordinal BENDING_RATE = Ordinal.indicator(0.30);
    /** Proximal tortuosity none-or-mild / moderate / severe / unseen (assumption). */
    public static final Ordinal TORTUOSITY_LEVELS = Ordinal.of(0.70, 0.20, 0.07, 0.03);
    /** Interventional collaterals present: PROGRESS-CTO US centres, weighted over proximal/mid/distal CTOs. */
    public static final Ordinal COLLATERALS_RATE = Ordinal.indicator(0.58);
    /** More than one occluded segment in the target vessel (assumption). */
    public static final Ordinal MULTIPLE_OCCLUSIONS_RATE = Ordinal.indicator(0.15);

    /** Age, years: US and UK CTO PCI registries report 65.5-66 +/- 10-11. */
    static final TruncatedMarginal AGE_YEARS = TruncatedMarginal.of(NormalDistribution.of(66, 10), 35, 90);
    /** Occlusion length, mm: log-normal, median 24, sigma 0.6 (assumption), on [3, 150]. */
    static final TruncatedMarginal LENGTH_MM =
            TruncatedMarginal.of(LogNormalDistribution.of(Math.log(24), 0.6), 3, 150);

    /**
     * Latent correlations {i, j, r x 100}; every pair not listed is 0. Reasons and sources: docs/cto-lesions.md,
     * "Correlations".
     */
    private static final int[][] CORRELATIONS_PERCENT = {
        {CALCIFICATION, CT_CALCIUM, 80},
        {CALCIFICATION, AGE, 25},
        {CALCIFICATION, PRIOR_CABG, 30},
        {CALCIFICATION, PREVIOUS_FAILURE, 20},
        {CALCIFICATION, DURATION, 20},
        {CALCIFICATION, LENGTH, 30},
        {CALCIFICATION, CAP, 20},
        {CALCIFICATION, TORTUOSITY, 20},
        {CALCIFICATION, COLLATERALS, 15},
        {AGE, PRIOR_CABG, 20},
        {AGE, PRIOR_MI, 10},
        {AGE, DURATION, 15},
        {PRIOR_CABG, PRIOR_MI, 20},
        {PRIOR_CABG, DURATION, 45},
        {PREVIOUS_FAILURE, LENGTH, 20},
        {PREVIOUS_FAILURE, CAP, 20},
        {DURATION, LENGTH, 25},
        {DURATION, COLLATERALS, 15},
        {LENGTH, CAP, 20},
        {LENGTH, BENDING, 25},
        {LENGTH, MULTIPLE_OCCLUSIONS, 20},
        {CAP, SIDE_BRANCH, 50},
        {BENDING, TORTUOSITY, 30},
    };

    /** The features, in latent index order. */
    public static final List<Covariate> COVARIATES = List.of(
        new Covariate("calcification", "category", "none 0.39, mild 0.144, moderate 0.266, severe 0.20",
            "any 61% (seed 001: Fujii et al., angiography); moderate/severe 46.6% (PROGRESS-CTO 2012-2023,"
                + " 13,079 CTO PCIs); severe 0.20 of all: assumption"),
        new Covariate("ctCalcium", "category", "CSA under 50% 0.55, 50%+ 0.10, peripheral 0.20, whole lumen 0.15",
            "CSA 50%+ in 45%: assumption near the 48% 'severe' on CTA of the CASTLE-CTA study (154 CTOs);"
                + " split: assumption"),
        new Covariate("ageYears", "years", "normal(66, 10) truncated to [35, 90]",
            "Karacsonyi et al. 2017 (1,453 US patients, 65.5 +/- 10); Garcia et al. 2016 (66 +/- 10)"),
        new Covariate("priorCabg", "0/1", "Bernoulli(0.17)",
            "EuroCTO registry 2015-2017 (Bryniarski et al. 2019, n = 4,044): 8.2 / 9.9 / 29.4% by duration group"),
        new Covariate("priorMyocardialInfarction", "0/1", "Bernoulli(0.40)", "assumption"),
        new Covariate("previousFailedAttempt", "0/1", "Bernoulli(0.15)", "assumption"),
        new Covariate("duration", "category", "under 12 months 0.4425, 12+ months 0.3075, unknown 0.25",
            "EuroCTO (Bryniarski 2019): 1,656 of 4,044 known durations over 12 months (41%); unknown 0.25:"
                + " assumption"),
        new Covariate("vessel", "category", "LAD 0.33, LCx 0.13, RCA 0.54",
            "PROGRESS-CTO, 7,043 lesions (J-CTO per-artery validation, 2024)"),
        new Covariate("lengthMm", "mm", "log-normal, median 24, sigma 0.6, truncated to [3, 150]", "assumption"),
        new Covariate("cap", "category", "tapered 0.45, blunt 0.25, ambiguous 0.30", "assumption"),
        new Covariate("sideBranchAtCap", "0/1", "Bernoulli(0.40)", "assumption"),
        new Covariate("bendOver45Deg", "0/1", "Bernoulli(0.30)", "assumption"),
        new Covariate("proximalTortuosity", "category", "none/mild 0.70, moderate 0.20, severe 0.07, unseen 0.03",
            "assumption"),
        new Covariate("interventionalCollaterals", "0/1", "Bernoulli(0.58)",
            "Garcia et al. 2016 (1,369 US lesions): 64 / 53 / 56% in proximal / mid / distal CTOs (46 / 41 / 13%)"),
        new Covariate("multipleOcclusions", "0/1", "Bernoulli(0.15)", "assumption"));

    private CtoCovariates() {
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
     * An ordered categorical marginal: category {@code k} when the latent standard normal lies between the
     * quantiles of the cumulative probabilities {@code p_0 + ... + p_(k-1)} and {@code p_0 + ... + p_k}. An
     * indicator is the two-category case (0 absent, 1 present). Immutable.
     */
    public static final class Ordinal {
        private final double[] probabilities;
        private final double[] cuts;

        private Ordinal(double[] probabilities) {
            double sum = 0;
            for (double p : probabilities) {
                if (!(p > 0 && p < 1)) {
                    throw new IllegalArgumentException("category probability " + p + " is outside (0, 1)");
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > 1e-12) {
                throw new IllegalArgumentException("category probabilities sum to " + sum + ", expected 1");
            }
            this.probabilities = probabilities;
            this.cuts = new double[probabilities.length - 1];
            final NormalDistribution standard = NormalDistribution.of(0, 1);
            double cumulative = 0;
            for (int k = 0; k < cuts.length; k++) {
                cumulative += probabilities[k];
                cuts[k] = standard.inverseCumulativeProbability(cumulative);
            }
        }

        /**
         * Makes a categorical marginal.
         *
         * @param probabilities category probabilities in difficulty order, each in (0, 1), summing to 1
         * @return the marginal
         */
        public static Ordinal of(double... probabilities) {
            return new Ordinal(probabilities.clone());
        }

        /**
         * Makes an indicator.
         *
         * @param prevalence probability of 1
         * @return the two-category marginal {absent, present}
         */
        public static Ordinal indicator(double prevalence) {
            return new Ordinal(new double[] {1 - prevalence, prevalence});
        }

        /**
         * Returns the probability of one category.
         *
         * @param k the category
         * @return its probability
         */
        public double probability(int k) {
            return probabilities[k];
        }

        /**
         * Returns the number of categories.
         *
         * @return 2 for an indicator
         */
        public int size() {
            return probabilities.length;
        }

        /**
         * Returns the category of a latent value.
         *
         * @param z the latent standard normal
         * @return the number of cut points at or below {@code z}
         */
        public int category(double z) {
            int k = 0;
            while (k < cuts.length && z >= cuts[k]) {
                k++;
            }
            return k;
        }

        /**
         * Whether an indicator is present.
         *
         * @param z the latent standard normal
         * @return {@code category(z) == 1}
         */
        public boolean present(double z) {
            return category(z) == 1;
        }
    }
}
