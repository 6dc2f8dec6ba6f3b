package org.sinus.engine.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InfarctSizeModelTest {
    private final InfarctSizeModel model = InfarctSizeModel.defaults();

    // The wavefront shape's fit to C26 is InfarctCalibration's (cohorts; ./sinus calibrate), and
    // InfarctCalibrationTest holds the parameter file to it.

    @Test
    void humanHalfNecrosisTimeHoldsAtReferenceCollaterals() {
        assertEquals(0.5, model.necrosisFraction(288, model.referenceCfi()), 1e-12);
        double salvage = 1 - model.necrosisFraction(180, model.referenceCfi());
        System.out.printf(Locale.ROOT, "C24 salvage after 3 h: published 0.58 +/- 0.22, model %.2f%n", salvage);
        assertEquals(0.58, salvage, 0.22);
    }

    @Test
    void collateralsAndTherapyOnlyEverShrinkTheInfarct() {
        InfarctInputs in = new InfarctInputs(40, 180, 0.1);
        double none = model.infarctSizePercentLv(in, 0, 0);
        assertTrue(model.infarctSizePercentLv(new InfarctInputs(40, 180, 0.2), 0, 0) < none);
        assertTrue(model.infarctSizePercentLv(in, 10, 0) < none);
        assertTrue(model.infarctSizePercentLv(in, 100, 0) < model.infarctSizePercentLv(in, 10, 0));
        assertEquals(0, model.infarctSizePercentLv(new InfarctInputs(40, 180, 0.35), 0, 0), 0);
        assertTrue(model.infarctSizePercentLv(in, 0, 8) <= 40, "never larger than the area at risk");
        assertEquals(0.25, model.therapyPrevented(model.dose50MmHgH()), 1e-12);
    }
}
