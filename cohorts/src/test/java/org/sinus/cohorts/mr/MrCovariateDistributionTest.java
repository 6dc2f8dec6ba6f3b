package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sinus.cohorts.mr.MrCovariates.AGE;
import static org.sinus.cohorts.mr.MrCovariates.CIRCUMFLEX_UNDER_CS;
import static org.sinus.cohorts.mr.MrCovariates.COLLATERAL_FLOW_INDEX;
import static org.sinus.cohorts.mr.MrCovariates.CROSSING_DISTANCE;
import static org.sinus.cohorts.mr.MrCovariates.CS_DIAMETER;
import static org.sinus.cohorts.mr.MrCovariates.DIASTOLIC;
import static org.sinus.cohorts.mr.MrCovariates.EJECTION_FRACTION;
import static org.sinus.cohorts.mr.MrCovariates.FORWARD_OUTPUT;
import static org.sinus.cohorts.mr.MrCovariates.EROA;
import static org.sinus.cohorts.mr.MrCovariates.FEMALE;
import static org.sinus.cohorts.mr.MrCovariates.HEART_RATE;
import static org.sinus.cohorts.mr.MrCovariates.ISCHAEMIC;
import static org.sinus.cohorts.mr.MrCovariates.KCCQ;
import static org.sinus.cohorts.mr.MrCovariates.LATENT;
import static org.sinus.cohorts.mr.MrCovariates.LV_MASS;
import static org.sinus.cohorts.mr.MrCovariates.NYHA;
import static org.sinus.cohorts.mr.MrCovariates.RIGHT_ATRIAL_PRESSURE;
import static org.sinus.cohorts.mr.MrCovariates.SIX_MINUTE_WALK;
import static org.sinus.cohorts.mr.MrCovariates.SYSTOLIC;
import static org.sinus.cohorts.mr.MrCovariates.WEDGE_PRESSURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.SampleStatistics;
import org.sinus.cohorts.TruncatedSpec;

/**
 * The covariates of 20,000 single attempts (before the criteria applied by rejection, {@link MrSample#draws})
 * against the specification of {@code docs/cohort-functional-mr.md}, restated here as literals so that a typo in
 * {@link MrCovariates} is caught.
 *
 * <p>False-failure rate: every check allows {@link MrSample#Z} = 4 standard errors, a two-sided probability of
 * 6.3e-5 each; with 75 quantile checks, 6 category frequencies and 171 correlation checks the chance that a correct
 * implementation fails with a fresh seed is below 1.6% (Bonferroni). The seeds are fixed, so the suite never flakes.
 */
class MrCovariateDistributionTest {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double[] PROBABILITIES = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** A discrete marginal: value {@code values[k]} with probability {@code probabilities[k]}, cut from one latent. */
    private record Levels(double[] values, double[] probabilities) {
        /** Cut points of the latent, with -inf and +inf at the ends. */
        double[] cuts() {
            final double[] c = new double[values.length + 1];
            c[0] = Double.NEGATIVE_INFINITY;
            c[values.length] = Double.POSITIVE_INFINITY;
            double cumulative = 0;
            for (int k = 1; k < values.length; k++) {
                cumulative += probabilities[k - 1];
                c[k] = STANDARD_NORMAL.inverseCumulativeProbability(cumulative);
            }
            return c;
        }

        double mean() {
            double m = 0;
            for (int k = 0; k < values.length; k++) {
                m += probabilities[k] * values[k];
            }
            return m;
        }

        double sd() {
            final double m = mean();
            double v = 0;
            for (int k = 0; k < values.length; k++) {
                v += probabilities[k] * (values[k] - m) * (values[k] - m);
            }
            return Math.sqrt(v);
        }

        double at(double z) {
            final double[] c = cuts();
            int k = 0;
            while (z >= c[k + 1]) {
                k++;
            }
            return values[k];
        }

        /** E[value | the other latent = x], latents correlated r. */
        double conditionalMean(double x, double r) {
            final double[] c = cuts();
            final double s = Math.sqrt(1 - r * r);
            double m = 0;
            for (int k = 0; k < values.length; k++) {
                m += values[k] * (STANDARD_NORMAL.cumulativeProbability((c[k + 1] - r * x) / s)
                        - STANDARD_NORMAL.cumulativeProbability((c[k] - r * x) / s));
            }
            return m;
        }
    }

    /** docs/cohort-functional-mr.md, correlation table, restated: {i, j, r x 100}; all other pairs 0. */
    private static final int[][] SPECIFIED_PERCENT = {
        {AGE, FEMALE, 10}, {AGE, NYHA, 10}, {AGE, FORWARD_OUTPUT, -15}, {AGE, SYSTOLIC, 10},
        {AGE, SIX_MINUTE_WALK, -25}, {AGE, ISCHAEMIC, 25}, {FEMALE, FORWARD_OUTPUT, -25},
        {FEMALE, SIX_MINUTE_WALK, -20}, {FEMALE, KCCQ, -10}, {FEMALE, ISCHAEMIC, -25}, {FEMALE, LV_MASS, -40},
        {NYHA, EJECTION_FRACTION, -15}, {NYHA, FORWARD_OUTPUT, -20}, {NYHA, EROA, 15}, {NYHA, WEDGE_PRESSURE, 30},
        {NYHA, SIX_MINUTE_WALK, -45}, {NYHA, KCCQ, -55}, {EJECTION_FRACTION, FORWARD_OUTPUT, 20},
        {EJECTION_FRACTION, EROA, -15}, {EJECTION_FRACTION, HEART_RATE, -15}, {EJECTION_FRACTION, SYSTOLIC, 20},
        {FORWARD_OUTPUT, HEART_RATE, 20}, {FORWARD_OUTPUT, SYSTOLIC, 15}, {FORWARD_OUTPUT, SIX_MINUTE_WALK, 20},
        {FORWARD_OUTPUT, LV_MASS, 25}, {EROA, WEDGE_PRESSURE, 30}, {EROA, LV_MASS, 20},
        {EROA, CIRCUMFLEX_UNDER_CS, 15}, {EROA, CROSSING_DISTANCE, 15}, {HEART_RATE, DIASTOLIC, 15},
        {HEART_RATE, WEDGE_PRESSURE, 10}, {SYSTOLIC, DIASTOLIC, 60}, {WEDGE_PRESSURE, RIGHT_ATRIAL_PRESSURE, 45},
        {WEDGE_PRESSURE, SIX_MINUTE_WALK, -15}, {WEDGE_PRESSURE, KCCQ, -15}, {RIGHT_ATRIAL_PRESSURE, CS_DIAMETER, 30},
        {SIX_MINUTE_WALK, KCCQ, 35}, {ISCHAEMIC, COLLATERAL_FLOW_INDEX, 25},
    };
    private static final TruncatedSpec[] SPECS = new TruncatedSpec[LATENT];
    private static final Levels[] LEVELS = new Levels[LATENT];

    static {
        // CFI: beta with mean 0.17 and SD 0.08, alpha = 0.17 k, beta = 0.83 k, k = 0.17 * 0.83 / 0.08^2 - 1.
        final double cfiK = 0.17 * 0.83 / (0.08 * 0.08) - 1;
        SPECS[AGE] = new TruncatedSpec("age", NormalDistribution.of(70, 9.5), 40, 90);
        SPECS[EJECTION_FRACTION] = new TruncatedSpec("LVEF", NormalDistribution.of(29, 7), 15, 40);
        SPECS[FORWARD_OUTPUT] = new TruncatedSpec("forward output", LogNormalDistribution.of(Math.log(3.6), 0.20), 2.0, 6.5);
        SPECS[EROA] = new TruncatedSpec("EROA", LogNormalDistribution.of(Math.log(0.30), 0.45), 0.15, 0.90);
        SPECS[HEART_RATE] = new TruncatedSpec("heart rate", NormalDistribution.of(72, 12), 50, 110);
        SPECS[SYSTOLIC] = new TruncatedSpec("SBP", NormalDistribution.of(115, 17), 85, 170);
        SPECS[DIASTOLIC] = new TruncatedSpec("DBP", NormalDistribution.of(70, 11), 45, 100);
        SPECS[WEDGE_PRESSURE] = new TruncatedSpec("PCWP", LogNormalDistribution.of(Math.log(18), 0.35), 6, 40);
        SPECS[RIGHT_ATRIAL_PRESSURE] = new TruncatedSpec("RAP", LogNormalDistribution.of(Math.log(7), 0.40), 1, 20);
        SPECS[SIX_MINUTE_WALK] = new TruncatedSpec("6MWD", NormalDistribution.of(320, 150), 150, 450);
        SPECS[KCCQ] = new TruncatedSpec("KCCQ", NormalDistribution.of(47, 16), 0, 100);
        SPECS[LV_MASS] = new TruncatedSpec("LV mass", NormalDistribution.of(220, 55), 110, 400);
        SPECS[COLLATERAL_FLOW_INDEX] = new TruncatedSpec("CFI", BetaDistribution.of(0.17 * cfiK, 0.83 * cfiK), 0, 0.5);
        SPECS[CS_DIAMETER] = new TruncatedSpec("CS diameter", NormalDistribution.of(8.5, 2.0), 4, 16);
        SPECS[CROSSING_DISTANCE] = new TruncatedSpec("crossing distance", NormalDistribution.of(86.5, 21), 37, 123);
        LEVELS[FEMALE] = new Levels(new double[] {0, 1}, new double[] {0.72, 0.28});
        LEVELS[NYHA] = new Levels(new double[] {2, 3, 4}, new double[] {0.15, 0.80, 0.05});
        LEVELS[ISCHAEMIC] = new Levels(new double[] {0, 1}, new double[] {0.40, 0.60});
        LEVELS[CIRCUMFLEX_UNDER_CS] = new Levels(new double[] {0, 1}, new double[] {0.16, 0.84});
    }

    private final MrSample sample = MrSample.get();

    @Test
    void continuousMarginalsMatchTheirQuantiles() {
        final List<String> errors = new ArrayList<>();
        int checks = 0;
        for (int k = 0; k < LATENT; k++) {
            if (SPECS[k] == null) {
                continue;
            }
            final double[] x = sample.drawn(k);
            for (double p : PROBABILITIES) {
                final double q = SPECS[k].quantile(p);
                int below = 0;
                for (double v : x) {
                    below += v <= q ? 1 : 0;
                }
                final double observed = (double) below / x.length;
                final double tolerance = MrSample.Z * Math.sqrt(p * (1 - p) / x.length);
                checks++;
                if (Math.abs(observed - p) > tolerance) {
                    errors.add(String.format("%s: P(X <= %.4g) = %.4f, expected %.2f +/- %.4f", SPECS[k].name(), q,
                            observed, p, tolerance));
                }
            }
        }
        assertEquals(75, checks);
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void categoriesHaveTheirFrequencies() {
        for (int k = 0; k < LATENT; k++) {
            if (LEVELS[k] == null) {
                continue;
            }
            final double[] x = sample.drawn(k);
            for (int level = 0; level < LEVELS[k].values().length; level++) {
                final double value = LEVELS[k].values()[level];
                final double p = LEVELS[k].probabilities()[level];
                if (k != NYHA && level == 0) {
                    continue; // an indicator's two frequencies are one check
                }
                int count = 0;
                for (double v : x) {
                    count += v == value ? 1 : 0;
                }
                assertEquals(p, (double) count / x.length, MrSample.Z * Math.sqrt(p * (1 - p) / x.length),
                        "covariate " + k + " = " + value);
            }
        }
        assertEquals(2.90, LEVELS[NYHA].mean(), 1e-12, "NYHA mean of targets.md#C19");
    }

    /**
     * Every one of the 171 pairs, on latent scores {@code Phi^-1(F(x))} for continuous covariates and on the values
     * of the discrete ones, against the correlation the copula implies: {@code R_ij} for two continuous covariates,
     * the polyserial formula {@code R_ij sum_k v_k (phi(c_k) - phi(c_k+1)) / sd} with one discrete covariate, and
     * a one-dimensional integral of the bivariate normal for two. Tolerance 4 x 1.05 / sqrt(n) (normal theory gives
     * {@code (1 - rho^2) / sqrt(n)}; point-biserial and phi correlations about {@code 1 / sqrt(n)} near 0).
     */
    @Test
    void correlationMatrixIsTheSpecifiedOne() {
        final double[][] specified = GaussianCopula.correlationMatrix(LATENT, SPECIFIED_PERCENT);
        final double[][] r = MrCovariates.correlationMatrix();
        for (int i = 0; i < LATENT; i++) {
            for (int j = 0; j < LATENT; j++) {
                assertEquals(specified[i][j], r[i][j], 0, "R[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void latentCorrelationsMatchTheCopula() {
        final double[][] r = GaussianCopula.correlationMatrix(LATENT, SPECIFIED_PERCENT);
        final double[][] scores = new double[LATENT][];
        for (int k = 0; k < LATENT; k++) {
            final double[] x = sample.drawn(k);
            if (SPECS[k] != null) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = STANDARD_NORMAL.inverseCumulativeProbability(SPECS[k].cdf(x[i]));
                }
            }
            scores[k] = x;
        }
        final double tolerance = MrSample.Z * 1.05 / Math.sqrt(MrSample.N);
        final List<String> errors = new ArrayList<>();
        int checks = 0;
        double worst = 0;
        for (int i = 0; i < LATENT; i++) {
            for (int j = 0; j < i; j++) {
                final double expected = expectedCorrelation(i, j, r[i][j]);
                final double observed = SampleStatistics.pearson(scores[i], scores[j]);
                worst = Math.max(worst, Math.abs(observed - expected));
                checks++;
                if (Math.abs(observed - expected) > tolerance) {
                    errors.add(String.format("corr(%d, %d) = %.4f, expected %.4f +/- %.4f", i, j, observed, expected,
                            tolerance));
                }
            }
        }
        assertEquals(171, checks);
        assertTrue(errors.isEmpty(), "worst " + worst + "\n" + String.join("\n", errors));
    }

    @Test
    void correlationMatrixIsPositiveDefinite() {
        final GaussianCopula copula = GaussianCopula.of(MrCovariates.correlationMatrix());
        System.out.printf(Locale.ROOT, "smallest Cholesky pivot %.3f%n", copula.smallestPivot());
        assertTrue(copula.smallestPivot() > 0.3, "smallest pivot " + copula.smallestPivot());
        assertEquals(LATENT, copula.dimension());
    }

    private static double expectedCorrelation(int i, int j, double r) {
        final Levels a = LEVELS[i];
        final Levels b = LEVELS[j];
        if (a == null && b == null) {
            return r;
        }
        if (a == null || b == null) {
            final Levels d = a == null ? b : a;
            final double[] c = d.cuts();
            double s = 0;
            for (int k = 0; k < d.values().length; k++) {
                s += d.values()[k] * (density(c[k]) - density(c[k + 1]));
            }
            return r * s / d.sd();
        }
        // Cov = int phi(x) (a(x) - mean a) (E[b | x] - mean b) dx, trapezoid rule on [-8, 8].
        final double h = 1e-3;
        double cov = 0;
        for (double x = -8; x <= 8; x += h) {
            cov += h * STANDARD_NORMAL.density(x) * (a.at(x) - a.mean()) * (b.conditionalMean(x, r) - b.mean());
        }
        return cov / (a.sd() * b.sd());
    }

    private static double density(double z) {
        return Double.isInfinite(z) ? 0 : STANDARD_NORMAL.density(z);
    }
}
