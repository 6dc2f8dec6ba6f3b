package org.sinus.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.KernelPath;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.NoDevice;

/**
 * Simulates a range of patients under every arm of a trial: samples each patient, runs the kernel in batches under
 * control and under every arm's device, and computes the endpoint. Plain Java (no Spark): a Spark task calls
 * {@link #simulate} for its partition; so can a test.
 *
 * <p>Every patient is simulated once under control even when no arm is {@code none}: the PICSO dose is the rise of
 * the at-risk venous pressure over the patient's own control physiology. An arm with no device reuses that run. The
 * outcome residual is one standard normal per patient from {@code (patient, OUTCOME)}, shared by all arms (common
 * random numbers). A patient whose sampling, physiology (in any arm) or outcome fails goes to the failure ledger and
 * produces no rows. A patient's rows depend only on the run seed and the patient id, never on the partitioning:
 * the kernel treats the patients of a batch independently.
 *
 * <p>Immutable and thread-safe; each call of {@link #simulate} makes its own kernel workspace.
 */
final class PatientSimulation {
    /** Patients per kernel batch. */
    static final int BATCH = 32;

    private final RandomStreams streams;
    private final Cohort cohort;
    private final List<ArmSpec> arms;
    private final Device control = new Control();
    /** Per arm: its device, or null for an arm without device (it reuses the control run). */
    private final Device[] devices;
    private final OutcomeModel outcome;
    private final ResultColumns columns;
    private final PhysicsSwitches physics;

    /** With this JVM's physics switches. */
    PatientSimulation(long seed, Cohort cohort, List<ArmSpec> arms) {
        this(seed, cohort, arms, PhysicsSwitches.configured());
    }

    PatientSimulation(long seed, Cohort cohort, List<ArmSpec> arms, PhysicsSwitches physics) {
        this.physics = physics;
        this.streams = RandomStreams.of(seed);
        this.cohort = cohort;
        this.arms = List.copyOf(arms);
        this.devices = new Device[arms.size()];
        for (int a = 0; a < devices.length; a++) {
            devices[a] = arms.get(a).device() instanceof NoDevice ? null : Devices.of(arms.get(a).device());
        }
        this.outcome = cohort.outcomes();
        this.columns = ResultColumns.of(cohort, arms);
    }

    OutcomeModel outcome() {
        return outcome;
    }

    ResultColumns columns() {
        return columns;
    }

    List<ArmSpec> arms() {
        return arms;
    }

    /** Simulates the patients of {@code range}. */
    PartitionResult simulate(IdRange range) {
        long start = System.nanoTime();
        Kernel kernel = new Kernel(physics.constants(), BATCH, Kernel.DEFAULT_STEP_S, KernelPath.configured(),
                physics.baroreflex());
        Rows rows = new Rows(columns.size(), (int) Math.min(Integer.MAX_VALUE / 2, range.size() * arms.size()));
        List<FailureRecord> failures = new ArrayList<>();
        List<VirtualPatient> batch = new ArrayList<>(BATCH);
        long runs = 0;
        for (long id = range.from(); id < range.to(); id++) {
            try {
                batch.add(cohort.sample(streams, id));
            } catch (IllegalArgumentException e) {
                failures.add(new FailureRecord(id, null, "cohort", oneLine(e.getMessage()), null));
            }
            if (batch.size() == BATCH || id == range.to() - 1) {
                runs += runBatch(kernel, batch, rows, failures);
                batch.clear();
            }
        }
        double elapsedS = (System.nanoTime() - start) / 1e9;
        return new PartitionResult(range.index(), range, rows.ids(), rows.arms(), rows.values(), failures, runs,
                elapsedS);
    }

    /** Runs one batch under control and every device arm; returns the kernel runs made. */
    private long runBatch(Kernel kernel, List<VirtualPatient> batch, Rows rows, List<FailureRecord> failures) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<PatientParameters> params = new ArrayList<>(batch.size());
        for (VirtualPatient p : batch) {
            params.add(p.parameters());
        }
        // Control (for the PICSO dose) and every device arm in one kernel call: they share the warm-up.
        List<Device> toRun = new ArrayList<>();
        toRun.add(control);
        int[] slot = new int[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            if (devices[a] != null) {
                slot[a] = toRun.size();
                toRun.add(devices[a]);
            }
        }
        ArmPhysiology[][] runs = runSafely(kernel, params, toRun);
        ArmPhysiology[] controlRun = runs[0];
        ArmPhysiology[][] byArm = new ArmPhysiology[arms.size()][];
        for (int a = 0; a < arms.size(); a++) {
            byArm[a] = devices[a] == null ? controlRun : runs[slot[a]];
        }
        for (int i = 0; i < batch.size(); i++) {
            addPatient(batch.get(i), controlRun[i], byArm, i, rows, failures);
        }
        return (long) batch.size() * toRun.size();
    }

    private void addPatient(VirtualPatient p, ArmPhysiology controlPhys, ArmPhysiology[][] byArm, int i, Rows rows,
            List<FailureRecord> failures) {
        boolean failed = false;
        if (!controlPhys.ok() && Arrays.stream(devices).noneMatch(d -> d == null)) {
            failures.add(new FailureRecord(p.id(), null, "kernel", "control physiology (for the PICSO dose): "
                    + oneLine(controlPhys.failure()), p.parameters().toString()));
            failed = true;
        }
        for (int a = 0; a < arms.size(); a++) {
            if (!byArm[a][i].ok()) {
                failures.add(new FailureRecord(p.id(), arms.get(a).name(), "kernel", oneLine(byArm[a][i].failure()),
                        p.parameters().toString()));
                failed = true;
            }
        }
        if (failed) {
            return;
        }
        int outcomeColumns = outcome.columns().size();
        double[][] results = new double[arms.size()][outcomeColumns];
        ArmPhysiology[] physiology = new ArmPhysiology[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            physiology[a] = byArm[a][i];
        }
        try {
            outcome.compute(p, controlPhys, physiology, arms, streams, results);
        } catch (IllegalArgumentException e) {
            failures.add(new FailureRecord(p.id(), null, "outcome", oneLine(e.getMessage()),
                    p.parameters().toString()));
            return;
        }
        for (int a = 0; a < arms.size(); a++) {
            int r = rows.add(p.id(), a);
            double[][] v = rows.values;
            for (int c = 0; c < columns.covariates(); c++) {
                v[c][r] = p.covariate(c);
            }
            v[columns.covariates()][r] = p.clampedParameterCount();
            for (int k = 0; k < outcomeColumns; k++) {
                v[columns.outcomeIndex(k)][r] = results[a][k];
            }
            ArmPhysiology phys = byArm[a][i];
            for (Metric m : Metric.values()) {
                v[columns.metricIndex(m)][r] = phys.get(m);
            }
            List<String> names = devices[a] == null ? List.of() : devices[a].metricNames();
            for (int k = 0; k < columns.deviceMetrics().size(); k++) {
                int at = names.indexOf(columns.deviceMetrics().get(k));
                v[columns.deviceMetricIndex(k)][r] = at < 0 ? Double.NaN : phys.deviceMetrics()[at];
            }
        }
    }

    /**
     * Runs a batch under the devices; if the kernel throws (a bug or a parameter it rejects), runs each patient and
     * device alone so that only the patients that throw are failures.
     */
    private static ArmPhysiology[][] runSafely(Kernel kernel, List<PatientParameters> params, List<Device> devices) {
        try {
            return kernel.run(params, devices);
        } catch (RuntimeException batchError) {
            ArmPhysiology[][] out = new ArmPhysiology[devices.size()][params.size()];
            for (int k = 0; k < devices.size(); k++) {
                Device device = devices.get(k);
                for (int i = 0; i < params.size(); i++) {
                    try {
                        out[k][i] = kernel.run(List.of(params.get(i)), device)[0];
                    } catch (RuntimeException e) {
                        double[] nan = new double[Metric.values().length];
                        Arrays.fill(nan, Double.NaN);
                        out[k][i] = new ArmPhysiology(nan, new double[device.metricNames().size()],
                                "kernel error: " + e);
                    }
                }
            }
            return out;
        }
    }

    static String oneLine(String s) {
        return s == null ? "null" : s.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** Growable column store of one partition's rows. */
    private static final class Rows {
        long[] ids;
        int[] arms;
        double[][] values;
        int size;

        Rows(int columns, int capacity) {
            ids = new long[Math.max(capacity, 1)];
            arms = new int[ids.length];
            values = new double[columns][ids.length];
        }

        int add(long id, int arm) {
            if (size == ids.length) {
                int n = size * 2;
                ids = Arrays.copyOf(ids, n);
                arms = Arrays.copyOf(arms, n);
                for (int c = 0; c < values.length; c++) {
                    values[c] = Arrays.copyOf(values[c], n);
                }
            }
            ids[size] = id;
            arms[size] = arm;
            return size++;
        }

        long[] ids() {
            return Arrays.copyOf(ids, size);
        }

        int[] arms() {
            return Arrays.copyOf(arms, size);
        }

        double[][] values() {
            double[][] out = new double[values.length][];
            for (int c = 0; c < values.length; c++) {
                out[c] = Arrays.copyOf(values[c], size);
            }
            return out;
        }
    }
}
