package org.sinus.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sinus.engine.devices.Control;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.KernelPath;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.Protocol;
import org.sinus.engine.physiology.VascularParameters;

/**
 * Throughput of the kernel in patient-steps per second (one step = 1 ms of one patient, four RK4 stages plus the
 * beat bookkeeping), on the scalar reference and on its vector twin ({@code path}), for a batch of {@code batch}
 * patients simulated for exactly {@value #SIMULATED_S} s: the device never completes its cycles, so every patient
 * runs every step. Heart rates 60 + (i mod 32) bpm. Patient-beats per second = patient-steps per second / steps per
 * beat (795 at the batch's mean 75.5 bpm). One state per thread, so {@code -t 2} measures both cores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(1)
public class KernelBenchmark {
    static final int SIMULATED_S = 4;
    /** Mean heart rate of the batch (60 + (i mod 32) bpm), to turn steps into beats. */
    static final double MEAN_HEART_RATE_BPM = 60 + 31 / 2.0;
    /** Steps per run at the default 1 ms step. */
    static final int STEPS = SIMULATED_S * 1000;

    /** {@code scalar} or {@code vector} ({@link KernelPath}). */
    @Param({"scalar", "vector"})
    public String path;
    /** Patients per batch. */
    @Param({"32", "256"})
    public int batch;

    private Kernel kernel;
    private List<PatientParameters> patients;
    private Device device;

    @Setup
    public void setUp() {
        KernelPath wanted = KernelPath.valueOf(path.toUpperCase(java.util.Locale.ROOT));
        kernel = new Kernel(ModelConstants.defaults(), batch, Kernel.DEFAULT_STEP_S, wanted);
        if (kernel.path() != wanted) {
            throw new IllegalStateException("the " + path + " kernel cannot run here (jdk.incubator.vector missing?)");
        }
        patients = new ArrayList<>();
        for (int k = 0; k < batch; k++) {
            int i = k % 32;
            patients.add(new PatientParameters(new HeartParameters(60 + i, 2.0 + 0.02 * i, 0.08, 15, 9 + 0.1 * i, 4),
                    new VascularParameters(1.1, 1.4), new CoronaryParameters(150, 0.35, 0.1 + 0.005 * i, 1.5, false)));
        }
        Control control = new Control();
        Protocol fixed = new Protocol(1, 0, 100, SIMULATED_S - 1e-9);
        device = new Device() {
            @Override
            public String name() {
                return "bench";
            }

            @Override
            public Protocol protocol() {
                return fixed;
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public Controller controller(int capacity) {
                return control.controller(capacity);
            }
        };
    }

    /** One run; JMH's score is runs per second, times {@code batch * STEPS} patient-steps (see KernelBench). */
    @Benchmark
    @OperationsPerInvocation(STEPS)
    public void patientSteps(Blackhole bh) {
        ArmPhysiology[] r = kernel.run(patients, device);
        bh.consume(r);
    }
}
