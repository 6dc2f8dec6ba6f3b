package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sinus.cohorts.mr.MrCovariates.CIRCUMFLEX_UNDER_CS;
import static org.sinus.cohorts.mr.MrCovariates.CROSSING_DISTANCE;
import static org.sinus.cohorts.mr.MrCovariates.CS_DIAMETER;
import static org.sinus.cohorts.mr.MrCovariates.DIASTOLIC;
import static org.sinus.cohorts.mr.MrCovariates.EJECTION_FRACTION;
import static org.sinus.cohorts.mr.MrCovariates.END_DIASTOLIC_VOLUME;
import static org.sinus.cohorts.mr.MrCovariates.END_SYSTOLIC_VOLUME;
import static org.sinus.cohorts.mr.MrCovariates.EROA;
import static org.sinus.cohorts.mr.MrCovariates.FORWARD_OUTPUT;
import static org.sinus.cohorts.mr.MrCovariates.HEART_RATE;
import static org.sinus.cohorts.mr.MrCovariates.ISCHAEMIC;
import static org.sinus.cohorts.mr.MrCovariates.KCCQ;
import static org.sinus.cohorts.mr.MrCovariates.MR_GRADE;
import static org.sinus.cohorts.mr.MrCovariates.NYHA;
import static org.sinus.cohorts.mr.MrCovariates.REGURGITANT_FRACTION;
import static org.sinus.cohorts.mr.MrCovariates.REGURGITANT_VOLUME;
import static org.sinus.cohorts.mr.MrCovariates.SIX_MINUTE_WALK;
import static org.sinus.cohorts.mr.MrCovariates.SYSTOLIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.KernelMappings;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.PatientParameters;

/**
 * Every accepted patient of the shared sample ({@link MrSample}, 20,000 patients) meets the inclusion and exclusion
 * criteria, has consistent derived covariates and presentation, and maps to valid kernel parameters; the acceptance
 * rate of the rejection step and the clamp rate are as documented.
 */
class MrCohortSamplerTest {
    private final MrSample sample = MrSample.get();

    @Test
    void everyPatientMeetsTheCriteria() {
        final List<String> errors = new ArrayList<>();
        for (VirtualPatient p : sample.patients) {
            final double[] c = p.covariates();
            final String id = "patient " + p.id() + ": ";
            check(errors, c[EJECTION_FRACTION] >= 15 && c[EJECTION_FRACTION] <= 40, id + "EF " + c[EJECTION_FRACTION]);
            check(errors, c[EROA] >= 0.15 && c[EROA] <= 0.90, id + "EROA " + c[EROA]);
            check(errors, c[SIX_MINUTE_WALK] >= 150 && c[SIX_MINUTE_WALK] <= 450, id + "6MWD " + c[SIX_MINUTE_WALK]);
            check(errors, c[FORWARD_OUTPUT] >= 2.0, id + "forward output " + c[FORWARD_OUTPUT]);
            check(errors, c[NYHA] == 2 || c[NYHA] == 3 || c[NYHA] == 4, id + "NYHA " + c[NYHA]);
            check(errors, c[END_DIASTOLIC_VOLUME] >= 140 && c[END_DIASTOLIC_VOLUME] <= 500,
                    id + "EDV " + c[END_DIASTOLIC_VOLUME]);
            check(errors, c[SYSTOLIC] - c[DIASTOLIC] >= 20, id + "pulse pressure " + (c[SYSTOLIC] - c[DIASTOLIC]));
            check(errors, MrCohortSampler.eligible(c), id + "not eligible");
            if (errors.size() > 20) {
                break;
            }
        }
        assertTrue(errors.isEmpty(), String.join("\n", errors));
    }

    @Test
    void derivedCovariatesAndPresentationAreConsistent() {
        for (VirtualPatient p : sample.patients) {
            final double[] c = p.covariates();
            final double sv = c[END_DIASTOLIC_VOLUME] - c[END_SYSTOLIC_VOLUME];
            assertEquals(c[EJECTION_FRACTION] / 100 * c[END_DIASTOLIC_VOLUME], sv, 1e-9 * sv, "stroke volume");
            assertEquals(c[FORWARD_OUTPUT], (sv - c[REGURGITANT_VOLUME]) * c[HEART_RATE] / 1000,
                    1e-12 * c[FORWARD_OUTPUT], "forward output");
            assertEquals(100 * c[REGURGITANT_VOLUME] / sv, c[REGURGITANT_FRACTION], 1e-9, "regurgitant fraction");
            assertEquals(c[EROA] < 0.30 ? 2 : c[EROA] < 0.40 ? 3 : 4, c[MR_GRADE], "MR grade");
            final MrPresentation m = (MrPresentation) p.presentation();
            assertEquals(c[NYHA], m.nyhaClass());
            assertEquals(c[SIX_MINUTE_WALK], m.sixMinuteWalkM());
            assertEquals(c[KCCQ], m.kccqScore());
            assertEquals(c[ISCHAEMIC] == 1, m.ischaemicAetiology());
            assertEquals(c[CS_DIAMETER], m.csDiameterMm());
            assertEquals(c[CIRCUMFLEX_UNDER_CS] == 1, m.circumflexUnderCs());
            assertEquals(c[CROSSING_DISTANCE], m.circumflexCrossingMm());
        }
    }

    /**
     * Every patient maps (the records' compact constructors check every range); the orifice is the covariate, the
     * at-risk territory the circumflex's, the artery open, the microcirculation intact. Clamps: about 6% of patients
     * (nearly all Emax at its minimum 0.3 mmHg/ml in the largest ventricles, V0 = 15 ml); bound 10%.
     */
    @Test
    void everyPatientMapsToValidParameters() {
        assertTrue(sample.failures.isEmpty(), sample.failures.size() + " failures, first: "
                + (sample.failures.isEmpty() ? "" : sample.failures.get(0)));
        int clamped = 0;
        int emaxAtMinimum = 0;
        for (VirtualPatient p : sample.patients) {
            final PatientParameters k = p.parameters();
            assertEquals(p.covariate(EROA), k.heart().mitralEroaCm2(), 0);
            assertEquals(5.0 / 17, k.coronary().atRiskFraction(), 0);
            assertEquals(1, k.coronary().microvascularResistanceFactor(), 0);
            assertTrue(!k.coronary().culpritOccluded());
            assertEquals(KernelMappings.V0_ML, k.heart().v0Ml(), 0);
            clamped += p.clampedParameterCount() > 0 ? 1 : 0;
            emaxAtMinimum += k.heart().emaxMmHgPerMl() == 0.3 ? 1 : 0;
        }
        final int n = sample.patients.size();
        System.out.printf(Locale.ROOT, "%d patients: %d (%.2f%%) with a clamp, %d with Emax at 0.3 mmHg/ml%n", n,
                clamped, 100.0 * clamped / n, emaxAtMinimum);
        assertTrue(clamped < 0.10 * n, clamped + " patients clamped");
    }

    /**
     * The acceptance rate of the rejection step, estimated twice: from the attempts the sampler drew and from the
     * fraction of independent single attempts ({@link MrSample#draws}) that are eligible. Tolerance 4 standard errors
     * of their difference (two-sided 6.3e-5).
     */
    @Test
    void acceptanceRateIsAsDocumented() {
        int eligible = 0;
        int small = 0;
        int large = 0;
        int narrow = 0;
        for (double[] c : sample.draws) {
            eligible += MrCohortSampler.eligible(c) ? 1 : 0;
            small += c[END_DIASTOLIC_VOLUME] < MrCohortSampler.MIN_EDV_ML ? 1 : 0;
            large += c[END_DIASTOLIC_VOLUME] > MrCohortSampler.MAX_EDV_ML ? 1 : 0;
            narrow += c[SYSTOLIC] - c[DIASTOLIC] < MrCohortSampler.MIN_PULSE_PRESSURE_MMHG ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "single attempts failing: EDV < 140 ml %d, EDV > 500 ml %d, pulse pressure"
                + " < 20 mmHg %d of %d%n", small, large, narrow, MrSample.N);
        final double fromDraws = (double) eligible / MrSample.N;
        final double fromSampler = (double) sample.patients.size() / sample.attempts;
        final double se = Math.sqrt(fromDraws * (1 - fromDraws) * (1.0 / sample.attempts + 1.0 / MrSample.N));
        System.out.printf(Locale.ROOT, "acceptance: %.4f from %d attempts, %.4f of %d single attempts%n", fromSampler,
                sample.attempts, fromDraws, MrSample.N);
        assertEquals(fromDraws, fromSampler, MrSample.Z * se);
        assertEquals(0.90, fromSampler, 0.03, "documented acceptance");
    }

    private static void check(List<String> errors, boolean ok, String message) {
        if (!ok) {
            errors.add(message);
        }
    }
}
