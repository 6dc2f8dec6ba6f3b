package org.sinus.engine.trial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Accumulators against independent two-pass formulas; combine against accept-all; the t quantile against R. */
class AccumulatorTest {

    private static double[] sample(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 20 + 9 * r.nextGaussian() + (r.nextDouble() < 0.1 ? 30 : 0);
        }
        return x;
    }

    private static double twoPassMean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double twoPassSd(double[] x) {
        double m = twoPassMean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    @Test
    void tQuantilesMatchR() {
        // SciPy 1.x: scipy.stats.t.ppf(0.975, [1, 9, 29, 999]); agree with printed t tables to their 6 decimals.
        assertEquals(12.706204736174694, StudentT.quantile975(2), 1e-10);
        assertEquals(2.262157162798205, StudentT.quantile975(10), 1e-12);
        assertEquals(2.045229642132703, StudentT.quantile975(30), 1e-12);
        assertEquals(1.9623414611334493, StudentT.quantile975(1000), 1e-12);
        assertTrue(Double.isNaN(StudentT.quantile975(1)));
    }

    @Test
    void armSummaryMatchesTwoPass() {
        double[] x = sample(11, 1234);
        EndpointAccumulator acc = EndpointAccumulator.infarctSize();
        for (double v : x) {
            acc.accept(v);
        }
        ArmSummary s = acc.result("picso");
        double m = twoPassMean(x);
        double sd = twoPassSd(x);
        double half = StudentT.quantile975(x.length) * sd / Math.sqrt(x.length);
        assertEquals(1234, s.n());
        assertEquals(m, s.mean(), 1e-12);
        assertEquals(sd, s.sd(), 1e-12);
        assertEquals(m - half, s.ciLow(), 1e-12);
        assertEquals(m + half, s.ciHigh(), 1e-12);
        assertEquals(x.length, Arrays.stream(s.histogram().counts()).sum());
        assertEquals(0, s.histogram().lowerEdge());
        assertEquals(2, s.histogram().binWidth());
    }

    @Test
    void quantilesAreWithinOneFineBinOfTheSampleQuantiles() {
        double[] x = sample(12, 5001);
        EndpointAccumulator acc = EndpointAccumulator.infarctSize();
        for (double v : x) {
            acc.accept(Math.max(0, v));
        }
        double[] sorted = Arrays.stream(x).map(v -> Math.max(0, v)).sorted().toArray();
        for (double p : new double[] {0.25, 0.5, 0.75}) {
            double exact = sorted[(int) Math.round(p * (sorted.length - 1))];
            assertEquals(exact, acc.quantile(p), BinLayout.infarctFine().binWidth(), "p = " + p);
        }
    }

    @Test
    void combineEqualsAcceptAll() {
        double[] x = sample(13, 1000);
        double[] y = sample(14, 1000);
        EndpointAccumulator all = EndpointAccumulator.infarctSize();
        PairedDifferenceAccumulator allPairs = PairedDifferenceAccumulator.create();
        EndpointAccumulator[] parts = new EndpointAccumulator[7];
        PairedDifferenceAccumulator[] pairParts = new PairedDifferenceAccumulator[7];
        for (int p = 0; p < 7; p++) {
            parts[p] = EndpointAccumulator.infarctSize();
            pairParts[p] = PairedDifferenceAccumulator.create();
        }
        for (int i = 0; i < x.length; i++) {
            all.accept(x[i]);
            allPairs.accept(y[i], x[i]);
            parts[i * 7 / x.length].accept(x[i]);
            pairParts[i * 7 / x.length].accept(y[i], x[i]);
        }
        EndpointAccumulator merged = EndpointAccumulator.infarctSize();
        PairedDifferenceAccumulator mergedPairs = PairedDifferenceAccumulator.create();
        for (int p = 6; p >= 0; p--) {
            merged.combine(parts[p]);
            mergedPairs.combine(pairParts[p]);
        }
        ArmSummary a = all.result("a");
        ArmSummary b = merged.result("a");
        assertEquals(a.n(), b.n());
        assertEquals(a.mean(), b.mean(), 1e-12);
        assertEquals(a.sd(), b.sd(), 1e-12);
        assertArrayEquals(a.histogram().counts(), b.histogram().counts());
        assertEquals(all.quantile(0.5), merged.quantile(0.5));
        PairedDifference d1 = allPairs.result("b", "a");
        PairedDifference d2 = mergedPairs.result("b", "a");
        assertEquals(d1.n(), d2.n());
        assertEquals(d1.mean(), d2.mean(), 1e-12);
        assertEquals(d1.sd(), d2.sd(), 1e-12);
        assertEquals(d1.ciLow(), d2.ciLow(), 1e-12);
    }

    @Test
    void pairedDifferenceMatchesTwoPassOnDifferences() {
        double[] x = sample(15, 300);
        double[] y = sample(16, 300);
        double[] d = new double[x.length];
        PairedDifferenceAccumulator acc = PairedDifferenceAccumulator.create();
        for (int i = 0; i < x.length; i++) {
            d[i] = y[i] - x[i];
            acc.accept(y[i], x[i]);
        }
        PairedDifference r = acc.result("picso", "control");
        double half = StudentT.quantile975(d.length) * twoPassSd(d) / Math.sqrt(d.length);
        assertEquals("picso", r.arm());
        assertEquals("control", r.reference());
        assertEquals(twoPassMean(d), r.mean(), 1e-12);
        assertEquals(twoPassSd(d), r.sd(), 1e-12);
        assertEquals(twoPassMean(d) - half, r.ciLow(), 1e-12);
        assertEquals(twoPassMean(d) + half, r.ciHigh(), 1e-12);
    }

    @Test
    void smallSamplesGiveNaNWhereUndefined() {
        EndpointAccumulator acc = EndpointAccumulator.infarctSize();
        ArmSummary empty = acc.result("a");
        assertEquals(0, empty.n());
        assertTrue(Double.isNaN(empty.mean()) && Double.isNaN(empty.sd()) && Double.isNaN(empty.ciLow()));
        acc.accept(12.5);
        ArmSummary one = acc.result("a");
        assertEquals(12.5, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciHigh()));
        assertEquals(12.5, acc.quantile(0.5), BinLayout.infarctFine().binWidth());
    }

    @Test
    void outOfRangeValuesLandInTheEdgeBins() {
        BinCounts c = BinCounts.create(new BinLayout(0, 2, 3));
        c.accept(-1);
        c.accept(100);
        c.accept(Double.NaN);
        c.accept(2);
        assertArrayEquals(new long[] {1, 1, 2}, c.histogram().counts());
    }
}
