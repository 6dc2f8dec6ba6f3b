package org.sinus.engine.trial;

/**
 * Equal-width bins over {@code [lowerEdge, lowerEdge + bins * binWidth)}, in the endpoint's unit.
 *
 * @param lowerEdge lower edge of the first bin, finite
 * @param binWidth width of every bin, positive
 * @param bins number of bins, in [1, 1 000 000]
 */
public record BinLayout(double lowerEdge, double binWidth, int bins) {

    public BinLayout {
        if (!Double.isFinite(lowerEdge) || !(binWidth > 0) || !Double.isFinite(binWidth) || bins < 1
                || bins > 1_000_000) {
            throw new IllegalArgumentException("bin layout: lowerEdge must be finite, binWidth positive and bins in"
                    + " [1, 1000000], got " + lowerEdge + ", " + binWidth + ", " + bins);
        }
    }

    /** Display bins for infarct size: 0 to 70 % LV in 2% steps (the area at risk is at most 70 % LV). */
    public static BinLayout infarctDisplay() {
        return new BinLayout(0, 2, 35);
    }

    /** Quantile bins for infarct size: 0 to 100 % LV in 0.05% steps. */
    public static BinLayout infarctFine() {
        return new BinLayout(0, 0.05, 2000);
    }

    /** The bin of {@code x}; values below the range fall in the first bin, above it (and NaN) in the last. */
    int bin(double x) {
        double k = Math.floor((x - lowerEdge) / binWidth);
        if (k < 0) {
            return 0;
        }
        return k < bins ? (int) k : bins - 1;
    }

    /** Upper edge of the last bin. */
    double upperEdge() {
        return lowerEdge + bins * binWidth;
    }
}
