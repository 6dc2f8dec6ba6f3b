package org.sinus.cohorts.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The functional MR and cardiogenic-shock parameter files hold what {@code ./sinus calibrate} fits, as
 * {@code Calibrations.all()} runs it (the infarct, STEMI-event and angina calibrations have tests of their own): a
 * change to the model, the cohort or the kernel that moves a fit fails here until the fit is stored again with
 * {@code --write}. Every fitted target of these reports passes.
 */
class ParametersInForceTest {

    private static void assertInForce(CalibrationReport r) throws IOException {
        assertTrue(r.fitsPass(), r.model() + ": every fitted target passes");
        Properties file = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("..").resolve(r.parameterFile()), StandardCharsets.UTF_8)) {
            file.load(in);
        }
        for (Map.Entry<String, Double> e : r.fitted().entrySet()) {
            assertEquals(e.getValue(), Double.parseDouble(file.getProperty(e.getKey()).trim()), 1e-12,
                    r.parameterFile() + ": " + e.getKey());
        }
    }

    @Test
    void functionalMrParametersAreTheFit() throws IOException {
        assertInForce(new MrCalibration(256).run(Calibrations.SEED));
    }

    @Test
    void shockParametersAreTheFit() throws IOException {
        assertInForce(new ShockCalibration(8_000, 64).run(Calibrations.SEED));
    }
}
