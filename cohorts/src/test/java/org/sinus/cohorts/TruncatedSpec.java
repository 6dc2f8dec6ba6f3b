package org.sinus.cohorts;

import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * The specification of one continuous covariate marginal as the docs state it: a parent distribution truncated to
 * [lower, upper]. Written independently of {@link TruncatedMarginal} so that the covariate distribution tests check
 * the sampler against the documented law, not against itself.
 *
 * @param name the covariate, for messages
 * @param parent the untruncated distribution
 * @param lower lower truncation bound
 * @param upper upper truncation bound
 */
public record TruncatedSpec(String name, ContinuousDistribution parent, double lower, double upper) {

    /** The truncated law's cumulative probability at {@code x}. */
    public double cdf(double x) {
        final double a = parent.cumulativeProbability(lower);
        final double b = parent.cumulativeProbability(upper);
        return Math.min(1, Math.max(0, (parent.cumulativeProbability(x) - a) / (b - a)));
    }

    /** The truncated law's {@code p} quantile. */
    public double quantile(double p) {
        final double a = parent.cumulativeProbability(lower);
        final double b = parent.cumulativeProbability(upper);
        return parent.inverseCumulativeProbability(a + p * (b - a));
    }
}
