package org.sinus.engine.bench;

import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link KernelBenchmark} on one thread and on every core and prints patient-steps and patient-beats per
 * second. Run with {@code mvn -Pbench -pl engine -am verify}.
 */
public final class KernelBench {
    private KernelBench() {
    }

    public static void main(String[] args) throws RunnerException {
        int cores = Runtime.getRuntime().availableProcessors();
        StringBuilder report = new StringBuilder();
        for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            Options options = new OptionsBuilder().include(KernelBenchmark.class.getSimpleName())
                    .threads(threads).build();
            for (RunResult r : new Runner(options).run()) {
                double steps = r.getPrimaryResult().getScore();
                double error = r.getPrimaryResult().getScoreError();
                report.append(String.format(Locale.ROOT,
                        "threads %d: %.3g patient-steps/s (+/- %.2g), %.3g patient-beats/s at the batch's mean"
                        + " %.1f bpm%n", threads, steps, error, steps / (60.0 / KernelBenchmark.MEAN_HEART_RATE_BPM
                        / 0.001), KernelBenchmark.MEAN_HEART_RATE_BPM));
            }
        }
        System.out.print(report);
    }
}
