package org.sinus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scenario files shipped in {@code scenarios/} are valid, and the validator reports one line per file. */
class ScenarioValidatorTest {
    /** The repository's scenarios, seen from the engine module directory (Surefire's working directory). */
    private static final Path SCENARIOS = Path.of("../scenarios");

    @Test
    void everyShippedScenarioValidates() throws IOException {
        final List<Path> files;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                .toList();
        }
        assertTrue(files.size() >= 2, "scenarios/ holds at least the two stemi-picso files");
        final ScenarioValidator.Report report = ScenarioValidator.validate(files);
        assertTrue(report.ok(), () -> String.join("\n", report.lines()));
        assertEquals(files.size(), report.lines().size());
        report.lines().forEach(l -> assertTrue(l.startsWith("OK  "), l));
    }

    @Test
    void defaultScenarioIsTheStemiPicsoTrial() throws ScenarioException {
        final Scenario s = ScenarioParser.parse(SCENARIOS.resolve("stemi-picso.yaml"));
        assertEquals(20261121, s.seed());
        assertEquals(new CohortSpec(CohortType.ANTERIOR_STEMI, 10_000), s.cohort());
        assertEquals(new ArmSpec("control", new NoDevice()), s.referenceArm());
        assertEquals(new ArmSpec("picso", PicsoSpec.defaults()), s.arms().get(1));
        assertEquals(List.of(Endpoint.INFARCT_SIZE, Endpoint.MVO_EXTENT, Endpoint.DEATH_1Y, Endpoint.HF_ADMISSION_1Y),
                s.endpoints());
        assertEquals(Path.of("runs/stemi-picso"), s.output().directory());
        assertTrue(s.run().isAuto());
        assertEquals(DashboardSpec.defaults(), s.dashboard());
    }

    @Test
    void smallScenarioIsTheSameTrialWithFewerPatientsAndNoDashboard() throws ScenarioException {
        final Scenario big = ScenarioParser.parse(SCENARIOS.resolve("stemi-picso.yaml"));
        final Scenario small = ScenarioParser.parse(SCENARIOS.resolve("stemi-picso-small.yaml"));
        assertEquals(500, small.cohort().size());
        assertFalse(small.dashboard().enabled());
        assertEquals(big.seed(), small.seed());
        assertEquals(big.arms(), small.arms());
        assertEquals(big.endpoints(), small.endpoints());
    }

    @Test
    void mixedFilesGiveOneLinePerFileAndFail() {
        final Path good = SCENARIOS.resolve("stemi-picso-small.yaml");
        final Path bad = Path.of("src/test/resources/scenarios/bad/one-arm-only.yaml");
        final ScenarioValidator.Report report = ScenarioValidator.validate(List.of(good, bad));
        assertFalse(report.ok());
        assertEquals(List.of(
            "OK  " + good + "  (PICSO after primary PCI in anterior STEMI (500 patients), 500 patients, 2 arms)",
            bad + ":6: field 'arms': value '1 arm' is not allowed; allowed: a list of at least 2 arms "
                + "(the first is the reference arm)"), report.lines());
    }

    @Test
    void noFilesIsNotOk() {
        assertFalse(ScenarioValidator.validate(List.of()).ok());
    }
}
