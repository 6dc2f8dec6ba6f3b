package org.sinus.engine.trial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Simulated trials and their pool on populations whose answer is known: normal outcomes with SD 1 and a paired
 * effect {@code delta}, where a two-sample test of {@code n} a arm has power about
 * {@code Phi(delta / sqrt(2 / n) - 1.96)}. Tolerances are 4 Monte Carlo standard errors (a false failure about once in
 * 16,000 runs per check; the draws are fixed by the seed, so the test is deterministic).
 */
class SimulatedTrialsTest {
    private static final RandomStreams STREAMS = RandomStreams.of(20261122);

    /** {@code size} patients: reference outcome N(0, 1), the other arm's the same plus {@code delta}. */
    private static OutcomePool population(int size, double delta, int capacity) {
        OutcomePool pool = new OutcomePool(STREAMS, capacity, 2);
        for (long id = 0; id < size; id++) {
            double z = Samplers.standardNormal(STREAMS.stream(id, Purpose.OUTCOME)).sample();
            pool.accept(id, new double[] {z, z + delta});
        }
        return pool;
    }

    private static double analyticPower(double delta, int n) {
        NormalDistribution phi = NormalDistribution.of(0, 1);
        return phi.cumulativeProbability(delta / Math.sqrt(2.0 / n) - phi.inverseCumulativeProbability(0.975));
    }

    @Test
    void powerMatchesTheTwoSampleFormula() {
        double[][] pool = population(20_000, 0.4, 20_000).outcomes();
        SimulatedTrials.Result r = SimulatedTrials.run(pool, 0, 1, 100, 4000, 0.05, STREAMS);
        double expected = analyticPower(0.4, 100);
        System.out.printf(Locale.ROOT, "delta 0.4, n 100 a arm: simulated power %.3f +/- %.3f, formula %.3f; mean"
                + " estimate %.3f [%.3f, %.3f], median CI half-width %.3f%n", r.power(), r.powerSe(), expected,
                r.meanEffect(), r.effectLow(), r.effectHigh(), r.medianCiHalfWidth());
        assertEquals(expected, r.power(), 4 * Math.sqrt(expected * (1 - expected) / 4000));
        assertEquals(0.4, r.meanEffect(), 4 * Math.sqrt(2.0 / 100 / 4000));
        // The estimates spread as a difference of two means of 100: SD sqrt(2 / 100); 95% of them within 1.96 SD.
        assertEquals(0.4 - 1.96 * Math.sqrt(0.02), r.effectLow(), 0.03);
        assertEquals(0.4 + 1.96 * Math.sqrt(0.02), r.effectHigh(), 0.03);
        assertEquals(1.97 * Math.sqrt(0.02), r.medianCiHalfWidth(), 0.02);
        assertFalse(r.withReplacement());
    }

    @Test
    void withoutAnEffectTheRejectionRateIsAlpha() {
        double[][] pool = population(5_000, 0, 5_000).outcomes();
        SimulatedTrials.Result r = SimulatedTrials.run(pool, 0, 1, 30, 4000, 0.05, STREAMS);
        assertEquals(0.05, r.power(), 4 * Math.sqrt(0.05 * 0.95 / 4000));
        assertEquals(0, r.meanEffect(), 4 * Math.sqrt(2.0 / 30 / 4000));
    }

    @Test
    void aSmallPoolIsDrawnWithReplacement() {
        double[][] pool = population(50, 1, 50).outcomes();
        SimulatedTrials.Result r = SimulatedTrials.run(pool, 0, 1, 40, 200, 0.05, STREAMS);
        assertTrue(r.withReplacement());
        assertEquals(50, r.pool());
    }

    @Test
    void theSameSeedGivesTheSameTrials() {
        double[][] pool = population(3_000, 0.3, 3_000).outcomes();
        assertEquals(SimulatedTrials.run(pool, 0, 1, 50, 300, 0.05, STREAMS),
                SimulatedTrials.run(pool, 0, 1, 50, 300, 0.05, STREAMS));
    }

    /** The pool keeps the same patients whatever the order of arrival and however it is split and combined. */
    @Test
    void thePoolDoesNotDependOnOrderOrPartitioning() {
        OutcomePool whole = population(10_000, 0.2, 1_000);
        OutcomePool first = new OutcomePool(STREAMS, 1_000, 2);
        OutcomePool second = new OutcomePool(STREAMS, 1_000, 2);
        for (long id = 9_999; id >= 0; id--) { // reverse order, two parts
            double z = Samplers.standardNormal(STREAMS.stream(id, Purpose.OUTCOME)).sample();
            (id % 3 == 0 ? first : second).accept(id, new double[] {z, z + 0.2});
        }
        first.combine(second);
        assertEquals(10_000, first.offered());
        double[][] a = whole.outcomes();
        double[][] b = first.outcomes();
        assertEquals(1_000, a.length);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i]);
        }
    }

    /** The pool is a uniform sample: its members' ids average to the population's mean id. */
    @Test
    void thePoolIsUniform() {
        int size = 100_000;
        int k = 2_000;
        OutcomePool pool = new OutcomePool(STREAMS, k, 1);
        for (long id = 0; id < size; id++) {
            pool.accept(id, new double[] {id});
        }
        double mean = 0;
        for (double[] o : pool.outcomes()) {
            mean += o[0] / k;
        }
        double se = size / Math.sqrt(12.0 * k);
        assertEquals((size - 1) / 2.0, mean, 4 * se);
    }

    /** The summary-statistics Welch test that the replicates use is Commons Statistics' test on the raw samples. */
    @Test
    void welchFromSummariesEqualsWelchFromSamples() {
        UniformRandomProvider rng = STREAMS.stream(1, Purpose.TRIAL, 7);
        double[] x = new double[25];
        double[] y = new double[25];
        for (int i = 0; i < 25; i++) {
            x[i] = rng.nextDouble();
            y[i] = 0.3 + 2 * rng.nextDouble();
        }
        TTest welch = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC);
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double vx = java.util.Arrays.stream(x).map(v -> (v - mx) * (v - mx)).sum() / 24;
        double vy = java.util.Arrays.stream(y).map(v -> (v - my) * (v - my)).sum() / 24;
        assertEquals(welch.test(y, x).getPValue(), welch.test(my, vy, 25, mx, vx, 25).getPValue(), 1e-12);
    }
}
