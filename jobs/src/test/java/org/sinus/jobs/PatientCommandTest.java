package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sinus patient} in-process on a 20-patient scenario: the files, their columns, rows and metadata, and the
 * physiology a clinician would check first (PICSO occlusions raise the sinus pressure above control; the LV
 * pressure-volume loop closes). Deterministic: fixed seed, no randomness beyond it.
 */
class PatientCommandTest {
    @TempDir
    static Path dir;

    private static Result run;
    private static long id;
    private static ArrowTables table;
    private static Map<String, List<double[]>> byArm;

    private record Result(int status, String out, String err) {
    }

    private static Result sinus(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SinusMain.execute(args, new PrintStream(out, true), new PrintStream(err, true), false);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Path scenario() throws IOException {
        Path f = dir.resolve("small.yaml");
        Files.writeString(f, """
                name: Small
                description: a patient looked at
                seed: 7
                cohort: {type: anterior-stemi, size: 20}
                arms: [{name: control, device: none}, {name: picso, device: picso}]
                endpoints: [infarct-size]
                output: {directory: out}
                dashboard: {enabled: false}
                """);
        return f;
    }

    @BeforeAll
    static void exportTheRepresentativePatient() throws IOException {
        run = sinus("patient", scenario().toString(), "--output", dir.resolve("traces").toString());
        assertEquals(0, run.status(), run.err());
        Matcher m = Pattern.compile("patient (\\d+) \\(closest to the cohort medians among patients 0 to 19\\)")
                .matcher(run.out());
        assertTrue(m.find(), run.out());
        id = Long.parseLong(m.group(1));
        table = ArrowTables.read(dir.resolve("traces").resolve("patient-" + id + ".arrow"));
        byArm = new LinkedHashMap<>();
        for (List<Object> row : table.rows()) {
            double[] v = new double[row.size() - 1];
            for (int c = 1; c < row.size(); c++) {
                v[c - 1] = Double.longBitsToDouble((Long) row.get(c));
            }
            byArm.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(v);
        }
    }

    private static int col(String name) {
        return table.column(name) - 1;
    }

    @Test
    void writesArrowAndCsvWithTheDocumentedColumnsAndMetadata() throws IOException {
        List<String> names = table.schema().getFields().stream().map(f -> f.getName()).toList();
        assertEquals(List.of("arm", "time_s", "lv_pressure_mmhg", "lv_volume_ml", "aortic_pressure_mmhg",
                "cs_pressure_mmhg", "epicardial_pressure_mmhg", "risk_endo_flow_ml_per_min_per_g",
                "risk_epi_flow_ml_per_min_per_g", "remote_endo_flow_ml_per_min_per_g",
                "remote_epi_flow_ml_per_min_per_g", "risk_endo_retrograde_ml_per_min_per_g",
                "risk_epi_retrograde_ml_per_min_per_g", "thebesian_flow_ml_per_s", "cs_occluded"), names);
        assertEquals("mmHg", table.schema().findField("cs_pressure_mmhg").getMetadata().get(ArrowResults.UNIT));
        Map<String, String> meta = table.metadata();
        assertEquals("7", meta.get("sinus.seed"));
        assertEquals(Long.toString(id), meta.get("sinus.patient.id"));
        assertTrue(meta.get("sinus.scenario.sha256").matches("[0-9a-f]{64}"));
        assertTrue(meta.get("sinus.version").startsWith("0.1.0-SNAPSHOT+"));
        assertTrue(Double.parseDouble(meta.get("sinus.patient.age_years")) > 25);
        assertEquals(List.of("warm-up", "control", "picso"), List.copyOf(byArm.keySet()));

        // 10 s of warm-up at 5 ms; each arm from its start to its measured window's end, at most 60 s.
        assertEquals(2000, byArm.get("warm-up").size());
        double warmupStart = byArm.get("warm-up").get(0)[col("time_s")];
        assertEquals(5.0, warmupStart, 1e-9);
        for (String arm : List.of("control", "picso")) {
            List<double[]> rows = byArm.get(arm);
            double t0 = rows.get(0)[col("time_s")];
            assertEquals(15.0, t0, 0.005, arm);
            assertTrue(rows.size() > 200 && rows.size() <= 12_000, arm + ": " + rows.size());
            assertEquals(0.005, rows.get(1)[col("time_s")] - t0, 1e-9, arm);
        }

        List<String> csv = Files.readAllLines(dir.resolve("traces").resolve("patient-" + id + ".csv"));
        assertEquals("arm," + String.join(",", names.subList(1, names.size())), csv.get(0));
        assertEquals(table.rows().size() + 1, csv.size());
        for (int r : new int[] {0, 2500, table.rows().size() - 1}) {
            String[] cells = csv.get(r + 1).split(",");
            List<Object> row = table.rows().get(r);
            assertEquals(row.get(0), cells[0]);
            for (int c = 1; c < cells.length; c++) {
                assertEquals((long) (Long) row.get(c), Double.doubleToRawLongBits(Double.parseDouble(cells[c])),
                        "row " + r + " column " + names.get(c));
            }
        }
        assertTrue(run.out().contains("control") && run.out().contains("picso") && run.out().contains("LVEDP"),
                run.out());
    }

    @Test
    void picsoOcclusionsRaiseTheSinusPressureAboveControl() {
        List<double[]> picso = byArm.get("picso");
        double controlMean = byArm.get("control").stream().mapToDouble(v -> v[col("cs_pressure_mmhg")]).average()
                .orElseThrow();
        int onsets = 0;
        double occludedSum = 0;
        int occluded = 0;
        for (int k = 0; k < picso.size(); k++) {
            double o = picso.get(k)[col("cs_occluded")];
            assertTrue(o == 0 || o == 1, "cs_occluded " + o);
            if (o == 1) {
                occludedSum += picso.get(k)[col("cs_pressure_mmhg")];
                occluded++;
                if (k == 0 || picso.get(k - 1)[col("cs_occluded")] == 0) {
                    onsets++;
                }
            }
        }
        assertTrue(onsets >= 2, "occlusion periods: " + onsets);
        double occludedMean = occludedSum / occluded;
        assertTrue(occludedMean > controlMean + 5, "CS pressure occluded " + occludedMean + " vs control "
                + controlMean + " mmHg");
        assertTrue(byArm.get("control").stream().allMatch(v -> v[col("cs_occluded")] == 0));
    }

    /** The patient's metrics are the trial run's for the same patient, bit for bit (the kernel keeps patients apart). */
    @Test
    void summaryMatchesTheTrialRunsRowsOfThePatient() throws Exception {
        org.sinus.engine.scenario.Scenario s = org.sinus.engine.scenario.ScenarioParser.parse(scenario());
        PatientSimulation sim = new PatientSimulation(7, org.sinus.cohorts.Cohorts.of("anterior-stemi"), s.arms());
        PartitionResult r = sim.simulate(new IdRange(0, id, id + 1));
        assertEquals(2, r.rows());
        for (int row = 0; row < 2; row++) {
            String arm = s.arms().get(r.armIndices()[row]).name();
            for (org.sinus.engine.physiology.Metric m : List.of(org.sinus.engine.physiology.Metric.CS_MEAN_MMHG,
                    org.sinus.engine.physiology.Metric.LVEDP_MMHG,
                    org.sinus.engine.physiology.Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G)) {
                double trial = r.values()[sim.columns().metricIndex(m)][row];
                assertEquals(Double.toString(trial), table.metadata().get("sinus.summary." + arm + "." + m.column()),
                        arm + " " + m);
            }
        }
    }

    /** The last whole beat of control: pressure and volume at the same phase one period apart agree. */
    @Test
    void theControlPressureVolumeLoopCloses() {
        double period = Double.parseDouble(table.metadata().get("sinus.trace.period_s"));
        List<double[]> control = byArm.get("control");
        double end = control.get(control.size() - 1)[col("time_s")];
        double t0 = (Math.floor(end / period) - 1) * period;
        for (double phase : new double[] {0.02, 0.3, 0.7}) {
            double a = t0 - period + phase * period;
            double b = t0 + phase * period;
            double dv = at(control, "lv_volume_ml", b) - at(control, "lv_volume_ml", a);
            double dp = at(control, "lv_pressure_mmhg", b) - at(control, "lv_pressure_mmhg", a);
            assertTrue(Math.abs(dv) < 0.5, "LV volume changes by " + dv + " ml over a beat at phase " + phase);
            assertTrue(Math.abs(dp) < 1.0, "LV pressure changes by " + dp + " mmHg over a beat at phase " + phase);
        }
        double strokeMl = control.stream().filter(v -> v[col("time_s")] >= t0 - period && v[col("time_s")] < t0)
                .mapToDouble(v -> v[col("lv_volume_ml")]).summaryStatistics().getMax()
                - control.stream().filter(v -> v[col("time_s")] >= t0 - period && v[col("time_s")] < t0)
                        .mapToDouble(v -> v[col("lv_volume_ml")]).summaryStatistics().getMin();
        assertTrue(strokeMl > 20 && strokeMl < 150, "stroke volume " + strokeMl);
    }

    private static double at(List<double[]> rows, String column, double t) {
        int tc = col("time_s");
        int c = col(column);
        for (int k = 1; k < rows.size(); k++) {
            if (rows.get(k)[tc] >= t) {
                double[] p = rows.get(k - 1);
                double[] q = rows.get(k);
                double w = (t - p[tc]) / (q[tc] - p[tc]);
                return p[c] + w * (q[c] - p[c]);
            }
        }
        throw new IllegalArgumentException("t = " + t + " beyond the trace");
    }

    @Test
    void aGivenPatientAndBadInputs() throws IOException {
        Result three = sinus("patient", scenario().toString(), "--patient", "3", "--output",
                dir.resolve("three").toString());
        assertEquals(0, three.status(), three.err());
        assertTrue(Files.size(dir.resolve("three").resolve("patient-3.arrow")) > 0);
        assertTrue(three.out().contains("patient 3 (chosen with --patient)"), three.out());

        Result outside = sinus("patient", scenario().toString(), "--patient", "20");
        assertEquals(2, outside.status());
        assertEquals(1, outside.err().lines().count(), outside.err());
        assertTrue(outside.err().contains("allowed: 0 to 19"), outside.err());

        Result both = sinus("patient", scenario().toString(), "--patient", "1", "--median");
        assertEquals(2, both.status());
        assertEquals(1, both.err().lines().count(), both.err());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(scenario()).replace("size: 20",
                "size: -3"));
        Result badScenario = sinus("patient", bad.toString());
        assertEquals(2, badScenario.status());
        assertEquals(1, badScenario.err().lines().count(), badScenario.err());
        assertTrue(badScenario.err().contains("field 'cohort.size'"), badScenario.err());
        assertFalse(badScenario.err().contains("Exception"), badScenario.err());
    }
}
