package org.sinus.cohorts.angina;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The presentation record validates itself and names the field, the value and the range. */
class AnginaPresentationTest {

    @Test
    void validPresentation() {
        final AnginaPresentation p = new AnginaPresentation(4, 20, true, false, true, 35, 100);
        assertTrue(p.chronicTotalOcclusion());
        assertEquals(4, p.ccsClass());
    }

    @Test
    void rejectsValuesOutsideTheirRange() {
        assertEquals("ccsClass = 5 is outside the allowed range [1, 4]", assertThrows(IllegalArgumentException.class,
                () -> new AnginaPresentation(5, 20, true, false, true, 35, 100)).getMessage());
        assertEquals("saqAnginaFrequency = 101.0 is outside the allowed range [0.0, 100.0]",
                assertThrows(IllegalArgumentException.class,
                        () -> new AnginaPresentation(3, 101, true, false, true, 35, 100)).getMessage());
        assertEquals("ischaemicTerritoryPercentLv = 0.0 is outside the allowed range (0, 100]",
                assertThrows(IllegalArgumentException.class,
                        () -> new AnginaPresentation(3, 50, true, false, true, 0, 100)).getMessage());
        assertEquals("culpritStenosisPercent = NaN is outside the allowed range [0.0, 100.0]",
                assertThrows(IllegalArgumentException.class,
                        () -> new AnginaPresentation(3, 50, true, false, true, 30, Double.NaN)).getMessage());
    }
}
