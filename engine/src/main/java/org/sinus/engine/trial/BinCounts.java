package org.sinus.engine.trial;

import java.util.Arrays;

/**
 * Counts of values in the bins of a {@link BinLayout}, mergeable: create / accept / combine. Values outside the
 * layout count in its first or last bin (as in {@link Histogram}). Mutable; owned by one thread.
 */
public final class BinCounts {
    private final BinLayout layout;
    private final long[] counts;
    private long total;

    private BinCounts(BinLayout layout) {
        this.layout = layout;
        this.counts = new long[layout.bins()];
    }

    /** An empty count over {@code layout}. */
    public static BinCounts create(BinLayout layout) {
        return new BinCounts(layout);
    }

    /** Counts one value. */
    public void accept(double x) {
        counts[layout.bin(x)]++;
        total++;
    }

    /**
     * Adds another count over the same layout.
     *
     * @return this
     * @throws IllegalArgumentException if the layouts differ
     */
    public BinCounts combine(BinCounts other) {
        if (!layout.equals(other.layout)) {
            throw new IllegalArgumentException("bin counts: cannot combine " + layout + " with " + other.layout);
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        return this;
    }

    /** Values counted. */
    public long total() {
        return total;
    }

    /** The counts as a {@link Histogram}. */
    public Histogram histogram() {
        return new Histogram(layout.lowerEdge(), layout.binWidth(), counts);
    }

    /**
     * The {@code p} quantile, interpolated linearly inside its bin (values assumed uniform within a bin). For values
     * inside the layout's range the error is at most one bin width; for values outside it, the quantile is clamped
     * to the range. NaN when nothing was counted.
     *
     * @param p probability in [0, 1]
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("quantile: p = " + p + " is outside [0, 1]");
        }
        if (total == 0) {
            return Double.NaN;
        }
        double target = p * total;
        long below = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && below + counts[i] >= target) {
                double within = (target - below) / counts[i];
                return layout.lowerEdge() + (i + within) * layout.binWidth();
            }
            below += counts[i];
        }
        return layout.upperEdge();
    }

    @Override
    public String toString() {
        return "BinCounts[" + layout + ", total=" + total + ", " + Arrays.toString(counts) + "]";
    }
}
