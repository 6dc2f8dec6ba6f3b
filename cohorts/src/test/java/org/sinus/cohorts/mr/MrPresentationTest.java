package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MrPresentationTest {

    @Test
    void crossingInsideADeviceSpan() {
        final MrPresentation under = new MrPresentation(3, 300, 47, true, 9, true, 80);
        assertTrue(under.crossingWithin(40, 120));
        assertTrue(under.crossingWithin(80, 80));
        assertFalse(under.crossingWithin(90, 120));
        final MrPresentation over = new MrPresentation(3, 300, 47, true, 9, false, 80);
        assertFalse(over.crossingWithin(40, 120), "no crossing under the vein, nothing to compress");
        assertThrows(IllegalArgumentException.class, () -> under.crossingWithin(120, 40));
    }

    @Test
    void invalidValuesAreRejectedWithTheirName() {
        assertEquals("nyhaClass = 5 is outside the allowed range [1, 4]", assertThrows(IllegalArgumentException.class,
                () -> new MrPresentation(5, 300, 47, true, 9, true, 80)).getMessage());
        assertEquals("kccqScore = 101.0 is outside the allowed range [0, 100]",
                assertThrows(IllegalArgumentException.class,
                        () -> new MrPresentation(3, 300, 101, true, 9, true, 80)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MrPresentation(3, -1, 47, true, 9, true, 80));
        assertThrows(IllegalArgumentException.class, () -> new MrPresentation(3, 300, 47, true, 0, true, 80));
        assertThrows(IllegalArgumentException.class, () -> new MrPresentation(3, 300, 47, true, 9, true, Double.NaN));
    }
}
