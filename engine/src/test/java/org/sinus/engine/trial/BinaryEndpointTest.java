package org.sinus.engine.trial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.junit.jupiter.api.Test;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.Endpoint;

/**
 * Binary endpoints: the proportion intervals against published worked examples, and simulated trials of a binary
 * endpoint against the exact power of Fisher's test, computed by summing over every pair of binomial outcomes.
 * Monte Carlo tolerances are 4 standard errors (a false failure about once in 16,000 runs per check; the draws are
 * fixed by the seed, so the test is deterministic).
 */
class BinaryEndpointTest {
    private static final RandomStreams STREAMS = RandomStreams.of(20261122);

    @Test
    void wilsonIntervalsMatchNewcombesExamples() {
        // Newcombe, Stat Med 1998;17:857 (single proportion), table I: 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624
        // to 0.1605; 0/20 -> 0 to 0.1611.
        assertArrayEquals(new double[] {0.2553, 0.3662}, Proportions.wilson95(81.0 / 263, 263), 5e-5);
        assertArrayEquals(new double[] {0.0624, 0.1605}, Proportions.wilson95(15.0 / 148, 148), 5e-5);
        assertArrayEquals(new double[] {0, 0.1611}, Proportions.wilson95(0, 20), 5e-5);
    }

    @Test
    void newcombeIntervalMatchesItsWorkedExample() {
        // Newcombe, Stat Med 1998;17:873 (difference of independent proportions), table II, method 10:
        // 56/70 - 48/80 -> 0.0524 to 0.3339; 9/10 - 3/10 -> 0.1705 to 0.8090.
        assertArrayEquals(new double[] {0.0524, 0.3339}, Proportions.newcombe95(56.0 / 70, 70, 48.0 / 80, 80), 5e-5);
        assertArrayEquals(new double[] {0.1705, 0.8090}, Proportions.newcombe95(0.9, 10, 0.3, 10), 5e-5);
    }

    /** A population whose reference outcome is an event with probability p0 and the arm's with p1, independently. */
    private static double[][] population(int size, double p0, double p1) {
        OutcomePool pool = new OutcomePool(STREAMS, size, 2);
        for (long id = 0; id < size; id++) {
            var rng = STREAMS.stream(id, Purpose.OUTCOME);
            pool.accept(id, new double[] {rng.nextDouble() < p0 ? 1 : 0, rng.nextDouble() < p1 ? 1 : 0});
        }
        return pool.outcomes();
    }

    /** Fisher's test's exact power: the probability, over both arms' binomial counts, that p is below alpha. */
    private static double exactFisherPower(double p0, double p1, int n, double alpha) {
        BinomialDistribution b0 = BinomialDistribution.of(n, p0);
        BinomialDistribution b1 = BinomialDistribution.of(n, p1);
        FisherExactTest fisher = FisherExactTest.withDefaults();
        double power = 0;
        for (int x0 = 0; x0 <= n; x0++) {
            for (int x1 = 0; x1 <= n; x1++) {
                if (fisher.test(new int[][] {{x1, n - x1}, {x0, n - x0}}).getPValue() < alpha) {
                    power += b0.probability(x0) * b1.probability(x1);
                }
            }
        }
        return power;
    }

    @Test
    void fisherPowerMatchesTheExactPower() {
        // COSIRA's proportions (C11): 15% sham, 35% Reducer, 52 a arm.
        double[][] pool = population(20_000, 0.15, 0.35);
        SimulatedTrials.Result r = SimulatedTrials.run(pool, 0, 1, 52, 4000, 0.05, STREAMS,
                SimulatedTrials.Method.FISHER_EXACT);
        // The population's own proportions, not the nominal ones, are what the trials sample from.
        double q0 = mean(pool, 0);
        double q1 = mean(pool, 1);
        double exact = exactFisherPower(q0, q1, 52, 0.05);
        System.out.printf(Locale.ROOT, "%.3f vs %.3f, 52 a arm: simulated Fisher power %.3f +/- %.3f, exact %.3f;"
                + " mean estimate %.3f [%.3f, %.3f], median CI half-width %.3f%n", q1, q0, r.power(), r.powerSe(),
                exact, r.meanEffect(), r.effectLow(), r.effectHigh(), r.medianCiHalfWidth());
        assertEquals(exact, r.power(), 4 * Math.sqrt(exact * (1 - exact) / 4000));
        assertEquals(q1 - q0, r.meanEffect(), 4 * Math.sqrt((q0 * (1 - q0) + q1 * (1 - q1)) / 52 / 4000));
        assertEquals(SimulatedTrials.Method.FISHER_EXACT, r.method());
    }

    @Test
    void fisherIsConservativeWithoutAnEffect() {
        double[][] pool = population(10_000, 0.3, 0.3);
        SimulatedTrials.Result r = SimulatedTrials.run(pool, 0, 1, 40, 4000, 0.05, STREAMS,
                SimulatedTrials.Method.FISHER_EXACT);
        double q = (mean(pool, 0) + mean(pool, 1)) / 2;
        double exact = exactFisherPower(q, q, 40, 0.05);
        assertTrue(exact < 0.05, "Fisher's exact test keeps its size: " + exact);
        assertEquals(exact, r.power(), 4 * Math.sqrt(0.05 * 0.95 / 4000) + Math.abs(mean(pool, 0) - mean(pool, 1)));
    }

    @Test
    void aValueOtherThanZeroOrOneIsRefused() {
        double[][] pool = {{0, 1}, {1, 0.5}, {0, 0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimulatedTrials.run(pool, 0,
                1, 2, 50, 0.05, STREAMS, SimulatedTrials.Method.FISHER_EXACT));
        assertTrue(e.getMessage().contains("0 or 1"), e.getMessage());
        EndpointAccumulator acc = EndpointAccumulator.of(Endpoint.DEATH_1Y);
        assertThrows(IllegalArgumentException.class, () -> acc.accept(0.5));
    }

    @Test
    void aBinaryArmSummaryCarriesWilsonsInterval() {
        EndpointAccumulator acc = EndpointAccumulator.of(Endpoint.DEATH_1Y);
        for (int i = 0; i < 263; i++) {
            acc.accept(i < 81 ? 1 : 0);
        }
        ArmSummary s = acc.result("arm");
        assertEquals(81.0 / 263, s.mean(), 1e-15);
        assertEquals(0.2553, s.ciLow(), 5e-5);
        assertEquals(0.3662, s.ciHigh(), 5e-5);
        assertEquals(List.of(182L, 81L), java.util.Arrays.stream(s.histogram().counts()).boxed().toList());
    }

    private static double mean(double[][] pool, int arm) {
        double s = 0;
        for (double[] row : pool) {
            s += row[arm];
        }
        return s / pool.length;
    }
}
