package org.sinus.engine.bench;

import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link KernelBenchmark} (scalar and vector kernel, batches of 32 and 256) on one thread and on every core and
 * prints patient-steps and patient-beats per second, GFLOP/s per core against the FP64 peak, and bytes per patient.
 * Run with {@code mvn -B -Pbench -pl engine verify}. The counts below are by hand from the code (docs/model.md,
 * "Vector kernel and speed"); they are what the scalar reference computes, the useful work: the vector twin computes
 * both sides of a few selects on top.
 */
public final class KernelBench {
    /**
     * Flops of one evaluation of {@code CardiovascularModel.derivatives} per patient: LV pressure 14 (beat time 3,
     * activation 6, elastance 3, pressure 2), sinus pressure 3, valves and extravascular pressures 6, subepicardial
     * veins and veno-venous flow 6, two territories 30 each, actuator flows 13, the four sums 16; and one cosine,
     * counted as 1. 32 of the 118 are divisions.
     */
    static final int FLOPS_PER_DERIVATIVE = 119;
    /** RK4 per patient-step: stages 2 to 4 each one axpy (2 flops) per state, the update four axpys: 14 x 12 states. */
    static final int FLOPS_INTEGRATOR = 14 * 12;
    /** Per-step bookkeeping per patient: {@code observe} 70 (with a cosine) and {@code accumulate}'s sums 34. */
    static final int FLOPS_BOOKKEEPING = 104;
    /** Flops per patient-step: four derivative evaluations, the integrator, the bookkeeping. */
    static final int FLOPS_PER_STEP = 4 * FLOPS_PER_DERIVATIVE + FLOPS_INTEGRATOR + FLOPS_BOOKKEEPING;
    /**
     * Bytes per patient, by owner: state 12 doubles; model parameters and actuators 45 doubles; RK4 stages 4 x 12 and
     * the stage state 12; kernel bookkeeping (beat 14, window 23, committed 23, extremes 8, next beat 1, arteriolar
     * references 4 doubles, two ints, a byte and a reference); the warm-up snapshot (46 doubles, a byte and a
     * reference); the vector workspace 5 doubles.
     */
    static final int[] BYTES = {12 * 8, 45 * 8, 60 * 8, 73 * 8 + 8 + 1 + 4, 46 * 8 + 1 + 4, 5 * 8};
    static final String[] BYTES_OWNERS = {"state", "model", "RK4", "kernel", "snapshot", "vector"};
    /** Bytes per patient read or written every step: state, model, RK4, beat sums and extremes, vector workspace. */
    static final int HOT_BYTES = 12 * 8 + 45 * 8 + 60 * 8 + 22 * 8 + 5 * 8;
    /** FP64 flops per cycle per core: Ice Lake server (2 AVX-512 FMA units x 8 doubles x 2); Zen 4 has 16. */
    static final double ICE_LAKE_FLOPS_PER_CYCLE = 32;
    static final double ICE_LAKE_GHZ = 2.8;
    static final double ZEN4_FLOPS_PER_CYCLE = 16;

    private KernelBench() {
    }

    public static void main(String[] args) throws RunnerException {
        int cores = Runtime.getRuntime().availableProcessors();
        double ghz = Double.parseDouble(System.getProperty("sinus.bench.ghz", "2.6"));
        StringBuilder report = new StringBuilder();
        int bytes = 0;
        StringBuilder owners = new StringBuilder();
        for (int k = 0; k < BYTES.length; k++) {
            bytes += BYTES[k];
            owners.append(k == 0 ? "" : ", ").append(BYTES_OWNERS[k]).append(' ').append(BYTES[k]);
        }
        double iceLakePeak = ICE_LAKE_FLOPS_PER_CYCLE * ICE_LAKE_GHZ;
        double zen4Peak = ZEN4_FLOPS_PER_CYCLE * ghz;
        report.append(String.format(Locale.ROOT, "flops per patient-step %d (4 x %d derivative, %d RK4, %d"
                + " bookkeeping)%nbytes per patient %d (%s); touched every step %d%nFP64 peak per core: Ice Lake"
                + " AVX-512 at %.1f GHz %.1f GFLOP/s; this machine's Zen 4 (16 flop/cycle) at %.1f GHz %.1f GFLOP/s%n",
                FLOPS_PER_STEP, FLOPS_PER_DERIVATIVE, FLOPS_INTEGRATOR, FLOPS_BOOKKEEPING, bytes, owners, HOT_BYTES,
                ICE_LAKE_GHZ, iceLakePeak, ghz, zen4Peak));
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            Options options = new OptionsBuilder().include(KernelBenchmark.class.getSimpleName())
                    .jvmArgsAppend("--add-modules=jdk.incubator.vector").threads(threads).build();
            for (RunResult r : new Runner(options).run()) {
                int batch = Integer.parseInt(r.getParams().getParam("batch"));
                String path = r.getParams().getParam("path");
                double steps = r.getPrimaryResult().getScore() * batch;
                double error = r.getPrimaryResult().getScoreError() * batch;
                double gflopsPerCore = steps / threads * FLOPS_PER_STEP / 1e9;
                report.append(String.format(Locale.ROOT,
                        "%-6s batch %3d, threads %d: %.3g patient-steps/s (+/- %.2g), %.3g patient-beats/s at %.1f"
                        + " bpm; %.2f GFLOP/s per core = %.1f%% of Ice Lake peak, %.1f%% of this machine's%n", path,
                        batch, threads, steps, error, steps / (60.0 / KernelBenchmark.MEAN_HEART_RATE_BPM / 0.001),
                        KernelBenchmark.MEAN_HEART_RATE_BPM, gflopsPerCore, 100 * gflopsPerCore / iceLakePeak,
                        100 * gflopsPerCore / zen4Peak));
            }
        }
        System.out.print(report);
    }
}
