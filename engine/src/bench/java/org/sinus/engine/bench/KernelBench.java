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
     * Flops of one evaluation of {@code CardiovascularModel.derivatives} per patient: sinus pressure 2; LV and RV
     * pressures 19 (beat time 3, activation 6, elastances 3 + 3, pressures 2 + 2); valves 8, mitral regurgitation 7,
     * systemic, venous-return and pulmonary flows 6, extravascular pressures 2; subepicardial veins and veno-venous
     * flow 6; two territories 30 each; actuator flows 23 (ostium 4, into the sinus 3, great cardiac vein balloon and
     * pump 2, axial pump 3, left atrial pump 5, venous drainage 2, culprit with its stenosis and collaterals 14, their
     * recruitment 4, counted even when it is off); the nine sums 34 (with {@code 1 - atriaHeld}); and one cosine,
     * counted as 1. 5 of the 181 are divisions (the systemic resistance, the actuated ostium, the mitral orifice, the
     * stenosis's two; 45 before session 9 made 31 of them multiplications by reciprocals computed at load; 14 until
     * the beat time, the activation phase, the sinus's tube law, the four arteriolar resistances and the pumps' suction
     * went the same way) and two square roots. Max, min and compares count 0; piecewise terms
     * on their working branch: tubes open, the sinus below its knee, activation relaxing (rising: 3), pumps running,
     * the mitral orifice leaking.
     */
    static final int FLOPS_PER_DERIVATIVE = 182;
    /**
     * RK4 per patient-step: stages 2 to 4 each one axpy (2 flops) per state (the tableau's zeros are skipped), the
     * update four axpys: 14 x 17 states.
     */
    static final int FLOPS_INTEGRATOR = 14 * 17;
    /**
     * Per-step bookkeeping per patient: {@code observe} 105 (LV and RV pressures 14 each, each with its own beat time
     * and cosine; sinus pressure twice, 2 each; four layers 42; ostium 4; mitral, aortic, tricuspid and systemic flows
     * 2 each; regurgitation 7; pumps 3 + 5 + 2; two cosines; 24 divisions, 32 before the beat time, phase, sinus
     * and suction were multiplied by reciprocals; one square root) and {@code accumulate}'s own 51 (22 Riemann sums
     * 46, the loop area 5; its eight extremes only compare).
     */
    static final int FLOPS_BOOKKEEPING = 156;
    /** Flops per patient-step: four derivative evaluations, the integrator, the bookkeeping. */
    static final int FLOPS_PER_STEP = 4 * FLOPS_PER_DERIVATIVE + FLOPS_INTEGRATOR + FLOPS_BOOKKEEPING;
    /**
     * Bytes per patient, by owner: state 17 doubles; model parameters and actuators 85 doubles (heart and circulation
     * 13 with the arterial elastance, beat rate and phase rate; coronary 58: ten per layer, six per territory and six,
     * with the reciprocals computed at load; actuators 14); RK4 stages 4 x 17 and the stage state 17; kernel
     * bookkeeping (beat 23, window 36, committed 36, extremes and the loop's last point 10, next beat 1, arteriolar
     * references 4 doubles, two ints, a byte and a reference); the warm-up snapshot (77 doubles: state 17, arteriolar
     * resistances and conductances 8, actuators and the priming's two 16, LV elastance and systemic resistance 2, beat
     * 23, extremes, last point and next beat 11; a byte and a reference; the baroreflex's columns when it is on); the
     * vector workspaces 14 doubles (vector path only: the derivative's 11, the bookkeeping's 3).
     */
    static final int[] BYTES = {17 * 8, 85 * 8, 85 * 8, 110 * 8 + 8 + 1 + 4, 77 * 8 + 1 + 4, 14 * 8};
    static final String[] BYTES_OWNERS = {"state", "model", "RK4", "kernel", "snapshot", "vector"};
    /**
     * Bytes per patient read or written every step: state; model but for the layer masses and minimal arteriolar
     * resistances, read per beat, and the arterial compliance and the transmural, drain and veno-venous resistances,
     * read at load or for reports (71 doubles); RK4; beat sums, extremes, last point and next beat (34 doubles) and the
     * stage byte; vector workspaces.
     */
    static final int HOT_BYTES = 17 * 8 + 71 * 8 + 85 * 8 + 34 * 8 + 1 + 14 * 8;
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
