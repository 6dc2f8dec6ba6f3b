package org.sinus.cohorts.stemi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.calibration.CalibrationReport;
import org.sinus.cohorts.calibration.Calibrations;
import org.sinus.cohorts.calibration.StemiEventsCalibration;
import org.sinus.cohorts.calibration.TargetCheck;

/**
 * The STEMI one-year event model ({@link StemiEvents}): its hazard ratios are the published ones, MVO stays inside
 * the infarct and shrinks with it, and the calibration on 20,000 untreated patients reproduces the parameters in
 * force with every fitted target passing.
 */
class StemiEventsTest {
    private static final StemiEvents E = StemiEvents.defaults();

    /** The cumulative hazard {@code -log(1 - P)}. */
    private static double hazard(double risk) {
        return -Math.log1p(-risk);
    }

    @Test
    void theHazardRatiosAreStonesAndDeWahas() {
        assertEquals(1.19, hazard(E.deathRisk(25, 0)) / hazard(E.deathRisk(20, 0)), 1e-12);
        assertEquals(1.20, hazard(E.heartFailureRisk(25)) / hazard(E.heartFailureRisk(20)), 1e-12);
        assertEquals(1.09, hazard(E.deathRisk(20, 3)) / hazard(E.deathRisk(20, 2)), 1e-12);
    }

    @Test
    void mvoLiesInsideTheInfarctAndShrinksWithIt() {
        assertEquals(0, E.mvoPercentLv(false, 30, 2));
        for (double z = -3; z <= 3; z += 0.5) {
            double big = E.mvoPercentLv(true, 30, z);
            double small = E.mvoPercentLv(true, 15, z);
            assertTrue(big <= 30 && small <= 15 && small <= big, "z = " + z);
            assertEquals(big / 2, small, 1e-12 * big);
        }
    }

    @Test
    void aSmallerInfarctNeverRaisesARisk() {
        for (double is = 0; is < 70; is += 1) {
            assertTrue(E.deathRisk(is, 0) < E.deathRisk(is + 1, 0));
            assertTrue(E.heartFailureRisk(is) < E.heartFailureRisk(is + 1));
        }
    }

    @Test
    void aMissingKeyIsNamed() {
        Properties p = new Properties();
        p.setProperty("mvoRatioLogMedian", "-1");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StemiEvents.fromProperties(p));
        assertTrue(e.getMessage().contains("'mvoRatioLogSd'"), e.getMessage());
    }

    @Test
    void theParametersInForceAreTheFit() {
        CalibrationReport r = new StemiEventsCalibration(20_000).run(Calibrations.SEED);
        for (TargetCheck c : r.checks()) {
            System.out.printf(Locale.ROOT, "%s %-60s published %7.4f model %7.4f%s%n", c.target(), c.quantity(),
                    c.published(), c.model(), c.pass() ? "" : "  MISS");
        }
        System.out.println(r.fitted());
        assertTrue(r.fitsPass(), "every fitted target passes");
        assertEquals(E.mvoRatioLogMedian(), r.fitted().get("mvoRatioLogMedian"), 1e-12);
        assertEquals(E.mvoRatioLogSd(), r.fitted().get("mvoRatioLogSd"), 1e-12);
        assertEquals(E.deathLogHazard(), r.fitted().get("deathLogHazard"), 1e-12);
        assertEquals(E.hfLogHazard(), r.fitted().get("hfLogHazard"), 1e-12);
    }
}
