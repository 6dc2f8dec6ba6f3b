package org.sinus.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.Histogram;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.RunInfo;
import org.sinus.engine.trial.RunSnapshot;
import org.sinus.engine.trial.SimulatedTrials;
import org.sinus.engine.trial.TrialPower;

/**
 * A made-up two-arm run for tests and the demo: infarct size in % LV, about 18 under "control" and 3 points less
 * under "picso" for the same patients, histograms from 0 to 60 in 2-point bins.
 *
 * <p>Not statistics under test: the intervals use 1.96 instead of the Student t quantile, which is close enough
 * for pictures and irrelevant to what the dashboard shows (it prints the numbers it is given).
 */
final class FakeRun {

    static final RunInfo RUN = new RunInfo("picso-anterior-stemi",
            "PICSO after primary PCI in anterior STEMI: infarct size at 5 days",
            "3f9a1c0de2b7a4c58e1f0a9d7b6c5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d", 20240611L, "0.1.0-SNAPSHOT (d1f0562)");

    private static final int BINS = 30;
    private static final double BIN_WIDTH = 2.0;

    private final long total;
    private final SplittableRandom random;
    private final long[] controlCounts = new long[BINS];
    private final long[] picsoCounts = new long[BINS];
    private final double[] sum = new double[3];
    private final double[] sumSq = new double[3];
    private long n;
    private long failures;

    FakeRun(long total, long seed) {
        this.total = total;
        this.random = new SplittableRandom(seed);
    }

    /** Simulates {@code count} more patients (capped at the total) and returns the snapshot after them. */
    RunSnapshot advance(long count, double elapsedS) {
        long target = Math.min(total, n + count);
        for (; n < target; n++) {
            // Log-normal, right-skewed like measured infarct sizes: mean about 18, SD about 9.6; picso scales each
            // patient's control value by about 0.84.
            double control = clamp(Math.exp(Math.log(18) - 0.125 + 0.5 * random.nextGaussian()));
            double picso = clamp(control * Math.exp(-0.18 + 0.12 * random.nextGaussian()));
            add(0, control, controlCounts);
            add(1, picso, picsoCounts);
            sum[2] += picso - control;
            sumSq[2] += (picso - control) * (picso - control);
            if (random.nextDouble() < 0.002) {
                failures++;
            }
        }
        boolean finished = n == total;
        double eta = n == 0 ? Double.NaN : finished ? 0 : elapsedS * (total - n) / n;
        List<ArmSummary> arms = new ArrayList<>();
        arms.add(arm("control", 0, controlCounts));
        arms.add(arm("picso", 1, picsoCounts));
        double[] d = stats(2);
        List<PairedDifference> differences = List.of(
                new PairedDifference("picso", "control", n, d[0], d[1], d[2], d[3]));
        List<TrialPower> trials = finished ? List.of(new TrialPower("picso", "control",
                new SimulatedTrials.Result(100, 2000, 0.05, 0.312, 0.0104, d[0], d[0] - 3.3, d[0] + 3.2, 3.31, 9_994,
                        false, SimulatedTrials.Method.WELCH_T))) : List.of();
        return new RunSnapshot(RUN, "infarct-size", "% LV", n, total, failures, elapsedS, eta, finished, arms,
                differences, trials);
    }

    private void add(int k, double v, long[] counts) {
        sum[k] += v;
        sumSq[k] += v * v;
        counts[Math.min(BINS - 1, (int) (v / BIN_WIDTH))]++;
    }

    private ArmSummary arm(String name, int k, long[] counts) {
        double[] s = stats(k);
        return new ArmSummary(name, n, s[0], s[1], s[2], s[3], new Histogram(0, BIN_WIDTH, counts));
    }

    /** Mean, SD and the ends of the 95% interval; NaN where undefined, as the engine does. */
    private double[] stats(int k) {
        double mean = n == 0 ? Double.NaN : sum[k] / n;
        if (n < 2) {
            return new double[] {mean, Double.NaN, Double.NaN, Double.NaN};
        }
        double sd = Math.sqrt(Math.max(0, (sumSq[k] - n * mean * mean) / (n - 1)));
        double half = 1.96 * sd / Math.sqrt(n);
        return new double[] {mean, sd, mean - half, mean + half};
    }

    private static double clamp(double v) {
        return Math.min(59.9, v);
    }
}
