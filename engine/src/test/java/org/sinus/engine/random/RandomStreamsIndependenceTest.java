package org.sinus.engine.random;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streams with neighbouring keys are uncorrelated.
 *
 * <p>For each pair of streams we draw n = 100 000 paired uniforms and compute the Pearson correlation r. Under
 * independence r is approximately N(0, 1/n), so we require |r| &lt; z / sqrt(n) with z = 4.8916, the two-sided
 * 1e-6 quantile of the standard normal. The pairs are fixed (seeds listed below, no clock, no unseeded generator), so
 * the test is deterministic: it either always passes or always fails. The chance that independent streams would fail
 * it is k * 1e-6 for k checks; here k = 4 seeds * 6 neighbour kinds = 24, i.e. about 2.4e-5.
 */
class RandomStreamsIndependenceTest {
    private static final int N = 100_000;
    private static final double Z = 4.8916;
    private static final long[] SEEDS = {0, 1, 42, 20261121};

    static Stream<Arguments> neighbours() {
        final List<Arguments> pairs = new ArrayList<>();
        for (long seed : SEEDS) {
            final RandomStreams s = RandomStreams.of(seed);
            final RandomStreams next = RandomStreams.of(seed + 1);
            pairs.add(Arguments.of("seed " + seed + " vs seed " + (seed + 1),
                s.stream(3, Purpose.COHORT), next.stream(3, Purpose.COHORT)));
            pairs.add(Arguments.of("seed " + seed + ": patient 3 vs 4",
                s.stream(3, Purpose.COHORT), s.stream(4, Purpose.COHORT)));
            pairs.add(Arguments.of("seed " + seed + ": patient 0 vs -1",
                s.stream(0, Purpose.OUTCOME), s.stream(-1, Purpose.OUTCOME)));
            pairs.add(Arguments.of("seed " + seed + ": COHORT vs OUTCOME",
                s.stream(3, Purpose.COHORT), s.stream(3, Purpose.OUTCOME)));
            pairs.add(Arguments.of("seed " + seed + ": DEVICE vs TRIAL",
                s.stream(3, Purpose.DEVICE), s.stream(3, Purpose.TRIAL)));
            pairs.add(Arguments.of("seed " + seed + ": sub-index 0 vs 1",
                s.stream(3, Purpose.DELIVERY, 0), s.stream(3, Purpose.DELIVERY, 1)));
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("neighbours")
    void neighbouringStreamsAreUncorrelated(String label, UniformRandomProvider a, UniformRandomProvider b) {
        double sa = 0;
        double sb = 0;
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int i = 0; i < N; i++) {
            final double x = a.nextDouble();
            final double y = b.nextDouble();
            sa += x;
            sb += y;
            saa += x * x;
            sbb += y * y;
            sab += x * y;
        }
        final double cov = sab / N - (sa / N) * (sb / N);
        final double r = cov / Math.sqrt((saa / N - (sa / N) * (sa / N)) * (sbb / N - (sb / N) * (sb / N)));
        final double limit = Z / Math.sqrt(N);
        assertTrue(Math.abs(r) < limit, () -> label + ": r = " + r + ", limit " + limit);
    }
}
