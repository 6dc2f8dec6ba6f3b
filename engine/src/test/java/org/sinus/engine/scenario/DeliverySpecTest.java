package org.sinus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;

/** Partial therapy delivery: shares started and completed, and the fraction received. */
class DeliverySpecTest {

    @Test
    void fractionsFollowTheShares() {
        DeliverySpec d = new DeliverySpec(0.63, 0.40); // Prepare RAMSES, targets.md#C12
        RandomStreams streams = RandomStreams.of(3);
        int n = 40_000;
        int none = 0;
        int full = 0;
        double partial = 0;
        int partials = 0;
        for (long id = 0; id < n; id++) {
            UniformRandomProvider r = streams.stream(id, Purpose.DELIVERY);
            double f = d.fraction(r.nextDouble(), r.nextDouble());
            if (f == 0) {
                none++;
            } else if (f == 1) {
                full++;
            } else {
                partial += f;
                partials++;
            }
        }
        double se = Math.sqrt(0.25 / n);
        assertEquals(0.37, (double) none / n, 4 * se, "not started");
        assertEquals(0.40, (double) full / n, 4 * se, "completed");
        assertEquals(0.5, partial / partials, 4 * Math.sqrt(1 / 12.0 / partials), "started, stopped: uniform");
    }

    @Test
    void edgesAndDefaults() {
        assertEquals(1, DeliverySpec.full().fraction(0.999, 0.1));
        assertEquals(0, new DeliverySpec(0, 0).fraction(0, 0.5));
        assertEquals(0.3, new DeliverySpec(1, 0).fraction(0.5, 0.3));
        SpecException e = assertThrows(SpecException.class, () -> new DeliverySpec(0.5, 0.6));
        assertEquals("completed", e.field());
        assertEquals("started", assertThrows(SpecException.class, () -> new DeliverySpec(1.2, 0)).field());
    }
}
