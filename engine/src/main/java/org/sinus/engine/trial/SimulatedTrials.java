package org.sinus.engine.trial;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.apache.commons.statistics.inference.TTest;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.Endpoint;

/**
 * Trials of a given size drawn from the virtual population: what a parallel-group trial of {@code nPerArm} patients a
 * arm would estimate, and how often it would reach significance. Replicate {@code t} draws, from the stream
 * {@code (t, REPLICATE)}, {@code 2 nPerArm} different patients from the {@link OutcomePool} (with replacement only if
 * the pool is smaller than that), randomises the first half to the reference arm and the second to the other arm, and
 * takes from each patient the potential outcome of the arm it was randomised to. Each replicate's estimate is the
 * difference in means (arm minus reference). A continuous endpoint is tested with Welch's two-sided t-test (Commons
 * Statistics), with its 95% confidence interval on Welch's degrees of freedom; a binary one (outcomes 0 or 1) with
 * Fisher's exact two-sided test on the 2 x 2 table (Commons Statistics), with Newcombe's hybrid score interval of the
 * risk difference ({@link Proportions}). Every comparison arm sees the same replicates' patients.
 */
public final class SimulatedTrials {
    private static final TTest WELCH = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);
    private static final FisherExactTest FISHER = FisherExactTest.withDefaults();

    /** How a replicate is tested. */
    public enum Method {
        /** Welch's two-sided t-test, for a continuous endpoint. */
        WELCH_T("Welch t-test"),
        /** Fisher's exact two-sided test on the 2 x 2 table, for a binary endpoint. */
        FISHER_EXACT("Fisher exact test");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** @return the name for people */
        public String label() {
            return label;
        }

        /** The method for an endpoint of this kind. */
        public static Method of(Endpoint.Kind kind) {
            return kind == Endpoint.Kind.BINARY ? FISHER_EXACT : WELCH_T;
        }
    }

    private SimulatedTrials() {
    }

    /**
     * Simulated trials of a continuous endpoint (Welch's t-test).
     *
     * @see #run(double[][], int, int, int, int, double, RandomStreams, Method)
     */
    public static Result run(double[][] pool, int reference, int arm, int nPerArm, int trials, double alpha,
            RandomStreams streams) {
        return run(pool, reference, arm, nPerArm, trials, alpha, streams, Method.WELCH_T);
    }

    /**
     * @param pool potential outcomes, {@code [patient][arm]}, at least two patients; 0 or 1 for
     *     {@link Method#FISHER_EXACT}
     * @param reference the reference arm's index
     * @param arm the compared arm's index
     * @param nPerArm patients randomised to each arm of a replicate
     * @param trials replicates
     * @param alpha two-sided significance level
     * @param streams the run's streams
     * @param method how each replicate is tested
     * @return the operating characteristics; names left to the caller
     * @throws IllegalArgumentException if the sizes are out of range, or a binary test meets an outcome other than
     *     0 or 1
     */
    public static Result run(double[][] pool, int reference, int arm, int nPerArm, int trials, double alpha,
            RandomStreams streams, Method method) {
        int m = pool.length;
        if (m < 2 || nPerArm < 2 || trials < 1 || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("simulated trials need a pool of 2 or more (" + m + "), 2 or more a"
                    + " arm (" + nPerArm + "), 1 or more replicates (" + trials + ") and alpha in (0, 1) (" + alpha
                    + ")");
        }
        boolean withReplacement = m < 2 * nPerArm;
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        int[] swappedWith = new int[2 * nPerArm];
        double[] x = new double[nPerArm];
        double[] y = new double[nPerArm];
        double[] effects = new double[trials];
        double[] halfWidths = new double[trials];
        int rejected = 0;
        for (int t = 0; t < trials; t++) {
            UniformRandomProvider rng = streams.stream(t, Purpose.REPLICATE);
            for (int k = 0; k < 2 * nPerArm; k++) {
                int patient;
                if (withReplacement) {
                    patient = rng.nextInt(m);
                } else { // partial Fisher-Yates: the first 2n of a random permutation
                    int j = k + rng.nextInt(m - k);
                    patient = order[j];
                    order[j] = order[k];
                    order[k] = patient;
                    swappedWith[k] = j;
                }
                if (k < nPerArm) {
                    x[k] = pool[patient][reference];
                } else {
                    y[k - nPerArm] = pool[patient][arm];
                }
            }
            if (!withReplacement) { // undo the swaps, so that every replicate starts from the identity
                for (int k = 2 * nPerArm - 1; k >= 0; k--) {
                    int j = swappedWith[k];
                    int tmp = order[j];
                    order[j] = order[k];
                    order[k] = tmp;
                }
            }
            double mx = mean(x);
            double my = mean(y);
            effects[t] = my - mx;
            if (method == Method.FISHER_EXACT) {
                int ex = events(x);
                int ey = events(y);
                double p = FISHER.test(new int[][] {{ey, nPerArm - ey}, {ex, nPerArm - ex}}).getPValue();
                rejected += p < alpha ? 1 : 0;
                double[] ci = Proportions.newcombe95(my, nPerArm, mx, nPerArm);
                halfWidths[t] = (ci[1] - ci[0]) / 2;
                continue;
            }
            double vx = variance(x, mx);
            double vy = variance(y, my);
            if (vx + vy > 0) {
                TTest.Result r = WELCH.test(my, vy, nPerArm, mx, vx, nPerArm);
                rejected += r.getPValue() < alpha ? 1 : 0;
                halfWidths[t] = TDistribution.of(r.getDegreesOfFreedom()).inverseCumulativeProbability(0.975)
                        * Math.sqrt(vx / nPerArm + vy / nPerArm);
            } else { // identical outcomes in both groups: no spread, a difference is certain
                rejected += effects[t] != 0 ? 1 : 0;
                halfWidths[t] = 0;
            }
        }
        double power = (double) rejected / trials;
        double meanEffect = mean(effects);
        Arrays.sort(effects);
        Arrays.sort(halfWidths);
        return new Result(nPerArm, trials, alpha, power, Math.sqrt(power * (1 - power) / trials), meanEffect,
                quantile(effects, 0.025), quantile(effects, 0.975), quantile(halfWidths, 0.5), m, withReplacement,
                method);
    }

    /** Events (ones) in a binary sample. */
    private static int events(double[] v) {
        int k = 0;
        for (double d : v) {
            if (d != 0 && d != 1) {
                throw new IllegalArgumentException("a binary endpoint's outcome must be 0 or 1, got " + d);
            }
            k += d == 1 ? 1 : 0;
        }
        return k;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }

    private static double variance(double[] v, double mean) {
        double s = 0;
        for (double d : v) {
            s += (d - mean) * (d - mean);
        }
        return s / (v.length - 1);
    }

    /** Linear interpolation between order statistics (type 7) of sorted {@code v}. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * What trials of one size would show for one comparison.
     *
     * @param nPerArm patients randomised to each arm
     * @param trials replicates
     * @param alpha two-sided significance level
     * @param power share of replicates whose test rejects at {@code alpha}
     * @param powerSe its Monte Carlo standard error
     * @param meanEffect mean of the replicates' estimates (arm minus reference)
     * @param effectLow 2.5th percentile of the estimates
     * @param effectHigh 97.5th percentile of the estimates
     * @param medianCiHalfWidth median half-width of a replicate's 95% confidence interval (half its length, for
     *     the asymmetric interval of a risk difference)
     * @param pool patients in the pool the replicates were drawn from
     * @param withReplacement whether the pool was too small to draw without replacement
     * @param method how each replicate was tested
     */
    public record Result(int nPerArm, int trials, double alpha, double power, double powerSe, double meanEffect,
            double effectLow, double effectHigh, double medianCiHalfWidth, int pool, boolean withReplacement,
            Method method) {
    }
}
