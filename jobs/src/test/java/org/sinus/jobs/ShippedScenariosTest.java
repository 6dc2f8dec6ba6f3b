package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohorts;
import org.sinus.engine.scenario.Endpoint;
import org.sinus.engine.scenario.ParsedScenario;
import org.sinus.engine.scenario.ScenarioException;
import org.sinus.engine.scenario.ScenarioParser;

/**
 * Every scenario shipped in {@code scenarios/} can run as far as the statistics go: its cohort is registered and its
 * cohort's outcome model (or the kernel's metrics) produces every endpoint it names, so no shipped file stops with
 * "not allowed for this cohort" after its patients are simulated.
 */
class ShippedScenariosTest {

    @Test
    void everyShippedScenarioNamesEndpointsItsCohortProduces() throws IOException, ScenarioException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("../scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            ParsedScenario parsed = ScenarioParser.load(file);
            ResultColumns columns = ResultColumns.of(Cohorts.of(parsed.scenario().cohort().type().key()),
                    parsed.scenario().arms());
            for (Endpoint e : parsed.scenario().endpoints()) {
                assertTrue(columns.endpointIndex(e) >= 0, file + ": cohort " + parsed.scenario().cohort().type().key()
                        + " does not produce endpoint " + e.key());
            }
        }
    }
}
