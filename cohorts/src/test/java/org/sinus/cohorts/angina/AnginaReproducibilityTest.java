package org.sinus.cohorts.angina;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/** A patient is a pure function of (run seed, id), drawn in fixed blocks of {@link AnginaCovariates#COUNT} normals. */
class AnginaReproducibilityTest {
    private static final int IDS = 2_000;
    private final RandomStreams streams = RandomStreams.of(AnginaSample.SEED);

    @Test
    void sameSeedAndIdGiveTheSamePatientInAnyOrder() {
        final AnginaCohortSampler forward = new AnginaCohortSampler();
        final List<AnginaCohortSampler.Sample> first = new ArrayList<>();
        for (int id = 0; id < IDS; id++) {
            first.add(forward.sample(streams, id));
        }
        final AnginaCohortSampler fresh = new AnginaCohortSampler();
        final RandomStreams again = RandomStreams.of(AnginaSample.SEED);
        for (int id = IDS - 1; id >= 0; id -= 7) {
            assertEquals(first.get(id), fresh.sample(again, id), "patient " + id + " drawn in reverse order");
        }
        for (int id = 0; id < IDS; id += 101) {
            assertEquals(first.get(id), forward.sample(streams, id), "patient " + id + " drawn twice");
        }
    }

    @Test
    void otherSeedsAndIdsGiveOtherPatients() {
        final AnginaCohortSampler sampler = new AnginaCohortSampler();
        final double[] a = sampler.sample(streams, 5).patient().covariates();
        assertNotEquals(a[AnginaCovariates.AGE], sampler.sample(streams, 6).patient().covariate(AnginaCovariates.AGE));
        assertNotEquals(a[AnginaCovariates.AGE],
                sampler.sample(RandomStreams.of(AnginaSample.SEED + 1), 5).patient().covariate(AnginaCovariates.AGE));
    }

    /**
     * Replays each patient's stream by hand: attempt {@code k} is the {@code k}-th block of {@code COUNT} normals,
     * every earlier block was unmappable, and the accepted covariates are those of the last block.
     */
    @Test
    void eachAttemptReadsOneFixedBlockOfNormals() {
        final AnginaCohortSampler sampler = new AnginaCohortSampler();
        final GaussianCopula copula = GaussianCopula.of(AnginaCovariates.correlationMatrix());
        final double[] z = new double[AnginaCovariates.COUNT];
        int retried = 0;
        for (int id = 0; id < IDS; id++) {
            final AnginaCohortSampler.Sample s = sampler.sample(streams, id);
            final NormalizedGaussianSampler gaussian = Samplers.standardNormal(streams.stream(id, Purpose.COHORT));
            for (int attempt = 1; attempt < s.attempts(); attempt++) {
                copula.sample(gaussian, z);
                final double[] rejected = AnginaCovariates.fromLatent(z);
                final long patientId = id;
                assertThrows(IllegalArgumentException.class, () -> AnginaKernelMapping.map(patientId, rejected));
            }
            copula.sample(gaussian, z);
            assertArrayEquals(AnginaCovariates.fromLatent(z), s.patient().covariates(), "patient " + id);
            retried += s.attempts() > 1 ? 1 : 0;
        }
        assertTrue(retried > 10, "the replay must cover rejected attempts; retried patients: " + retried);
    }
}
