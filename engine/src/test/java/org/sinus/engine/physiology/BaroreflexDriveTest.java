package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Ursino's sympathetic drive ({@link Baroreflex#drive}) has its saturation from the published firing limits, not a
 * tuned one: the afferent firing's floor (2.52 spikes/s) gives the largest sympathetic firing, {@code 2.10 + 14.01
 * exp(-0.0675 x 2.52)} = 13.92 spikes/s and a drive of {@code ln(13.92 - 2.66 + 1)} = 2.506; the afferent ceiling
 * gives a sympathetic firing below its threshold, so no drive. Values by hand from Ursino's constants (tolerance
 * 1e-3 for the hand arithmetic).
 */
class BaroreflexDriveTest {
    @Test
    void saturatesAtThePublishedLimits() {
        double floor = Baroreflex.SYMPATHETIC_INF + (Baroreflex.SYMPATHETIC_0 - Baroreflex.SYMPATHETIC_INF)
                * Math.exp(-Baroreflex.SYMPATHETIC_K * Baroreflex.AFFERENT_MIN);
        assertEquals(13.92, floor, 1e-2);
        assertEquals(Math.log(floor - Baroreflex.SYMPATHETIC_MIN + 1), Baroreflex.drive(-1e6), 1e-12);
        assertEquals(2.506, Baroreflex.drive(0), 1e-3);
        assertEquals(0, Baroreflex.drive(1e6), 0);
        assertEquals(1.100, Baroreflex.drive(Baroreflex.SET_POINT_MMHG), 1e-3);
        double previous = Double.POSITIVE_INFINITY;
        for (int p = 0; p <= 200; p += 5) {
            double s = Baroreflex.drive(p);
            assertTrue(s <= previous, "drive falls with pressure");
            previous = s;
        }
        // Near saturation in shock: 10 mmHg above 60 mmHg moves the drive by less than half what it moves at the set point.
        double shock = Baroreflex.drive(60) - Baroreflex.drive(70);
        double normal = Baroreflex.drive(87) - Baroreflex.drive(97);
        System.out.printf(Locale.ROOT, "drive: 0 mmHg %.3f, 60 %.3f, 70 %.3f, 92 %.3f, 120 %.3f; per 10 mmHg at 60-70"
                + " %.3f, at 87-97 %.3f%n", Baroreflex.drive(0), Baroreflex.drive(60), Baroreflex.drive(70),
                Baroreflex.drive(92), Baroreflex.drive(120), shock, normal);
        assertTrue(shock < 0.5 * normal);
    }

    @Test
    void effectorsAtTheSetPointAreUrsinosNominalOnes() {
        // Ursino's table of nominal values: LV Emax 2.95, RV 1.75 mmHg/ml; splanchnic 3.307, extrasplanchnic 1.407.
        double s = Baroreflex.drive(Baroreflex.SET_POINT_MMHG);
        assertEquals(2.95, Baroreflex.lvElastance(s), 0.05);
        assertEquals(1.75, Baroreflex.rvElastance(s), 0.05);
        assertEquals(3.307 * 1.407 / (3.307 + 1.407), Baroreflex.resistance(s), 0.03);
    }
}
