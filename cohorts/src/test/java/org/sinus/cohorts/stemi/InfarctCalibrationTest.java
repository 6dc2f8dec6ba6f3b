package org.sinus.cohorts.stemi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.calibration.CalibrationReport;
import org.sinus.cohorts.calibration.Calibrations;
import org.sinus.cohorts.calibration.InfarctCalibration;
import org.sinus.cohorts.calibration.TargetCheck;
import org.sinus.engine.outcome.InfarctSizeModel;

/**
 * The infarct-size calibration ({@code ./sinus calibrate}): the fit to C26 and C21 on 20,000 anterior STEMI patients
 * reproduces the parameters in force ({@link InfarctSizeModel#defaults()}, read from its parameter file), every
 * fitted target passes, and the unfitted median is pinned to the miss {@code docs/model.md} reports.
 */
class InfarctCalibrationTest {

    @Test
    void theParametersInForceAreTheFit() {
        CalibrationReport r = new InfarctCalibration(20_000).run(Calibrations.SEED);
        for (TargetCheck c : r.checks()) {
            System.out.printf(Locale.ROOT, "%s %-44s published %7.3f model %7.3f%s%n", c.target(), c.quantity(),
                    c.published(), c.model(), c.pass() ? "" : "  MISS");
        }
        InfarctSizeModel inForce = InfarctSizeModel.defaults();
        assertEquals(inForce.wavefrontShape(), r.fitted().get("wavefrontShape"), 1e-12, "wavefront shape");
        assertEquals(inForce.residualSigma(), r.fitted().get("residualSigma"), 1e-12, "residual sigma");
        assertTrue(r.fitsPass(), "every fitted target passes");
        TargetCheck median = r.checks().stream().filter(c -> c.quantity().startsWith("median")).findFirst()
                .orElseThrow();
        // Not fitted; docs/model.md reports the miss (13.6 vs 17.9). Pinned so that it cannot drift unnoticed.
        assertEquals(13.6, median.model(), 0.3, "untreated median infarct size, % LV (docs/model.md, section 5)");
    }
}
