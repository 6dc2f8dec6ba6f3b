package org.sinus.engine.trial;

import org.apache.commons.statistics.distribution.TDistribution;

/** Two-sided 95% confidence interval of a mean from its sample SD: {@code mean +- t(0.975, n-1) sd / sqrt(n)}. */
final class StudentT {
    private StudentT() {
    }

    /** The 0.975 quantile of Student's t with {@code n - 1} degrees of freedom; NaN below two observations. */
    static double quantile975(long n) {
        if (n < 2) {
            return Double.NaN;
        }
        return TDistribution.of(n - 1.0).inverseCumulativeProbability(0.975);
    }

    /** {lower, upper}; NaN below two observations. */
    static double[] ci95(long n, double mean, double sd) {
        double half = quantile975(n) * sd / Math.sqrt(n);
        return new double[] {mean - half, mean + half};
    }
}
