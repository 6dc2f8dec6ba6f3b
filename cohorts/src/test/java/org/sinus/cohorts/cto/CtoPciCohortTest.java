package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.TruncatedMarginal;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.CohortType;

/**
 * The CTO PCI cohorts: registration, reproducibility whatever the order, the lesion shared with the lesion sampler,
 * the populations' criteria and the marginals. Statistical checks: 20,000 patients of fixed seed 20240601, each at
 * 4.89 binomial standard errors (two-sided 1e-6 each; about 20 checks, so a correct implementation fails with a fresh
 * seed with probability below 2e-5).
 */
class CtoPciCohortTest {
    private static final long SEED = 20240601;
    private static final int N = 20_000;
    private static final double Z = 4.89;

    /** The patient, or null if it cannot be mapped (the job's failure ledger takes those). */
    static VirtualPatient sampleOrNull(CtoPciCohort cohort, RandomStreams streams, long id) {
        try {
            return cohort.sample(streams, id);
        } catch (IllegalArgumentException unmappable) {
            assertTrue(unmappable.getMessage().startsWith(cohort.name() + " patient " + id + " cannot be mapped"),
                    unmappable.getMessage());
            return null;
        }
    }

    @Test
    void everyNameIsAScenarioCohort() {
        for (String name : new String[] {CtoPciCohort.NAME, CtoPciCohort.CALCIFIED_NAME,
            CtoPciCohort.HIGH_RISK_NAME}) {
            assertEquals(name, Cohorts.of(name).name());
            assertTrue(CohortType.fromKey(name).isPresent(), name);
        }
        assertSame(Cohorts.of(CtoPciCohort.NAME), Cohorts.of(CtoPciCohort.NAME));
        assertThrows(IllegalArgumentException.class, () -> CtoPciCohort.of("cto"));
    }

    @Test
    void samePatientWhateverTheOrderOrPartition() {
        final CtoPciCohort cohort = CtoPciCohort.of(CtoPciCohort.NAME);
        final int n = 500;
        final VirtualPatient[] forward = new VirtualPatient[n];
        final RandomStreams first = RandomStreams.of(SEED);
        for (int id = 0; id < n; id++) {
            forward[id] = sampleOrNull(cohort, first, id);
        }
        final RandomStreams again = RandomStreams.of(SEED);
        final RandomStreams other = RandomStreams.of(SEED + 1);
        for (int k = 0; k < n; k++) {
            final int id = (int) ((n - 1 - (long) k * 7) % n + n) % n; // a fixed permutation, two partitions mixed
            sampleOrNull(cohort, other, id + 3);
            final VirtualPatient b = sampleOrNull(cohort, again, id);
            if (forward[id] == null || b == null) {
                assertEquals(forward[id], b, "patient " + id + " fails the same way");
                continue;
            }
            assertArrayEquals(forward[id].covariates(), b.covariates(), "patient " + id);
            assertEquals(forward[id].parameters(), b.parameters(), "patient " + id);
            assertEquals(forward[id].presentation(), b.presentation(), "patient " + id);
        }
        assertNotEquals(forward[5], sampleOrNull(cohort, RandomStreams.of(SEED + 1), 5));
    }

    /** The lesion is drawn first from the same stream, so it equals the lesion sampler's for the same patient. */
    @Test
    void lesionIsTheLesionSamplersAndTheTerritoryIsCollateralFed() {
        final RandomStreams streams = RandomStreams.of(SEED);
        for (int id = 0; id < 300; id++) {
            final VirtualPatient p = sampleOrNull(CtoPciCohort.of(CtoPciCohort.NAME), streams, id);
            final VirtualPatient c = sampleOrNull(CtoPciCohort.of(CtoPciCohort.CALCIFIED_NAME), streams, id);
            final VirtualPatient h = sampleOrNull(CtoPciCohort.of(CtoPciCohort.HIGH_RISK_NAME), streams, id);
            if (p == null || c == null || h == null) {
                continue;
            }
            final CtoPresentation pr = (CtoPresentation) p.presentation();
            assertEquals(CtoLesionSampler.allComers().sample(streams, id), pr.lesion());
            assertEquals(pr.lesion().clinical().ageYears(), p.covariate(CtoPatientCovariates.AGE));
            assertTrue(p.parameters().coronary().culpritOccluded());
            assertEquals(pr.collateralFlowIndex(), p.parameters().coronary().collateralFlowIndex());
            assertEquals(pr.atRiskFraction(), p.parameters().coronary().atRiskFraction());
            assertEquals(CtoLesionSampler.heavilyCalcified().sample(streams, id),
                    ((CtoPresentation) c.presentation()).lesion());
            assertEquals(CtoLesion.Calcification.SEVERE, ((CtoPresentation) c.presentation()).lesion()
                    .calcification());
            assertTrue(h.covariate(CtoPatientCovariates.EJECTION_FRACTION) <= 35, "PROTECT II: LVEF <= 35%");
        }
    }

    @Test
    void marginalsAsSpecified() {
        final CtoPciCohort cohort = CtoPciCohort.of(CtoPciCohort.NAME);
        final RandomStreams streams = RandomStreams.of(SEED);
        final java.util.List<double[]> rows = new java.util.ArrayList<>();
        int clamped = 0;
        int failed = 0;
        for (int id = 0; id < N; id++) {
            final VirtualPatient p = sampleOrNull(cohort, streams, id);
            if (p == null) {
                failed++;
                continue;
            }
            rows.add(p.covariates());
            clamped += p.clampedParameterCount() > 0 ? 1 : 0;
        }
        System.out.printf("cto-pci: %d of %d unmappable, %d clamped%n", failed, N, clamped);
        assertTrue(failed < 0.0025 * N, "unmappable patients " + failed);
        final double[][] c = rows.toArray(new double[0][]);
        rate("female", c, CtoPatientCovariates.FEMALE, 0.5, 0.15);
        rate("diabetes", c, CtoPatientCovariates.DIABETES, 0.5, 0.40);
        // Specification restated as literals, so that a typo in the table is caught.
        quartiles("LVEF", c, CtoPatientCovariates.EJECTION_FRACTION, TruncatedMarginal.normal(50, 12, 15, 70));
        quartiles("HR", c, CtoPatientCovariates.HEART_RATE, TruncatedMarginal.normal(68, 11, 45, 110));
        quartiles("SBP", c, CtoPatientCovariates.SYSTOLIC, TruncatedMarginal.normal(134, 20, 90, 200));
        quartiles("LVEDP", c, CtoPatientCovariates.LVEDP, TruncatedMarginal.logNormal(14, 0.35, 5, 35));
        // CFI: well-developed collaterals raise it (mean 0.24 vs 0.18), so its mean lies between.
        double cfi = 0;
        for (double[] x : c) {
            cfi += x[CtoPatientCovariates.COLLATERAL_FLOW_INDEX];
        }
        cfi /= c.length;
        assertTrue(cfi > 0.20 && cfi < 0.23, "mean CFI " + cfi);
        assertTrue(clamped < 0.05 * N, "clamped patients " + clamped);
    }

    private static void rate(String name, double[][] c, int index, double above, double expected) {
        int k = 0;
        for (double[] x : c) {
            k += x[index] > above ? 1 : 0;
        }
        final double se = Math.sqrt(expected * (1 - expected) / c.length);
        assertEquals(expected, (double) k / c.length, Z * se, name);
    }

    private static void quartiles(String name, double[][] c, int index, TruncatedMarginal m) {
        for (double q : new double[] {0.25, 0.5, 0.75}) {
            int k = 0;
            final double x = m.quantile(q);
            for (double[] row : c) {
                k += row[index] < x ? 1 : 0;
            }
            assertEquals(q, (double) k / c.length, Z * Math.sqrt(q * (1 - q) / c.length), name + " at " + q);
        }
    }
}
