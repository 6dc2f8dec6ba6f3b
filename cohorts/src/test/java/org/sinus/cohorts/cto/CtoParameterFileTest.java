package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.calibration.CalibrationReport;

/** The parameter files: round trip, every key used, the calibration's write path. */
class CtoParameterFileTest {

    @Test
    void procedureParametersRoundTrip() {
        final CtoProcedureParameters p = CtoProcedureParameters.defaults();
        final Properties props = new Properties();
        p.toProperties().forEach((k, v) -> props.setProperty(k, Double.toString(v)));
        assertEquals(p, CtoProcedureParameters.fromProperties(props));
        final Properties file = CtoParameterFile.load(CtoProcedureParameters.PARAMETER_FILE);
        assertEquals(file.stringPropertyNames(), p.toProperties().keySet(), "every key in the file is used");
        assertEquals(11.27, p.crossing().awe().medianMin());
        final CtoOutcomeParameters o = CtoOutcomeParameters.defaults();
        assertEquals(CtoParameterFile.load(CtoOutcomeParameters.PARAMETER_FILE).stringPropertyNames(),
                o.toProperties().keySet());
    }

    @Test
    void aChangedFittedValueIsReadAndABadOneNamed() {
        final Properties props = new Properties();
        CtoProcedureParameters.defaults().toProperties().forEach((k, v) -> props.setProperty(k, Double.toString(v)));
        props.setProperty("crossing.awe.medianMin", "12.5");
        assertEquals(12.5, CtoProcedureParameters.fromProperties(props).crossing().awe().medianMin());
        props.setProperty("events.miLogit", "x");
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CtoProcedureParameters.fromProperties(props));
        assertTrue(e.getMessage().contains("'events.miLogit'"), e.getMessage());
        props.setProperty("events.miLogit", "-40");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CtoProcedureParameters.fromProperties(props))
                .getMessage().contains("events.miLogit = -40.0 is outside"));
    }

    /** The report names the file and keys that {@code CalibrateCommand.store} rewrites (a key=value line each). */
    @Test
    void calibrationReportsWhatWriteStores() throws IOException {
        final CalibrationReport r = CtoProcedureCalibration.report(20250311, 0);
        final Path file = Path.of("..").resolve(r.parameterFile());
        assertTrue(Files.isRegularFile(file), file.toString());
        final String text = Files.readString(file);
        assertEquals(CtoProcedureCalibration.FITTED_KEYS, java.util.List.copyOf(r.fitted().keySet()));
        final Map<String, Double> defaults = CtoProcedureParameters.defaults().toProperties();
        for (Map.Entry<String, Double> e : r.fitted().entrySet()) {
            assertTrue(text.contains("\n" + e.getKey() + "="), e.getKey());
            assertEquals(defaults.get(e.getKey()), e.getValue(), e.getKey());
        }
        assertTrue(r.fitsPass(), "the file's parameters pass every fitted target");
    }
}
