package org.sinus.cohorts;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A continuous distribution truncated to {@code [lower, upper]}, sampled by inversion from a copula's latent
 * standard normal: {@code x = Q(F(lower) + Phi(z) (F(upper) - F(lower)))}, with {@code F} and {@code Q} the parent's
 * CDF and inverse CDF from Commons Statistics. The map from {@code z} to {@code x} is increasing, so it keeps the
 * copula's rank correlations.
 *
 * <p>Immutable and thread-safe.
 */
public final class TruncatedMarginal {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private final ContinuousDistribution parent;
    private final double lower;
    private final double upper;
    private final double cdfLower;
    private final double cdfUpper;

    private TruncatedMarginal(ContinuousDistribution parent, double lower, double upper) {
        this.parent = parent;
        this.lower = lower;
        this.upper = upper;
        this.cdfLower = parent.cumulativeProbability(lower);
        this.cdfUpper = parent.cumulativeProbability(upper);
    }

    /** A normal distribution of mean {@code mean} and SD {@code sd} truncated to {@code [lower, upper]}. */
    public static TruncatedMarginal normal(double mean, double sd, double lower, double upper) {
        return of(NormalDistribution.of(mean, sd), lower, upper);
    }

    /** A log-normal distribution of median {@code median} and log-scale SD {@code sigma}, truncated. */
    public static TruncatedMarginal logNormal(double median, double sigma, double lower, double upper) {
        return of(LogNormalDistribution.of(Math.log(median), sigma), lower, upper);
    }

    /** The beta distribution with the given mean and SD (method of moments), untruncated. */
    public static BetaDistribution betaOfMoments(double mean, double sd) {
        final double common = mean * (1 - mean) / (sd * sd) - 1;
        return BetaDistribution.of(mean * common, (1 - mean) * common);
    }

    /**
     * Truncates a distribution.
     *
     * @param parent the untruncated distribution
     * @param lower lower bound, same unit
     * @param upper upper bound, {@code > lower}
     * @return the truncated marginal
     * @throws IllegalArgumentException if the bounds are not ordered or hold (almost) no probability
     */
    public static TruncatedMarginal of(ContinuousDistribution parent, double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("truncation [" + lower + ", " + upper + "] is empty");
        }
        final TruncatedMarginal m = new TruncatedMarginal(parent, lower, upper);
        if (!(m.cdfUpper - m.cdfLower > 1e-3)) {
            throw new IllegalArgumentException("truncation [" + lower + ", " + upper + "] keeps only "
                    + (m.cdfUpper - m.cdfLower) + " of the probability of " + parent);
        }
        return m;
    }

    /**
     * Returns the value at probability {@code p} of the truncated distribution.
     *
     * @param p probability in [0, 1]
     * @return the quantile, in [lower, upper]
     */
    public double quantile(double p) {
        final double x = parent.inverseCumulativeProbability(cdfLower + p * (cdfUpper - cdfLower));
        return Math.min(upper, Math.max(lower, x));
    }

    /**
     * Returns the truncated distribution's CDF.
     *
     * @param x the value
     * @return {@code P(X <= x)}
     */
    public double cumulativeProbability(double x) {
        if (x <= lower) {
            return 0;
        }
        if (x >= upper) {
            return 1;
        }
        return (parent.cumulativeProbability(x) - cdfLower) / (cdfUpper - cdfLower);
    }

    /**
     * Maps a latent standard normal deviate to this marginal.
     *
     * @param z the latent deviate
     * @return {@code quantile(Phi(z))}
     */
    public double fromLatent(double z) {
        return quantile(STANDARD_NORMAL.cumulativeProbability(z));
    }

    /**
     * Returns the lower bound.
     *
     * @return the lower truncation bound
     */
    public double lower() {
        return lower;
    }

    /**
     * Returns the upper bound.
     *
     * @return the upper truncation bound
     */
    public double upper() {
        return upper;
    }
}
