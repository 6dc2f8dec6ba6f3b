package org.sinus.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.stemi.StemiOutcomes;
import org.sinus.engine.scenario.CombinedSpec;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.ObservedIcsoSpec;
import org.sinus.engine.scenario.PicsoSpec;

/** Which arms get a PICSO dose in the infarct-size outcome, and over how many minutes. */
class DoseArmsTest {

    @Test
    void pressureControlledOcclusionGetsItsTherapyTimeAlsoInCombinations() {
        PicsoSpec picso = new PicsoSpec(1.0, 3, 20, 3, 90, 45);
        assertEquals(45, StemiOutcomes.pressureControlledMinutes(picso));
        assertEquals(45, StemiOutcomes.pressureControlledMinutes(new ObservedIcsoSpec(picso, 3, 1.5, 1)));
        assertEquals(45, StemiOutcomes.pressureControlledMinutes(
                new CombinedSpec(List.of(IabpSpec.defaults(), picso))));
        assertEquals(0, StemiOutcomes.pressureControlledMinutes(IabpSpec.defaults()));
        assertEquals(0, StemiOutcomes.pressureControlledMinutes(new NoDevice()));
    }
}
