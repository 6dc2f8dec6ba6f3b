package org.sinus.engine.trial;

import java.util.Arrays;

/**
 * Counts of an endpoint in equal-width bins, for showing a distribution. Values below the first edge count in the
 * first bin and values above the last edge in the last bin, so no patient is dropped from the picture.
 *
 * @param lowerEdge lower edge of the first bin, in the endpoint's unit
 * @param binWidth width of every bin, in the endpoint's unit, positive
 * @param counts patients per bin (copied)
 */
public record Histogram(double lowerEdge, double binWidth, long[] counts) {

    public Histogram {
        if (!(binWidth > 0) || !Double.isFinite(lowerEdge)) {
            throw new IllegalArgumentException("histogram: binWidth must be positive and lowerEdge finite, got "
                    + binWidth + " and " + lowerEdge);
        }
        counts = counts.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && h.lowerEdge == lowerEdge && h.binWidth == binWidth
                && Arrays.equals(h.counts, counts);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(lowerEdge) * 31 + Double.hashCode(binWidth) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + lowerEdge + " + k*" + binWidth + ", " + Arrays.toString(counts) + "]";
    }
}
