package org.sinus.cohorts.angina;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sinus.cohorts.angina.AnginaCovariates.AGE;
import static org.sinus.cohorts.angina.AnginaCovariates.CCS_CLASS;
import static org.sinus.cohorts.angina.AnginaCovariates.CHRONIC_TOTAL_OCCLUSION;
import static org.sinus.cohorts.angina.AnginaCovariates.COLLATERAL_FLOW_INDEX;
import static org.sinus.cohorts.angina.AnginaCovariates.CULPRIT_STENOSIS;
import static org.sinus.cohorts.angina.AnginaCovariates.EJECTION_FRACTION;
import static org.sinus.cohorts.angina.AnginaCovariates.ISCHAEMIC_TERRITORY;
import static org.sinus.cohorts.angina.AnginaCovariates.RIGHT_ATRIAL_PRESSURE;
import static org.sinus.cohorts.angina.AnginaCovariates.SAQ_ANGINA_FREQUENCY;

import org.junit.jupiter.api.Test;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;

/**
 * Every accepted patient of the shared sample (20,000 ids, seed {@link AnginaSample#SEED}) meets the criteria the
 * cohort encodes and maps to valid kernel parameters consistent with its covariates; the rejection and clamp rates
 * stay near their documented values (bounds are about 1.3 times the measured rates, not statistical tolerances: both
 * are deterministic for the fixed seed).
 */
class AnginaCriteriaTest {
    private final AnginaSample sample = AnginaSample.get();

    @Test
    void everyPatientMeetsTheCriteria() {
        for (AnginaCohortSampler.Sample s : sample.accepted) {
            final VirtualPatient p = s.patient();
            final String who = "patient " + p.id();
            assertTrue(p.covariate(AGE) > 18, who + ": age > 18 (COSIRA inclusion 1)");
            assertTrue(p.covariate(CCS_CLASS) == 3 || p.covariate(CCS_CLASS) == 4, who + ": CCS III-IV (inclusion 2)");
            assertTrue(p.covariate(EJECTION_FRACTION) > 25, who + ": LVEF > 25% (inclusion 5)");
            assertTrue(p.covariate(RIGHT_ATRIAL_PRESSURE) <= 15, who + ": RAP <= 15 mmHg (exclusion)");
            final boolean occluded = p.covariate(CHRONIC_TOTAL_OCCLUSION) == 1;
            final double stenosis = p.covariate(CULPRIT_STENOSIS);
            assertTrue(occluded ? stenosis == 100 : stenosis >= 70 && stenosis <= 95, who + ": severe stenosis or CTO");
            final double territory = p.covariate(ISCHAEMIC_TERRITORY);
            assertTrue(territory >= 10 && territory <= 60, who + ": ischaemic territory " + territory);
            assertTrue(p.covariate(SAQ_ANGINA_FREQUENCY) >= 0 && p.covariate(SAQ_ANGINA_FREQUENCY) <= 100, who);
        }
    }

    @Test
    void parametersAreValidAndFollowTheCovariates() {
        for (AnginaCohortSampler.Sample s : sample.accepted) {
            final VirtualPatient p = s.patient();
            final PatientParameters k = p.parameters();
            // The records validate their ranges on construction; rebuilding them re-runs those checks.
            final HeartParameters h = k.heart();
            final CoronaryParameters c = k.coronary();
            new PatientParameters(new HeartParameters(h.heartRateBpm(), h.emaxMmHgPerMl(), h.eminMmHgPerMl(),
                    h.v0Ml(), h.laPressureMmHg(), h.raPressureMmHg(), h.mitralEroaCm2()), k.vascular(),
                    new CoronaryParameters(c.lvMassG(), c.atRiskFraction(), c.collateralFlowIndex(),
                            c.microvascularResistanceFactor(), c.culpritOccluded()));
            assertEquals(0, h.mitralEroaCm2(), "severe valve disease is excluded: competent mitral valve");
            assertEquals(p.covariate(CHRONIC_TOTAL_OCCLUSION) == 1, c.culpritOccluded());
            assertEquals(p.covariate(ISCHAEMIC_TERRITORY) / 100, c.atRiskFraction(), 0);
            assertEquals(p.covariate(COLLATERAL_FLOW_INDEX), c.collateralFlowIndex(), 0);
            assertEquals(1, c.microvascularResistanceFactor(), 0);
            final AnginaPresentation presentation = (AnginaPresentation) p.presentation();
            assertEquals((int) p.covariate(CCS_CLASS), presentation.ccsClass());
            assertEquals(p.covariate(CULPRIT_STENOSIS), presentation.culpritStenosisPercent(), 0);
            assertEquals(c.culpritOccluded(), presentation.chronicTotalOcclusion());
        }
    }

    @Test
    void rejectionAndClampsStayRare() {
        int clampedPatients = 0;
        int clamps = 0;
        int maxAttempts = 0;
        for (AnginaCohortSampler.Sample s : sample.accepted) {
            clamps += s.patient().clampedParameterCount();
            clampedPatients += s.patient().clampedParameterCount() > 0 ? 1 : 0;
            maxAttempts = Math.max(maxAttempts, s.attempts());
        }
        final double clampedFraction = (double) clampedPatients / AnginaSample.N;
        System.out.printf("refractory angina, %d patients: %d draws rejected (%.2f%%, acceptance %.2f%%), most attempts"
                + " %d; %d patients clamped (%.2f%%), %d clamps%n", AnginaSample.N, sample.rejected,
                100 * sample.rejectedFraction(), 100 * (1 - sample.rejectedFraction()), maxAttempts, clampedPatients,
                100 * clampedFraction, clamps);
        assertTrue(sample.rejectedFraction() < 0.03, "rejected fraction " + sample.rejectedFraction());
        assertTrue(clampedFraction < 0.10, "clamped fraction " + clampedFraction);
        // At 2.3% rejection, P(some patient of 20,000 needs 6 or more attempts) = 20,000 x 0.023^5 = 1e-4.
        assertTrue(maxAttempts <= 5, "most attempts " + maxAttempts);
    }
}
