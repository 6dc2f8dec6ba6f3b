package org.sinus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Scenario files to records. Malformed files live in {@code src/test/resources/scenarios/bad/}, each named after what
 * is wrong with it; {@code bad/expected.csv} gives the field path and line each must be reported at.
 */
class ScenarioParserTest {
    private static final Path BAD = Path.of("src/test/resources/scenarios/bad");
    private static final Path GOOD = Path.of("src/test/resources/scenarios/good");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/scenarios/bad/expected.csv", numLinesToSkip = 1)
    void badFileGivesOneLocatedLine(String fileName, String field, int line) {
        final Path file = BAD.resolve(fileName);
        final ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(file));
        final String m = e.getMessage();
        assertFalse(m.contains("\n") || m.contains("\r"), () -> "more than one line: " + m);
        final String prefix = file + ":" + line + ": field '" + field + "': ";
        assertTrue(m.startsWith(prefix), () -> "expected prefix <" + prefix + "> in <" + m + ">");
        assertTrue(m.contains("; allowed: "), () -> "does not say what is allowed: " + m);
        for (String leak : List.of("Exception", "at org.", "snakeyaml", "java.")) {
            assertFalse(m.contains(leak), () -> "leaks '" + leak + "': " + m);
        }
        assertEquals(m, e.toString(), "printing the exception shows the message only");
        assertEquals(line, e.line());
        assertEquals(field, e.field());
        // The same bytes given directly report the same line.
        final ScenarioException fromBytes = assertThrows(ScenarioException.class,
            () -> ScenarioParser.parse(file.toString(), Files.readAllBytes(file)));
        assertEquals(m, fromBytes.getMessage());
    }

    @Test
    void everyBadFileHasAnExpectationAndThereAreEnough() throws IOException {
        final Set<String> listed;
        try (Stream<String> lines = Files.lines(BAD.resolve("expected.csv"))) {
            listed = lines.skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        }
        final Set<String> files;
        try (Stream<Path> list = Files.list(BAD)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                .collect(Collectors.toSet());
        }
        assertEquals(files, listed);
        assertTrue(files.size() >= 25, "at least 25 malformed files");
    }

    @Test
    void exampleMessagesReadWell() {
        assertMessage("picso-release-negative.yaml",
            ":12: field 'arms[1].picso.release-s': value '-2' is not allowed; allowed: a number in [0.5, 60]");
        assertMessage("unknown-top-level-key.yaml", ":11: field 'colour': key 'colour' is not allowed; allowed: "
            + "one of the keys name, description, seed, cohort, arms, endpoints, trial, output, run, dashboard, kernel");
        assertMessage("kernel-switch-not-on-or-off.yaml",
            ":12: field 'kernel.collateral-recruitment': value 'maybe' is not allowed; allowed: on or off");
        assertMessage("negative-cohort-size.yaml",
            ":5: field 'cohort.size': value '-5' is not allowed; allowed: an integer in [1, 100000000]");
        assertMessage("picso-min-occlusion-above-default-max.yaml", ":11: field 'arms[1].picso.max-occlusion-s': "
            + "value '20' is not allowed; allowed: a number in [min-occlusion-s = 30, 120]");
        assertMessage("duplicate-key-seed.yaml",
            ":3: field 'seed': key 'seed' appears twice (first on line 2); allowed: each key once");
        assertMessage("missing-arms.yaml", ":1: field 'arms': is missing; allowed: a list of at least 2 arms");
    }

    private static void assertMessage(String fileName, String expectedTail) {
        final Path file = BAD.resolve(fileName);
        final ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(file));
        assertEquals(file + expectedTail, e.getMessage());
    }

    @Test
    void typeErrorsStillSayTheRange() {
        assertMessage("picso-therapy-as-string.yaml", ":12: field 'arms[1].picso.therapy-min': value 'ninety' is "
            + "not allowed; allowed: a number in (0, 600]");
        assertMessage("seed-as-string.yaml", ":2: field 'seed': value '\"42\"' is not allowed; allowed: an integer "
            + "in [-9223372036854775808, 9223372036854775807]");
    }

    @Test
    void minimalFileTakesDefaults() throws Exception {
        final Scenario s = ScenarioParser.parse(GOOD.resolve("minimal.yaml"));
        final Scenario expected = new Scenario("Minimal", "", -7, new CohortSpec(CohortType.ANTERIOR_STEMI, 1),
            List.of(new ArmSpec("control", new NoDevice()), new ArmSpec("picso", PicsoSpec.defaults())),
            List.of(Endpoint.INFARCT_SIZE), new OutputSpec(Path.of("runs", "minimal")), RunSpec.auto(),
            DashboardSpec.defaults());
        assertEquals(expected, s);
        assertEquals(KernelSpec.unspecified(), s.kernel(), "no kernel block: both switches left to the JVM");
        assertEquals("control", s.referenceArm().name());
    }

    @Test
    void fullFileSetsEveryField() throws Exception {
        final Scenario s = ScenarioParser.parse(GOOD.resolve("full.yaml"));
        final Scenario expected = new Scenario("Full example with every key", "Two lines\nof description.\n",
            Long.MAX_VALUE, new CohortSpec(CohortType.ANTERIOR_STEMI, 100_000_000),
            List.of(new ArmSpec("control", new NoDevice()),
                new ArmSpec("picso-short", new PicsoSpec(0.5, 2, 10, 2.5, 80, 45)),
                new ArmSpec("picso-2", new PicsoSpec(1.0, 3, 20, 3, 90, 600))),
            List.of(Endpoint.INFARCT_SIZE), new TrialDesignSpec(52, 500, 0.025), new OutputSpec(Path.of("/tmp/sinus/out")),
            new RunSpec(16), new DashboardSpec(false, "0.0.0.0", 8080), new KernelSpec(false, true));
        assertEquals(expected, s);
    }

    @Test
    void byteOrderMarkFlowStyleAndEmptyValuesAreAccepted() throws Exception {
        final ParsedScenario p = ScenarioParser.load(GOOD.resolve("bom-and-flow-style.yaml"));
        final Scenario s = p.scenario();
        assertEquals("With a byte-order mark", s.name());
        assertEquals(List.of("a", "b"), s.arms().stream().map(ArmSpec::name).toList());
        assertTrue(s.run().isAuto());
        assertEquals(List.of(Endpoint.INFARCT_SIZE), s.endpoints());
        assertEquals(DashboardSpec.defaults(), s.dashboard());
        assertTrue(p.text().startsWith("\uFEFF"), "the recorded text is the file as it is");
    }

    @Test
    void loadKeepsTextAndHashOfTheExactBytes() throws Exception {
        final Path file = GOOD.resolve("full.yaml");
        final byte[] bytes = Files.readAllBytes(file);
        final ParsedScenario p = ScenarioParser.load(file);
        assertArrayEquals(bytes, p.bytes());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), p.sha256Hex());
        assertEquals(file.toString(), p.fileName());
        assertEquals(p.scenario(), ScenarioParser.parse("elsewhere.yaml", bytes));
    }

    @Test
    void missingFileAndDirectoryAreOneLine() {
        final Path missing = BAD.resolve("no-such-file.yaml");
        assertEquals(missing + ":1: field '(file)': the file does not exist; allowed: an existing scenario file",
            assertThrows(ScenarioException.class, () -> ScenarioParser.parse(missing)).getMessage());
        assertTrue(assertThrows(ScenarioException.class, () -> ScenarioParser.parse(BAD)).getMessage()
            .startsWith(BAD + ":1: field '(file)': is a directory"));
    }

    @Test
    void recordsRejectBadValuesInCodeToo() {
        final SpecException e = assertThrows(SpecException.class, () -> new PicsoSpec(1, 3, 20, -2, 90, 90));
        assertEquals("release-s", e.field());
        assertEquals("-2", e.value());
        assertEquals("a number in [0.5, 60]", e.allowed());
        assertThrows(SpecException.class, () -> new CohortSpec(null, 10));
        assertThrows(SpecException.class, () -> new RunSpec(-1));
        assertThrows(SpecException.class, () -> new DashboardSpec(true, "", 0));
        assertThrows(SpecException.class, () -> new ArmSpec("-starts-with-hyphen", new NoDevice()));
        assertThrows(SpecException.class, () -> new OutputSpec(Path.of("")));
    }

    @Test
    void scenarioListsAreImmutableCopies() throws Exception {
        final Scenario s = ScenarioParser.parse(GOOD.resolve("minimal.yaml"));
        assertThrows(UnsupportedOperationException.class, () -> s.arms().add(s.arms().get(0)));
        assertThrows(UnsupportedOperationException.class, () -> s.endpoints().clear());
    }
}
