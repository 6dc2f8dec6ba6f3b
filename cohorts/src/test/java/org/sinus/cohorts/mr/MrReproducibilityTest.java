package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/** A patient is a pure function of (run seed, patient id): bit for bit, whatever the order or company. */
class MrReproducibilityTest {
    private static final long SEED = 42;
    private static final int N = 2_000;

    @Test
    void samePatientWhateverTheOrder() {
        final MrCohortSampler.Sampled[] forward = new MrCohortSampler.Sampled[N];
        final RandomStreams first = RandomStreams.of(SEED);
        for (int id = 0; id < N; id++) {
            forward[id] = MrCohortSampler.sample(first, id);
        }
        final RandomStreams again = RandomStreams.of(SEED);
        final RandomStreams other = RandomStreams.of(SEED + 1);
        // Backwards with a stride coprime to N (a fixed permutation), interleaved with another run's patients.
        for (int k = 0; k < N; k++) {
            final int id = (int) ((N - 1 - (long) k * 7) % N + N) % N;
            MrCohortSampler.sample(other, id + 3);
            final MrCohortSampler.Sampled b = MrCohortSampler.sample(again, id);
            assertEquals(forward[id], b, "patient " + id);
            assertArrayEquals(bits(forward[id].patient().covariates()), bits(b.patient().covariates()),
                    "patient " + id + " bit for bit");
        }
    }

    @Test
    void differentSeedOrIdGivesADifferentPatient() {
        final MrCohortSampler.Sampled a = MrCohortSampler.sample(RandomStreams.of(SEED), 5);
        assertNotEquals(a.patient(), MrCohortSampler.sample(RandomStreams.of(SEED + 1), 5).patient());
        assertNotEquals(a.patient(), MrCohortSampler.sample(RandomStreams.of(SEED), 6).patient());
        assertEquals(5, a.patient().id());
    }

    /**
     * Attempt {@code k} reads deviates {@code k LATENT} to {@code (k + 1) LATENT - 1} of the patient's COHORT stream
     * and nothing else: rebuilding a patient that needed several attempts from the stream gives the same covariates,
     * and every earlier attempt was ineligible.
     */
    @Test
    void everyAttemptReadsAFixedNumberOfDeviates() {
        final RandomStreams streams = RandomStreams.of(SEED);
        int rebuilt = 0;
        for (int id = 0; id < N && rebuilt < 5; id++) {
            final MrCohortSampler.Sampled s = MrCohortSampler.sample(streams, id);
            if (s.attempts() < 2) {
                continue;
            }
            final GaussianCopula copula = GaussianCopula.of(MrCovariates.correlationMatrix());
            final NormalizedGaussianSampler g = Samplers.standardNormal(streams.stream(id, Purpose.COHORT));
            final double[] z = new double[MrCovariates.LATENT];
            double[] c = null;
            for (int k = 1; k <= s.attempts(); k++) {
                copula.sample(g, z);
                c = MrCovariates.fromLatent(z);
                assertEquals(k == s.attempts(), MrCohortSampler.eligible(c), "patient " + id + ", attempt " + k);
            }
            assertArrayEquals(bits(c), bits(s.patient().covariates()), "patient " + id);
            rebuilt++;
        }
        assertEquals(5, rebuilt, "patients with two or more attempts among the first " + N);
    }

    @Test
    void covariatesAreCopiedNotShared() {
        final MrCohortSampler.Sampled s = MrCohortSampler.sample(RandomStreams.of(SEED), 1);
        final double[] c = s.patient().covariates();
        c[MrCovariates.AGE] = -1;
        assertTrue(s.patient().covariate(MrCovariates.AGE) > 0);
        assertFalse(s.attempts() < 1);
        assertEquals(MrCovariates.COUNT, MrCovariates.COVARIATES.size());
    }

    private static long[] bits(double[] x) {
        final long[] b = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            b[i] = Double.doubleToRawLongBits(x[i]);
        }
        return b;
    }
}
