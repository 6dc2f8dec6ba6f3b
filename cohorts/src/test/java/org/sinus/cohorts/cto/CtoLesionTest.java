package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.cto.CtoLesion.Calcification;

/** A lesion rejects values outside its ranges with a message naming the field and the value. */
class CtoLesionTest {

    @Test
    void rejectsOutOfRangeNumbers() {
        assertRejected(b -> b.ageYears = 17.9, "clinical.ageYears = 17.9");
        assertRejected(b -> b.ageYears = 110.5, "clinical.ageYears = 110.5");
        assertRejected(b -> b.ageYears = Double.NaN, "clinical.ageYears = NaN");
        assertRejected(b -> b.lengthMm = 0, "occlusion.lengthMm = 0.0");
        assertRejected(b -> b.lengthMm = 301, "occlusion.lengthMm = 301.0");
        assertRejected(b -> b.lengthMm = Double.POSITIVE_INFINITY, "occlusion.lengthMm = Infinity");
    }

    @Test
    void rejectsMissingCategories() {
        assertRejected(b -> b.duration = null, "clinical.duration is required");
        assertRejected(b -> b.cap = null, "occlusion.cap is required");
        assertRejected(b -> b.tortuosity = null, "access.proximalTortuosity is required");
        assertRejected(b -> b.vessel = null, "vessel is required");
        assertRejected(b -> b.calcification = null, "calcification is required");
        assertRejected(b -> b.ctCalcium = null, "ctCalcium is required");
    }

    @Test
    void acceptsTheBoundaries() {
        final LesionBuilder b = new LesionBuilder();
        b.ageYears = 18;
        b.lengthMm = 300;
        b.build();
        b.ageYears = 110;
        b.lengthMm = Double.MIN_VALUE;
        b.build();
    }

    @Test
    void heavilyCalcifiedMeansSevere() {
        final LesionBuilder b = new LesionBuilder();
        b.calcification = Calcification.MODERATE;
        assertFalse(b.build().heavilyCalcified());
        b.calcification = Calcification.SEVERE;
        assertTrue(b.build().heavilyCalcified());
    }

    private static void assertRejected(Consumer<LesionBuilder> change, String expectedMessagePart) {
        final LesionBuilder b = new LesionBuilder();
        change.accept(b);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains(expectedMessagePart),
                "message '" + e.getMessage() + "' should contain '" + expectedMessagePart + "'");
    }
}
