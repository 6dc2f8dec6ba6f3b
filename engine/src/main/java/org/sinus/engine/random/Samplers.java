package org.sinus.engine.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The continuous samplers Sinus uses, all from Commons RNG sampling; nothing here is a hand-written sampler.
 *
 * <p>The normal deviates come from the McFarland ziggurat ({@link ZigguratSampler.NormalizedGaussian}; McFarland,
 * J Stat Comput Simul 2016, doi:10.1080/00949655.2015.1060234), which is exact and consumes a variable number of
 * {@code long}s per deviate. That is fine with keyed streams: the sequence of deviates of one stream is still fixed,
 * but code should not assume "deviate k uses long k".
 *
 * <p>A sampler wraps the generator it is given and shares its state; like the generator, it belongs to one thread.
 */
public final class Samplers {
    private Samplers() {
    }

    /**
     * A standard normal N(0, 1) sampler.
     *
     * @param rng the generator, for example {@code streams.stream(patientId, Purpose.COHORT)}
     * @return a sampler drawing from {@code rng}
     */
    public static NormalizedGaussianSampler standardNormal(UniformRandomProvider rng) {
        return ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /**
     * A normal N(mean, sd^2) sampler.
     *
     * @param rng the generator
     * @param mean the mean, in the unit of the sampled quantity
     * @param sd the standard deviation, same unit, {@code > 0}
     * @return a sampler drawing from {@code rng}
     * @throws IllegalArgumentException if {@code sd <= 0}
     */
    public static ContinuousSampler normal(UniformRandomProvider rng, double mean, double sd) {
        return GaussianSampler.of(standardNormal(rng), mean, sd);
    }

    /**
     * A log-normal sampler: {@code exp(mu + sigma Z)} with Z standard normal.
     *
     * @param rng the generator
     * @param mu the mean of the logarithm
     * @param sigma the standard deviation of the logarithm, {@code > 0}
     * @return a sampler drawing from {@code rng}
     * @throws IllegalArgumentException if {@code sigma <= 0}
     */
    public static ContinuousSampler logNormal(UniformRandomProvider rng, double mu, double sigma) {
        return LogNormalSampler.of(standardNormal(rng), mu, sigma);
    }
}
