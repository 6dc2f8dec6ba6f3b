package org.sinus.cohorts;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * The sample statistics of the cohort tests, from the libraries: mean and SD (Commons Statistics), Pearson's and
 * Spearman's correlation (Commons Math 3; Commons Statistics has no correlation yet).
 */
public final class SampleStatistics {
    private SampleStatistics() {
    }

    /** The mean. */
    public static double mean(double[] x) {
        return Mean.of(x).getAsDouble();
    }

    /** The sample standard deviation (n - 1 denominator). */
    public static double sd(double[] x) {
        return StandardDeviation.of(x).getAsDouble();
    }

    /** Pearson's product-moment correlation. */
    public static double pearson(double[] x, double[] y) {
        return new PearsonsCorrelation().correlation(x, y);
    }

    /** Spearman's rank correlation (ties get their average rank). */
    public static double spearman(double[] x, double[] y) {
        return new SpearmansCorrelation().correlation(x, y);
    }
}
