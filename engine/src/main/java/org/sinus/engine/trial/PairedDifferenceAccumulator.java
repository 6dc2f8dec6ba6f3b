package org.sinus.engine.trial;

import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;

/**
 * The paired difference of an endpoint between an arm and the reference arm over the same patients: mean and
 * variance of {@code arm - reference} per patient, with the paired Student t 95% confidence interval. A mergeable
 * accumulator (STYLE.md principle 8); mutable and owned by one thread.
 */
public final class PairedDifferenceAccumulator {
    private final DoubleStatistics moments = DoubleStatistics.builder(Statistic.MEAN, Statistic.VARIANCE).build();

    private PairedDifferenceAccumulator() {
    }

    /** An empty accumulator. */
    public static PairedDifferenceAccumulator create() {
        return new PairedDifferenceAccumulator();
    }

    /**
     * Adds one patient.
     *
     * @param arm the patient's value under the arm
     * @param reference the same patient's value under the reference arm
     */
    public void accept(double arm, double reference) {
        moments.accept(arm - reference);
    }

    /**
     * Adds another accumulator's pairs.
     *
     * @return this
     */
    public PairedDifferenceAccumulator combine(PairedDifferenceAccumulator other) {
        moments.combine(other.moments);
        return this;
    }

    /** Pairs accepted. */
    public long count() {
        return moments.getCount();
    }

    /** The difference of {@code arm} against {@code reference}. */
    public PairedDifference result(String arm, String reference) {
        long n = count();
        double mean = n == 0 ? Double.NaN : moments.getAsDouble(Statistic.MEAN);
        double sd = n < 2 ? Double.NaN : Math.sqrt(moments.getAsDouble(Statistic.VARIANCE));
        double[] ci = StudentT.ci95(n, mean, sd);
        return new PairedDifference(arm, reference, n, mean, sd, ci[0], ci[1]);
    }
}
