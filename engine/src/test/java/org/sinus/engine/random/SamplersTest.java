package org.sinus.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

/**
 * Samplers draw from the keyed stream they are given.
 *
 * <p>The moment checks use n = 100 000 draws from fixed streams and limits at z = 4.8916 standard errors (two-sided
 * p = 1e-6 each); with 3 checks the chance that a correct sampler fails is about 3e-6, and with fixed seeds the
 * outcome never changes between runs.
 */
class SamplersTest {
    private static final int N = 100_000;
    private static final double Z = 4.8916;

    @Test
    void normalHasRequestedMeanAndSd() {
        final ContinuousSampler s = Samplers.normal(RandomStreams.of(11).stream(1, Purpose.COHORT), 80, 12);
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            final double x = s.sample();
            sum += x;
            sumSq += x * x;
        }
        final double mean = sum / N;
        final double var = sumSq / N - mean * mean;
        assertTrue(Math.abs(mean - 80) < Z * 12 / Math.sqrt(N), () -> "mean " + mean);
        // Var of the sample variance of a normal is 2 sd^4 / n.
        assertTrue(Math.abs(var - 144) < Z * Math.sqrt(2.0 / N) * 144, () -> "variance " + var);
    }

    @Test
    void logNormalMedianIsExpMu() {
        final ContinuousSampler s = Samplers.logNormal(RandomStreams.of(11).stream(2, Purpose.COHORT), 1.0, 0.5);
        int below = 0;
        for (int i = 0; i < N; i++) {
            below += s.sample() < Math.E ? 1 : 0;
        }
        // Count below the median is Binomial(n, 1/2): sd = sqrt(n) / 2.
        final int count = below;
        assertTrue(Math.abs(count - N / 2.0) < Z * Math.sqrt(N) / 2, () -> "below median " + count);
    }

    @Test
    void sameStreamSameDeviates() {
        final RandomStreams streams = RandomStreams.of(3);
        final var a = Samplers.standardNormal(streams.stream(9, Purpose.OUTCOME));
        final var b = Samplers.standardNormal(streams.stream(9, Purpose.OUTCOME));
        for (int i = 0; i < 1000; i++) {
            assertEquals(Double.doubleToLongBits(a.sample()), Double.doubleToLongBits(b.sample()));
        }
    }
}
