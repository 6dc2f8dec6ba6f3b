package org.sinus.engine.trial;

import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;

/**
 * One arm's endpoint over patients: count, mean and variance (Commons Statistics, whose {@code combine} is the
 * pairwise update of Chan, Golub and LeVeque, 1979), a display histogram and a fine histogram for the median and
 * quartiles. A mergeable accumulator (STYLE.md principle 8): {@link #create}, {@link #accept}, {@link #combine},
 * {@link #result}. Mutable; owned by one thread.
 *
 * <p>Accepting the same values in the same order gives bit-identical results; combining partial accumulators gives
 * the same numbers up to rounding (about 1e-15 relative), so a run that must not depend on its partitioning accepts
 * patients in id order.
 */
public final class EndpointAccumulator {
    private final DoubleStatistics moments = DoubleStatistics.builder(Statistic.MEAN, Statistic.VARIANCE).build();
    private final BinCounts display;
    private final BinCounts fine;
    private final boolean binary;

    private EndpointAccumulator(BinLayout display, BinLayout fine, boolean binary) {
        this.display = BinCounts.create(display);
        this.fine = BinCounts.create(fine);
        this.binary = binary;
    }

    /**
     * An empty accumulator.
     *
     * @param display bins of the histogram shown and written
     * @param fine bins from which quantiles are read; their width bounds the quantiles' error
     */
    public static EndpointAccumulator create(BinLayout display, BinLayout fine) {
        return new EndpointAccumulator(display, fine, false);
    }

    /**
     * An empty accumulator for an endpoint, with that endpoint's bins; a binary endpoint's arm summary carries
     * Wilson's score interval of the proportion instead of Student's interval of the mean.
     */
    public static EndpointAccumulator of(org.sinus.engine.scenario.Endpoint endpoint) {
        return new EndpointAccumulator(endpoint.displayBins(), endpoint.fineBins(), endpoint.binary());
    }

    /** An empty accumulator for infarct size in % LV ({@link BinLayout#infarctDisplay}, {@link BinLayout#infarctFine}). */
    public static EndpointAccumulator infarctSize() {
        return create(BinLayout.infarctDisplay(), BinLayout.infarctFine());
    }

    /**
     * Adds one patient's value.
     *
     * @throws IllegalArgumentException if the endpoint is binary and {@code x} is neither 0 nor 1
     */
    public void accept(double x) {
        if (binary && x != 0 && x != 1) {
            throw new IllegalArgumentException("a binary endpoint's value must be 0 or 1, got " + x);
        }
        moments.accept(x);
        display.accept(x);
        fine.accept(x);
    }

    /**
     * Adds another accumulator's patients (same bin layouts).
     *
     * @return this
     */
    public EndpointAccumulator combine(EndpointAccumulator other) {
        moments.combine(other.moments);
        display.combine(other.display);
        fine.combine(other.fine);
        return this;
    }

    /** Patients accepted. */
    public long count() {
        return moments.getCount();
    }

    /** Mean; NaN when empty. */
    public double mean() {
        return count() == 0 ? Double.NaN : moments.getAsDouble(Statistic.MEAN);
    }

    /** Sample standard deviation (n - 1 denominator); NaN below two patients. */
    public double sd() {
        return count() < 2 ? Double.NaN : Math.sqrt(moments.getAsDouble(Statistic.VARIANCE));
    }

    /**
     * The {@code p} quantile from the fine histogram: within one fine bin width of the exact sample quantile for
     * values inside the fine layout. NaN when empty.
     */
    public double quantile(double p) {
        return fine.quantile(p);
    }

    /**
     * The summary of the arm named {@code arm}: n, mean, SD, the 95% CI of the mean (Student t; Wilson's score
     * interval of the proportion for a binary endpoint), display histogram.
     */
    public ArmSummary result(String arm) {
        long n = count();
        double mean = mean();
        double sd = sd();
        double[] ci = binary && n > 0 ? Proportions.wilson95(mean, n) : StudentT.ci95(n, mean, sd);
        return new ArmSummary(arm, n, mean, sd, ci[0], ci[1], display.histogram());
    }
}
