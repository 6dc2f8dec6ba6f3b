package org.sinus.cohorts.stemi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.Protocol;
import org.sinus.engine.physiology.VascularParameters;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;

/**
 * The kernel across the cohort's parameter space never leaks a NaN. Three groups run under control and PICSO in
 * batches of 32: sampled anterior-STEMI patients; the 2^7 corners of seven key parameters (heart rate, Emax, Emin,
 * systemic resistance, arterial compliance, CFI, microvascular obstruction) at their records' bounds; and patients
 * drawn uniformly from the whole box of the records' ranges (all twelve continuous parameters, culprit open or
 * occluded). Every result is either finite throughout or a failure with a reason; cohort patients do not fail; and
 * in the batch with the most failures (one is injected when none occurs) the surviving batch-mates get bit for bit
 * the results they get alone. Sizes are held down to keep the test near 15 s; the job's default scenario runs the
 * kernel on ten thousand patients. Fixed seed (20261121) and fixed corners: deterministic, nothing fails by chance.
 */
class CohortRobustnessTest {
    private static final long SEED = 20261121L;
    private static final int COHORT_PATIENTS = 160;
    private static final int BOX_PATIENTS = 64;
    private static final int BATCH = 32;
    private static final List<Device> DEVICES = List.of(new Control(), new Picso(1.0, 3, 20, 3, 90));
    /** Corner parameters: name, low, high (the bounds of the parameter records). */
    private static final String[] CORNER_NAMES = {"HR", "Emax", "Emin", "Rsys", "Cart", "CFI", "MVO"};
    private static final double[][] CORNER_RANGES = {{30, 200}, {0.3, 6}, {0.02, 0.5}, {0.3, 4}, {0.3, 4},
        {0, 0.6}, {1, 10}};

    /** Corner {@code k} of the 2^7 corners; the other parameters are the reference patient's. */
    private static PatientParameters corner(int k) {
        double[] v = new double[CORNER_RANGES.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = CORNER_RANGES[j][(k >> j) & 1];
        }
        return new PatientParameters(new HeartParameters(v[0], v[1], v[2], 15, 9, 3), new VascularParameters(v[3],
                v[4]), new CoronaryParameters(150, 0.4, v[5], v[6], false));
    }

    /** Patient {@code id} drawn uniformly from the whole box of the parameter records' ranges. */
    private static PatientParameters boxPatient(RandomStreams streams, long id) {
        UniformRandomProvider rng = streams.stream(-1 - id, Purpose.COHORT); // negative ids: apart from the cohort's
        double[][] box = {{30, 200}, {0.3, 6}, {0.02, 0.5}, {0, 80}, {2, 40}, {0, 25}, {0.3, 4}, {0.3, 4},
            {60, 400}, {0.02, 0.8}, {0, 0.6}, {1, 10}};
        double[] v = new double[box.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = box[j][0] + (box[j][1] - box[j][0]) * rng.nextDouble();
        }
        return new PatientParameters(new HeartParameters(v[0], v[1], v[2], v[3], v[4], v[5]),
                new VascularParameters(v[6], v[7]),
                new CoronaryParameters(v[8], v[9], v[10], v[11], rng.nextBoolean()));
    }

    /** Checks one result; returns whether it is ok. */
    private static boolean check(ArmPhysiology a, String who) {
        if (!a.ok()) {
            assertFalse(a.failure().isBlank(), who + ": failure without a reason");
            return false;
        }
        for (double m : a.metrics()) {
            assertTrue(Double.isFinite(m), who + ": non-finite metric in an ok result");
        }
        for (double m : a.deviceMetrics()) {
            assertTrue(Double.isFinite(m), who + ": non-finite device metric in an ok result");
        }
        return true;
    }

    /** One group of patients run in batches: the results, and the failures with their reasons. */
    private static final class Group {
        final String name;
        final List<PatientParameters> patients;
        final ArmPhysiology[][] results; // [device][patient]
        final Map<String, List<Integer>> reasons = new TreeMap<>();
        final boolean[] failed;
        final double seconds;

        Group(String name, List<PatientParameters> patients, Kernel kernel) {
            this.name = name;
            this.patients = patients;
            int n = patients.size();
            results = new ArmPhysiology[DEVICES.size()][n];
            failed = new boolean[n];
            long started = System.nanoTime();
            for (int from = 0; from < n; from += BATCH) {
                List<PatientParameters> batch = patients.subList(from, Math.min(n, from + BATCH));
                ArmPhysiology[][] r = kernel.run(batch, DEVICES);
                for (int d = 0; d < DEVICES.size(); d++) {
                    for (int j = 0; j < batch.size(); j++) {
                        int k = from + j;
                        results[d][k] = r[d][j];
                        if (!check(r[d][j], name + " patient " + k + " " + patients.get(k))) {
                            failed[k] = true;
                            String reason = DEVICES.get(d).name() + ": "
                                    + r[d][j].failure().replaceAll("[0-9][0-9.]* s", "# s");
                            reasons.computeIfAbsent(reason, x -> new ArrayList<>()).add(k);
                        }
                    }
                }
            }
            seconds = (System.nanoTime() - started) * 1e-9;
        }

        int failures() {
            int f = 0;
            for (boolean b : failed) {
                f += b ? 1 : 0;
            }
            return f;
        }

        void print() {
            System.out.printf(Locale.ROOT, "%-7s %4d patients, %3d failing under at least one device, %.1f s%n",
                    name, patients.size(), failures(), seconds);
            for (Map.Entry<String, List<Integer>> e : reasons.entrySet()) {
                System.out.printf(Locale.ROOT, "  %3d x %s, e.g. %s%n", e.getValue().size(), e.getKey(),
                        patients.get(e.getValue().get(0)));
            }
        }

        /** The batch with the most failing patients (the first batch when none fails). */
        int worstBatch() {
            int worst = 0;
            int most = -1;
            for (int from = 0; from < patients.size(); from += BATCH) {
                int f = 0;
                for (int k = from; k < Math.min(patients.size(), from + BATCH); k++) {
                    f += failed[k] ? 1 : 0;
                }
                if (f > most) {
                    most = f;
                    worst = from / BATCH;
                }
            }
            return worst;
        }
    }

    @Test
    void noNaNLeaksAndFailuresGoToTheLedger() {
        Cohort cohort = Cohorts.of("anterior-stemi");
        RandomStreams streams = RandomStreams.of(SEED);
        List<PatientParameters> sampled = new ArrayList<>();
        int unmappable = 0;
        for (long id = 0; sampled.size() < COHORT_PATIENTS; id++) {
            try {
                sampled.add(cohort.sample(streams, id).parameters());
            } catch (IllegalArgumentException e) {
                unmappable++; // the mapping's own ledger (StemiKernelMappingTest); not this test's subject
            }
        }
        List<PatientParameters> corners = new ArrayList<>();
        for (int k = 0; k < 1 << CORNER_NAMES.length; k++) {
            corners.add(corner(k));
        }
        List<PatientParameters> box = new ArrayList<>();
        for (int k = 0; k < BOX_PATIENTS; k++) {
            box.add(boxPatient(streams, k));
        }
        Kernel kernel = new Kernel(ModelConstants.defaults(), BATCH, Kernel.DEFAULT_STEP_S);
        Group cohortGroup = new Group("cohort", sampled, kernel);
        Group cornerGroup = new Group("corners", corners, kernel);
        Group boxGroup = new Group("box", box, kernel);
        System.out.printf(Locale.ROOT, "seed %d: %d unmappable cohort draws skipped%n", SEED, unmappable);
        for (Group g : List.of(cohortGroup, cornerGroup, boxGroup)) {
            g.print();
        }
        assertEquals(0, cohortGroup.failures(), "cohort patients failing in the kernel");

        // The batch with the most failures (natural ones, or else one injected in its first patient by a device that
        // writes NaN into the model): its surviving members, each alone, get bit for bit the same results.
        Group g = boxGroup.failures() >= cornerGroup.failures() ? boxGroup : cornerGroup;
        int worst = g.worstBatch();
        List<PatientParameters> batch = g.patients.subList(worst * BATCH, Math.min(g.patients.size(),
                (worst + 1) * BATCH));
        ArmPhysiology[][] inBatch = new ArmPhysiology[DEVICES.size()][];
        boolean[] failed = new boolean[batch.size()];
        for (int d = 0; d < DEVICES.size(); d++) {
            inBatch[d] = Arrays.copyOfRange(g.results[d], worst * BATCH, worst * BATCH + batch.size());
        }
        String how = "natural";
        if (g.failures() == 0) {
            how = "injected";
            inBatch = kernel.run(batch, List.of(DEVICES.get(0), sabotaged((Picso) DEVICES.get(1), 20)));
            assertFalse(inBatch[1][0].ok(), "the sabotaged patient must fail");
            assertTrue(inBatch[1][0].failure().contains("non-finite"), inBatch[1][0].failure());
        }
        for (int j = 0; j < batch.size(); j++) {
            for (int d = 0; d < DEVICES.size(); d++) {
                failed[j] |= !check(inBatch[d][j], g.name + " batch " + worst + " patient " + j);
            }
        }
        Kernel single = new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S);
        int compared = 0;
        int failing = 0;
        for (int j = 0; j < batch.size(); j++) {
            if (failed[j]) {
                failing++;
                continue;
            }
            if (compared == 8) {
                continue;
            }
            ArmPhysiology[][] alone = single.run(List.of(batch.get(j)), DEVICES);
            for (int d = 0; d < DEVICES.size(); d++) {
                assertArrayEquals(alone[d][0].metrics(), inBatch[d][j].metrics(), g.name + " patient " + j);
                assertArrayEquals(alone[d][0].deviceMetrics(), inBatch[d][j].deviceMetrics());
            }
            compared++;
        }
        System.out.printf(Locale.ROOT, "%s batch %d (%d failing, %s): %d surviving batch-mates identical when run "
                + "alone%n", g.name, worst, failing, how, compared);
    }

    /** PICSO whose controller writes NaN into patient 0's ostium actuator from {@code afterS} on. */
    private static Device sabotaged(Picso picso, double afterS) {
        return new Device() {
            @Override
            public String name() {
                return picso.name();
            }

            @Override
            public Protocol protocol() {
                return picso.protocol();
            }

            @Override
            public List<String> metricNames() {
                return picso.metricNames();
            }

            @Override
            public Controller controller(int capacity) {
                Controller inner = picso.controller(capacity);
                return new Controller() {
                    @Override
                    public void start(int i, double timeS) {
                        inner.start(i, timeS);
                    }

                    @Override
                    public void act(double timeS, CardiovascularModel model, int from, int to) {
                        inner.act(timeS, model, from, to);
                        if (timeS > afterS) {
                            model.csOstiumOpen[0] = Double.NaN;
                        }
                    }

                    @Override
                    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                        return inner.onBeatEnd(i, timeS, csSystolicMmHg);
                    }

                    @Override
                    public void metrics(int i, double[] out) {
                        inner.metrics(i, out);
                    }
                };
            }
        };
    }
}
