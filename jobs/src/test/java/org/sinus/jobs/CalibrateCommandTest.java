package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinus.cohorts.calibration.CalibrationReport;
import org.sinus.cohorts.calibration.TargetCheck;
import org.sinus.engine.outcome.InfarctSizeModel;

/** {@code sinus calibrate}: the report, the parameters in force, and the rewriting of a parameter file. */
class CalibrateCommandTest {
    @TempDir
    Path dir;

    private int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return SinusMain.execute(args, new PrintStream(out, true), new PrintStream(err, true), false);
    }

    @Test
    void reportsTheFitAndTheParametersInForceAreIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run(out, err, "calibrate", "--output", dir.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8) + text);
        assertTrue(text.contains("Every fitted target passes."), text);
        assertTrue(text.contains("C26") && text.contains("C21"), text);
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        JsonNode infarct = report.get("models").get(0);
        assertEquals("infarct-size", infarct.get("model").asText());
        assertTrue(infarct.get("fitsPass").asBoolean());
        assertEquals(InfarctSizeModel.defaults().wavefrontShape(), infarct.get("fitted").get("wavefrontShape")
                .asDouble(), 1e-12);
        assertEquals(InfarctSizeModel.defaults().residualSigma(), infarct.get("fitted").get("residualSigma")
                .asDouble(), 1e-12);
        assertTrue(Files.readString(dir.resolve("report.md")).contains("| C21 | median infarct size, % LV |"));
    }

    @Test
    void storeRewritesTheFittedKeysAndTheProvenanceOnly() throws IOException {
        Path file = dir.resolve("m.properties");
        Files.writeString(file, "# a model\n# fitted: long ago\nshape=0.3\n# the other\nother=7\nsigma=1.5\n");
        CalibrationReport r = new CalibrationReport("m", "m.properties", Map.of("shape", 0.42),
                List.of(TargetCheck.within("C1", "q", 1, 1, 0, true, "")), "by hand");
        CalibrateCommand.store(file, r, "# fitted: today, by hand");
        assertEquals("# a model\n# fitted: today, by hand\nshape=0.42\n# the other\nother=7\nsigma=1.5\n",
                Files.readString(file));
        Properties p = new Properties();
        p.load(Files.newBufferedReader(file));
        assertEquals("0.42", p.getProperty("shape"));
        CalibrationReport unknown = new CalibrationReport("m", "m.properties", Map.of("missing", 1.0), List.of(), "");
        UserError e = assertThrows(UserError.class, () -> CalibrateCommand.store(file, unknown, "# fitted: x"));
        assertTrue(e.getMessage().contains("no key 'missing'"), e.getMessage());
        assertEquals("# a model\n# fitted: today, by hand\nshape=0.42\n# the other\nother=7\nsigma=1.5\n",
                Files.readString(file), "a refused write leaves the file as it was");
    }

    @Test
    void writeOutsideASourceTreeIsAClearError() {
        String before = System.getProperty("sinus.home");
        System.setProperty("sinus.home", dir.toString());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = run(out, err, "calibrate", "--write", "--output", dir.resolve("r").toString());
            assertEquals(SinusMain.BAD_INPUT, status);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--write needs the Sinus source tree"),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            if (before == null) {
                System.clearProperty("sinus.home");
            } else {
                System.setProperty("sinus.home", before);
            }
        }
    }
}
