package org.sinus.cohorts.angina;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;

/**
 * The refractory-angina cohort as a scenario names it: registered, serialisable by name, reproducible and independent
 * of order and partition, and the kernel sees the patient at ordinary effort ({@link AnginaStressState}).
 */
class RefractoryAnginaCohortTest {
    private static final long SEED = 20240601;
    private static final int N = 400;

    @Test
    void isRegisteredAndSerialisesByName() throws Exception {
        Cohort c = Cohorts.of("refractory-angina");
        assertEquals(RefractoryAnginaCohort.NAME, c.name());
        assertEquals(AnginaCovariates.covariates(), c.covariates());
        assertTrue(Cohorts.names().contains("refractory-angina"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(c, in.readObject());
        }
    }

    @Test
    void aPatientDependsOnlyOnSeedAndIdNotOnOrderOrPartition() {
        Cohort c = Cohorts.of("refractory-angina");
        RandomStreams streams = RandomStreams.of(SEED);
        List<VirtualPatient> forward = new ArrayList<>();
        for (int id = 0; id < N; id++) {
            forward.add(c.sample(streams, id));
        }
        // two partitions (odd and even ids), each in shuffled order, each with its own streams and a fresh cohort
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < N; id++) {
            ids.add(id);
        }
        Collections.shuffle(ids, new Random(3));
        for (int part = 0; part < 2; part++) {
            RandomStreams own = RandomStreams.of(SEED);
            RefractoryAnginaCohort fresh = new RefractoryAnginaCohort();
            for (int id : ids) {
                if (id % 2 == part) {
                    assertEquals(forward.get(id), fresh.sample(own, id), "patient " + id);
                }
            }
        }
        assertNotEquals(forward.get(5), c.sample(RandomStreams.of(SEED + 1), 5), "another seed, another patient");
        assertNotEquals(forward.get(5).parameters(), forward.get(6).parameters(), "another id, another patient");
    }

    @Test
    void theKernelSeesThePatientAtOrdinaryEffort() {
        RandomStreams streams = RandomStreams.of(SEED);
        AnginaCohortSampler sampler = new AnginaCohortSampler();
        Cohort c = Cohorts.of("refractory-angina");
        int checked = 0;
        int clamped = 0;
        for (int id = 0; id < N; id++) {
            VirtualPatient rest = sampler.sample(streams, id).patient();
            VirtualPatient stress = c.sample(streams, id);
            assertTrue(java.util.Arrays.equals(rest.covariates(), stress.covariates()));
            assertEquals(rest.presentation(), stress.presentation());
            assertEquals(rest.parameters().coronary(), stress.parameters().coronary());
            HeartParameters r = rest.parameters().heart();
            HeartParameters s = stress.parameters().heart();
            assertEquals(r.heartRateBpm() + 30, s.heartRateBpm(), 1e-12, "patient " + id);
            assertEquals(r.laPressureMmHg(), s.laPressureMmHg());
            assertEquals(r.eminMmHgPerMl(), s.eminMmHgPerMl());
            PatientParameters rp = rest.parameters();
            double emax = Math.min(6, 1.3 * r.emaxMmHgPerMl());
            double resistance = Math.max(0.3, 0.7 * rp.vascular().systemicResistanceMmHgSPerMl());
            assertEquals(emax, s.emaxMmHgPerMl(), 1e-12, "patient " + id);
            assertEquals(resistance, stress.parameters().vascular().systemicResistanceMmHgSPerMl(), 1e-12);
            int added = (1.3 * r.emaxMmHgPerMl() > 6 ? 1 : 0)
                    + (0.7 * rp.vascular().systemicResistanceMmHgSPerMl() < 0.3 ? 1 : 0);
            assertEquals(rest.clampedParameterCount() + added, stress.clampedParameterCount(), "patient " + id);
            clamped += added > 0 ? 1 : 0;
            checked++;
        }
        assertEquals(N, checked);
        // rest Emax is at or near its maximum in about 8% of patients (docs); more than 40% would be a mapping change
        assertTrue(clamped > 0 && clamped < N * 0.4, clamped + " of " + N + " patients clamped at effort");
    }
}
