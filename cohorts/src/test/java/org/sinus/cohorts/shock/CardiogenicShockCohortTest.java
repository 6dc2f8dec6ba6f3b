package org.sinus.cohorts.shock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.random.RandomStreams;

/**
 * The cohort as a scenario sees it: registered under both names, the inclusion criteria hold for every sampled
 * patient, nothing is clamped, the acceptance rate is high, and a patient is a pure function of (seed, id) whatever
 * the order or partition in which patients are drawn. Deterministic (fixed seeds, no statistical tolerance but the
 * acceptance rate: 5,000 patients, observed about 0.93, asserted above 0.85, more than 20 SEs away).
 */
class CardiogenicShockCohortTest {

    @Test
    void registeredUnderBothNames() {
        final Cohort iabp = Cohorts.of(CardiogenicShockCohort.NAME);
        final Cohort ecls = Cohorts.of(CardiogenicShockCohort.ECLS_NAME);
        assertEquals(ShockPopulation.IABP_SHOCK_II, ((CardiogenicShockCohort) iabp).population());
        assertEquals(ShockPopulation.ECLS_SHOCK, ((CardiogenicShockCohort) ecls).population());
        assertEquals(ShockCovariates.COUNT, iabp.covariates().size());
        assertTrue(Cohorts.names().contains("cardiogenic-shock") && Cohorts.names().contains("cardiogenic-shock-ecls"));
        assertSame(iabp, Cohorts.of(iabp.name()));
    }

    @Test
    void everyPatientMeetsTheCriteria() {
        for (ShockPopulation pop : ShockPopulation.values()) {
            final RandomStreams streams = RandomStreams.of(77);
            long attempts = 0;
            final int n = 5_000;
            for (int id = 0; id < n; id++) {
                final ShockCohortSampler.Sampled s = ShockCohortSampler.sample(pop, streams, id);
                attempts += s.attempts();
                final VirtualPatient p = s.patient();
                assertEquals(0, p.clampedParameterCount(), "patient " + id);
                assertTrue(p.covariate(ShockCovariates.WEDGE_PRESSURE) >= 15, "pulmonary congestion");
                assertTrue(p.covariate(ShockCovariates.RIGHT_ATRIAL_PRESSURE)
                        < 0.8 * p.covariate(ShockCovariates.WEDGE_PRESSURE), "no predominant RV shock");
                if (pop == ShockPopulation.ECLS_SHOCK) {
                    assertTrue(p.covariate(ShockCovariates.LACTATE) > 3, "ECLS-SHOCK: lactate > 3 mmol/l");
                    assertTrue(p.covariate(ShockCovariates.AGE) <= 80, "ECLS-SHOCK: age at most 80");
                }
                final HeartParameters h = p.parameters().heart();
                assertEquals(p.covariate(ShockCovariates.WEDGE_PRESSURE), h.laPressureMmHg(), 1e-12);
                assertEquals(ShockCovariates.territoryFraction((int) p.covariate(ShockCovariates.CULPRIT)),
                        p.parameters().coronary().atRiskFraction(), 1e-12);
                assertTrue(ShockCohortSampler.eligible(p.covariates()));
                final ShockPresentation sp = (ShockPresentation) p.presentation();
                assertEquals(pop, sp.population());
                assertEquals((int) p.covariate(ShockCovariates.RISK_SCORE), sp.riskScore());
            }
            assertTrue((double) n / attempts > 0.85, pop + " acceptance " + (double) n / attempts);
        }
    }

    @Test
    void aPatientDependsOnlyOnSeedAndId() {
        final Cohort cohort = Cohorts.of(CardiogenicShockCohort.ECLS_NAME);
        final RandomStreams streams = RandomStreams.of(20261121);
        final List<VirtualPatient> forward = new ArrayList<>();
        for (int id = 0; id < 200; id++) {
            forward.add(cohort.sample(streams, id));
        }
        final List<Integer> order = new ArrayList<>();
        for (int id = 0; id < 200; id++) {
            order.add(id);
        }
        Collections.shuffle(order, new Random(3));
        for (int id : order) {
            assertEquals(forward.get(id), cohort.sample(RandomStreams.of(20261121), id), "patient " + id);
        }
        // two partitions, drawn interleaved by two samplers
        for (int id = 199; id >= 0; id -= 2) {
            assertEquals(forward.get(id), cohort.sample(streams, id));
            assertEquals(forward.get(id - 1), cohort.sample(RandomStreams.of(20261121), id - 1));
        }
        assertTrue(!forward.get(0).equals(cohort.sample(RandomStreams.of(20261122), 0)), "another seed, another patient");
    }
}
