package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinus.engine.physiology.Baroreflex;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.scenario.KernelSpec;

/**
 * A scenario's {@code kernel} block sets the physics switches for its run; what it leaves unspecified comes from the
 * JVM's properties or the defaults; the run records what it used.
 */
class PhysicsSwitchesTest {
    private static final double FITTED = ModelConstants.FITTED_COLLATERAL_RECRUITMENT_PER_MMHG;

    @AfterEach
    void clearProperties() {
        System.clearProperty(ModelConstants.RECRUITMENT_PROPERTY);
        System.clearProperty(Baroreflex.PROPERTY);
    }

    @Test
    void theScenarioWinsAndTheJvmFillsTheRest() {
        assertEquals(new PhysicsSwitches(false, FITTED), PhysicsSwitches.configured(KernelSpec.unspecified()),
                "defaults: recruitment on, baroreflex off");
        assertEquals(new PhysicsSwitches(true, 0), PhysicsSwitches.configured(new KernelSpec(false, true)));
        System.setProperty(ModelConstants.RECRUITMENT_PROPERTY, "off");
        System.setProperty(Baroreflex.PROPERTY, "on");
        assertEquals(new PhysicsSwitches(true, 0), PhysicsSwitches.configured(KernelSpec.unspecified()),
                "unspecified: the JVM's properties");
        assertEquals(new PhysicsSwitches(false, FITTED), PhysicsSwitches.configured(new KernelSpec(true, false)),
                "specified: the scenario's, whatever the properties say");
    }

    @Test
    void aBadPropertyMattersOnlyWhenItIsUsed() {
        System.setProperty(ModelConstants.RECRUITMENT_PROPERTY, "sometimes");
        assertEquals(FITTED, PhysicsSwitches.configured(new KernelSpec(true, null)).recruitmentPerMmHg());
        UserError e = assertThrows(UserError.class, () -> PhysicsSwitches.configured(KernelSpec.unspecified()));
        assertTrue(e.getMessage().contains("sinus.recruitment") && e.getMessage().contains("on, off"),
                e.getMessage());
    }

    @Test
    void aRunRecordsTheScenariosSwitches(@TempDir Path dir) throws Exception {
        String previousMaster = System.setProperty("spark.master", "local[1]");
        try {
            Path scenario = dir.resolve("kernel.yaml");
            Files.writeString(scenario, """
                    name: Kernel switches from the scenario
                    seed: 5
                    cohort: {type: anterior-stemi, size: 4}
                    arms:
                      - {name: control, device: none}
                      - {name: picso, device: picso}
                    dashboard: {enabled: false}
                    kernel:
                      collateral-recruitment: off
                      baroreflex: on
                    """);
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            int status = SinusMain.execute(new String[] {"run", scenario.toString(), "--output",
                dir.resolve("out").toString()}, new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(stderr, true), false);
            assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
            JsonNode run = new ObjectMapper().readTree(dir.resolve("out").resolve("summary.json").toFile()).get("run");
            assertEquals("off", run.get("kernel.recruitment").asText());
            assertEquals("on", run.get("kernel.baroreflex").asText());
        } finally {
            if (previousMaster == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", previousMaster);
            }
        }
    }
}
