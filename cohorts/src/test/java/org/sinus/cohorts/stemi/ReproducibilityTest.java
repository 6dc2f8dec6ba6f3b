package org.sinus.cohorts.stemi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.RandomStreams;

/** A patient is a pure function of (run seed, patient id): bit for bit, whatever the order or company. */
class ReproducibilityTest {
    private static final long SEED = 42;
    private static final int N = 2_000;
    private final Cohort cohort = Cohorts.of("anterior-stemi");

    @Test
    void samePatientWhateverTheOrder() {
        final Map<Long, Object> forward = new HashMap<>();
        final RandomStreams first = RandomStreams.of(SEED);
        for (long id = 0; id < N; id++) {
            forward.put(id, sampleOrMessage(first, id));
        }
        final List<Long> ids = new ArrayList<>(forward.keySet());
        Collections.shuffle(ids, new Random(1));
        final RandomStreams again = RandomStreams.of(SEED);
        final RandomStreams other = RandomStreams.of(SEED + 1);
        for (long id : ids) {
            sampleOrMessage(other, id + 7); // interleave another run's patients: must not matter
            final Object a = forward.get(id);
            final Object b = sampleOrMessage(again, id);
            assertEquals(a, b, "patient " + id);
            if (a instanceof VirtualPatient pa && b instanceof VirtualPatient pb) {
                assertArrayEquals(bits(pa.covariates()), bits(pb.covariates()), "patient " + id + " bit for bit");
            }
        }
    }

    @Test
    void differentSeedOrIdGivesADifferentPatient() {
        final VirtualPatient a = cohort.sample(RandomStreams.of(SEED), 5);
        assertNotEquals(a, cohort.sample(RandomStreams.of(SEED + 1), 5));
        assertNotEquals(a, cohort.sample(RandomStreams.of(SEED), 6));
        assertEquals(5, a.id());
    }

    @Test
    void unmappablePatientsFailTheSameWayEveryTime() {
        final List<String> messages = CohortSample.get().failures;
        assertFalse(messages.isEmpty(), "the shared sample is expected to contain a few unmappable patients");
        final String first = messages.get(0);
        final long id = Long.parseLong(first.replaceAll(".*patient (\\d+) .*", "$1"));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cohort.sample(RandomStreams.of(CohortSample.SEED), id));
        assertEquals(first, e.getMessage());
    }

    @Test
    void covariatesAreCopiedNotShared() {
        final VirtualPatient p = cohort.sample(RandomStreams.of(SEED), 1);
        final double[] c = p.covariates();
        c[0] = -1;
        assertTrue(p.covariate(0) > 0);
    }

    private Object sampleOrMessage(RandomStreams streams, long id) {
        try {
            return cohort.sample(streams, id);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static long[] bits(double[] x) {
        final long[] b = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Double.doubleToRawLongBits(x[i]);
        }
        return b;
    }
}
