package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.stemi.StemiOutcomes;
import org.sinus.engine.scenario.ParsedScenario;
import org.sinus.engine.scenario.ScenarioParser;

/**
 * The whole run on Spark {@code local[2]}, through the command line, on 60 patients with 1, 2 and 7 partitions: the
 * per-patient results are identical bit for bit and so are the summary numbers; the Arrow files read back with
 * Arrow's reader and carry the run's identity.
 */
class RunJobTest {
    private static final int[] PARTITIONS = {1, 2, 7};
    private static final Map<Integer, Path> OUT = new HashMap<>();
    private static String previousMaster;

    @TempDir
    static Path dir;
    static Path scenario;

    @BeforeAll
    static void runThreeTimes() throws IOException {
        previousMaster = System.setProperty("spark.master", "local[2]");
        scenario = dir.resolve("s60.yaml");
        Files.writeString(scenario, """
                name: Partition invariance (60 patients)
                description: jobs test
                seed: 777
                cohort: {type: anterior-stemi, size: 60}
                arms:
                  - {name: control, device: none}
                  - {name: picso, device: picso}
                endpoints: [infarct-size, death-1y, cs-mean-pressure]
                trial: {n-per-arm: 20, simulated-trials: 200}
                output: {directory: unused}
                dashboard: {enabled: false}
                """);
        for (int p : PARTITIONS) {
            Path out = dir.resolve("p" + p);
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int status = SinusMain.execute(new String[] {"run", scenario.toString(), "--partitions", "" + p,
                "--output", out.toString()}, new PrintStream(stdout, true), new PrintStream(stderr, true), false);
            assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
            String printed = stdout.toString(StandardCharsets.UTF_8);
            assertTrue(printed.contains("Paired difference"), printed);
            assertTrue(printed.contains("Secondary endpoint: Death within one year"), printed);
            assertTrue(printed.contains("Fisher exact test"), printed);
            OUT.put(p, out);
        }
    }

    @AfterAll
    static void restore() {
        if (previousMaster == null) {
            System.clearProperty("spark.master");
        } else {
            System.setProperty("spark.master", previousMaster);
        }
    }

    @Test
    void perPatientResultsDoNotDependOnPartitions() throws IOException {
        ArrowTables one = ArrowTables.read(OUT.get(1).resolve("patients.arrow"));
        assertTrue(one.rows().size() >= 100, "rows: " + one.rows().size());
        for (int p : PARTITIONS) {
            ArrowTables other = ArrowTables.read(OUT.get(p).resolve("patients.arrow"));
            assertEquals(one.schema().getFields(), other.schema().getFields());
            assertEquals(one.rows(), other.rows(), "partitions " + p);
            assertEquals(ArrowTables.read(OUT.get(1).resolve("failures.arrow")).rows(),
                    ArrowTables.read(OUT.get(p).resolve("failures.arrow")).rows());
        }
    }

    @Test
    void summaryNumbersDoNotDependOnPartitions() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode one = json.readTree(OUT.get(1).resolve("summary.json").toFile());
        for (int p : PARTITIONS) {
            JsonNode other = json.readTree(OUT.get(p).resolve("summary.json").toFile());
            assertEquals(one.get("arms"), other.get("arms"), "partitions " + p);
            assertEquals(one.get("differences"), other.get("differences"), "partitions " + p);
            assertEquals(one.get("simulatedTrials"), other.get("simulatedTrials"), "partitions " + p);
            assertEquals(one.get("secondaryEndpoints"), other.get("secondaryEndpoints"), "partitions " + p);
            assertEquals(p, other.get("execution").get("partitions").asInt());
        }
        assertEquals("777", one.get("run").get("seed").asText());
        assertEquals(2, one.get("arms").size());
        assertEquals("picso", one.get("differences").get(0).get("arm").asText());
        JsonNode trials = one.get("simulatedTrials");
        assertEquals(20, trials.get("nPerArm").asInt());
        assertEquals(200, trials.get("trials").asInt());
        assertTrue(trials.get("pool").asInt() >= 50, "the pool holds the cohort's patients: " + trials);
        JsonNode picso = trials.get("comparisons").get(0);
        assertEquals("picso", picso.get("arm").asText());
        double power = picso.get("power").asDouble();
        assertTrue(power >= 0 && power <= 1, "power " + power);
        assertTrue(picso.get("effectLow").asDouble() <= picso.get("meanEffect").asDouble()
                && picso.get("meanEffect").asDouble() <= picso.get("effectHigh").asDouble(), trials.toString());
        assertEquals("continuous", one.get("kind").asText());
        JsonNode death = one.get("secondaryEndpoints").get(0);
        assertEquals("death-1y", death.get("endpoint").asText());
        assertEquals("binary", death.get("kind").asText());
        assertEquals("Fisher exact test, two-sided", death.get("simulatedTrials").get("test").asText());
        JsonNode sinus = one.get("secondaryEndpoints").get(1);
        assertEquals("cs-mean-pressure", sinus.get("endpoint").asText());
        assertTrue(sinus.get("differences").get(0).get("ciLow").asDouble() > 0,
                "PICSO raises the mean sinus pressure, read from the kernel metric: " + sinus);
        for (JsonNode arm : death.get("arms")) {
            double p = arm.get("mean").asDouble();
            assertTrue(p >= 0 && p <= 1 && arm.get("ciLow").asDouble() <= p && p <= arm.get("ciHigh").asDouble(),
                    arm.toString());
        }
    }

    @Test
    void patientsFileReadsBackWithItsIdentityAndTheSimulatedRows() throws Exception {
        ArrowTables t = ArrowTables.read(OUT.get(7).resolve("patients.arrow"));
        ParsedScenario parsed = ScenarioParser.load(scenario);
        Map<String, String> m = t.metadata();
        assertEquals("777", m.get("sinus.seed"));
        assertEquals(parsed.sha256Hex(), m.get("sinus.scenario.sha256"));
        assertEquals(parsed.text(), m.get("sinus.scenario.text"));
        assertEquals("Partition invariance (60 patients)", m.get("sinus.scenario.name"));
        assertTrue(m.get("sinus.version").startsWith("0.1.0-SNAPSHOT+"), m.get("sinus.version"));
        assertTrue(m.containsKey("sinus.created"));
        assertEquals("off", m.get("sinus.kernel.baroreflex"), "the physics switches are recorded");
        assertEquals("on", m.get("sinus.kernel.recruitment"), "collateral recruitment is on by default");
        Field infarct = t.schema().findField(StemiOutcomes.INFARCT);
        assertEquals("% LV", infarct.getMetadata().get(ArrowResults.UNIT));
        assertEquals("mmHg", t.schema().findField("cs_mean_mmhg").getMetadata().get(ArrowResults.UNIT));
        assertEquals("years", t.schema().findField("age_years").getMetadata().get(ArrowResults.UNIT));

        PatientSimulation sim = new PatientSimulation(777, Cohorts.of("anterior-stemi"),
                parsed.scenario().arms());
        PartitionResult direct = sim.simulate(new IdRange(0, 0, 60));
        assertEquals(direct.rows(), t.rows().size());
        int arm = t.column("arm");
        int firstValue = t.column("patient_id") + 2;
        for (int r = 0; r < direct.rows(); r++) {
            List<Object> row = t.rows().get(r);
            assertEquals(Long.toString(direct.patientIds()[r]), row.get(0));
            assertEquals(List.of("control", "picso").get(direct.armIndices()[r]), row.get(arm));
            for (int c = 0; c < direct.values().length; c++) {
                Object expected = t.rows().get(r).get(c + firstValue) instanceof String
                        ? Integer.toString((int) direct.values()[c][r])
                        : (Object) Double.doubleToRawLongBits(direct.values()[c][r]);
                assertEquals(expected, row.get(c + firstValue), "row " + r + ", column " + c);
            }
        }
        ArrowTables failures = ArrowTables.read(OUT.get(7).resolve("failures.arrow"));
        assertEquals(m.get("sinus.scenario.sha256"), failures.metadata().get("sinus.scenario.sha256"));
        assertEquals(List.of("patient_id", "arm", "stage", "reason", "parameters"),
                failures.schema().getFields().stream().map(Field::getName).toList());
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        try (var files = Files.list(OUT.get(2))) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("failures.arrow", "patients.arrow", "summary.json"), names);
        }
        assertFalse(Files.exists(dir.resolve("unused")));
    }
}
