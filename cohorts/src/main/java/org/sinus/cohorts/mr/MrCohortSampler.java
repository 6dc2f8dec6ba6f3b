package org.sinus.cohorts.mr;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Samples one patient of the functional-MR cohort: covariates ({@link MrCovariates}), kernel parameters
 * ({@link MrKernelMapping}) and presentation ({@link MrPresentation}), a pure function of ({@code streams.runSeed()},
 * {@code patientId}).
 *
 * <p><b>Inclusion and exclusion.</b> Criteria on one sampled covariate are exact truncations of its marginal (EF
 * below 40%, EROA at least 0.15 cm^2, 6-minute walk 150 to 450 m, forward cardiac output at least 2 L/min, NYHA II to
 * IV). Criteria on derived or several covariates are applied by rejection: an attempt is kept when
 * {@link #eligible(double[])} holds (end-diastolic volume in [{@link #MIN_EDV_ML}, {@link #MAX_EDV_ML}], pulse
 * pressure at least {@link #MIN_PULSE_PRESSURE_MMHG}); otherwise the next attempt is drawn. About 90% of attempts
 * are kept ({@code docs/cohort-functional-mr.md}).
 *
 * <p><b>Draws.</b> Every attempt reads exactly {@link MrCovariates#LATENT} standard normals, in latent order through
 * the copula, from {@code streams.stream(patientId, Purpose.COHORT)}; attempt {@code k} uses deviates
 * {@code k LATENT} to {@code (k + 1) LATENT - 1}. Nothing else is drawn. After {@link #MAX_ATTEMPTS} rejected
 * attempts (probability about 1e-97) the patient cannot be sampled and an {@link IllegalArgumentException} says so.
 *
 * <p>Stateless and thread-safe.
 */
public final class MrCohortSampler {
    /** Smallest end-diastolic volume kept, ml: a dilated LV, LVEDD > 55 mm (REDUCE-FMR inclusion; Teichholz). */
    public static final double MIN_EDV_ML = 140;
    /** Largest end-diastolic volume kept, ml (assumption: plausibility bound of dilated cardiomyopathy). */
    public static final double MAX_EDV_ML = 500;
    /** Lowest pulse pressure kept, mmHg (plausibility; keeps the arterial compliance finite). */
    public static final double MIN_PULSE_PRESSURE_MMHG = 20;
    /** Attempts before giving up. */
    public static final int MAX_ATTEMPTS = 100;

    private static final GaussianCopula COPULA = GaussianCopula.of(MrCovariates.correlationMatrix());

    private MrCohortSampler() {
    }

    /**
     * One sampled patient.
     *
     * @param patient covariates (in {@link MrCovariates} order), kernel parameters, {@link MrPresentation} and clamp
     *     count
     * @param attempts how many attempts were drawn, the accepted one included ({@code >= 1})
     */
    public record Sampled(VirtualPatient patient, int attempts) {
    }

    /**
     * Samples one patient.
     *
     * @param streams the run's random streams
     * @param patientId the patient id
     * @return the patient and the number of attempts
     * @throws IllegalArgumentException if no attempt was eligible, or the accepted one cannot be mapped
     */
    public static Sampled sample(RandomStreams streams, long patientId) {
        final NormalizedGaussianSampler gaussian = Samplers.standardNormal(streams.stream(patientId, Purpose.COHORT));
        final double[] z = new double[MrCovariates.LATENT];
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            COPULA.sample(gaussian, z);
            final double[] c = MrCovariates.fromLatent(z);
            if (eligible(c)) {
                final MrKernelMapping.Result mapped = MrKernelMapping.map(patientId, c);
                return new Sampled(new VirtualPatient(patientId, c, mapped.parameters(), presentation(c),
                        mapped.clampCount()), attempt);
            }
        }
        throw new IllegalArgumentException("functional-mr patient " + patientId + " cannot be sampled: no eligible draw"
                + " in " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * The criteria applied by rejection, on covariates that already satisfy the truncations.
     *
     * @param c covariates indexed as in {@link MrCovariates}
     * @return whether the patient is eligible
     */
    public static boolean eligible(double[] c) {
        return c[MrCovariates.END_DIASTOLIC_VOLUME] >= MIN_EDV_ML && c[MrCovariates.END_DIASTOLIC_VOLUME] <= MAX_EDV_ML
                && c[MrCovariates.SYSTOLIC] - c[MrCovariates.DIASTOLIC] >= MIN_PULSE_PRESSURE_MMHG;
    }

    /**
     * The presentation of covariates.
     *
     * @param c covariates indexed as in {@link MrCovariates}
     * @return what the outcome models read
     */
    static MrPresentation presentation(double[] c) {
        return new MrPresentation((int) c[MrCovariates.NYHA], c[MrCovariates.SIX_MINUTE_WALK], c[MrCovariates.KCCQ],
                c[MrCovariates.ISCHAEMIC] == 1, c[MrCovariates.CS_DIAMETER], c[MrCovariates.CIRCUMFLEX_UNDER_CS] == 1,
                c[MrCovariates.CROSSING_DISTANCE]);
    }
}
