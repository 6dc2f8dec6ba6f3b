package org.sinus.cohorts.shock;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Samples one patient of a cardiogenic-shock population: covariates ({@link ShockCovariates}), kernel parameters
 * ({@link ShockKernelMapping}) and presentation ({@link ShockPresentation}), a pure function of
 * ({@code streams.runSeed()}, {@code patientId}, population).
 *
 * <p><b>Inclusion.</b> Criteria on one covariate are exact truncations of its marginal: systolic pressure and
 * vasoactive drugs (the haemodynamics are on drugs; SBP on [55, 135]), pulmonary congestion (wedge pressure at least
 * 15 mmHg), ECLS-SHOCK's lactate above 3 mmol/l and age limits. What the kernel cannot represent is applied by
 * rejection: an attempt is kept when {@link #eligible(double[])} holds, every derived kernel parameter inside its
 * record's range ({@link ShockKernelMapping#representable(double[])}) and the right atrial pressure below
 * {@link #MAX_RA_OVER_WEDGE} times the wedge pressure; about nine attempts in ten are kept
 * ({@code docs/cohort-cardiogenic-shock.md}).
 *
 * <p><b>Draws.</b> Every attempt reads exactly {@link ShockCovariates#LATENT} standard normals through the copula from
 * {@code streams.stream(patientId, Purpose.COHORT)}; nothing else is drawn. After {@link #MAX_ATTEMPTS} rejected
 * attempts the patient cannot be sampled and an {@link IllegalArgumentException} says so.
 *
 * <p>Stateless and thread-safe.
 */
public final class ShockCohortSampler {
    /**
     * Right atrial over wedge pressure below which a patient is kept: 0.8 and above marks predominant right-ventricular
     * involvement (the SHOCK registry's RV shock, Jacobs et al., JACC 2003, recalled), which the kernel's left-sided
     * model with its primed right ventricle does not reproduce (its left atrial pressure drifts above the wedge
     * pressure; ShockKernelFidelityTest).
     */
    public static final double MAX_RA_OVER_WEDGE = 0.8;
    /** Attempts before giving up. */
    public static final int MAX_ATTEMPTS = 100;

    private static final GaussianCopula COPULA = GaussianCopula.of(ShockCovariates.correlationMatrix());

    private ShockCohortSampler() {
    }

    /**
     * One sampled patient.
     *
     * @param patient covariates (in {@link ShockCovariates} order), kernel parameters and {@link ShockPresentation}
     * @param attempts how many attempts were drawn, the accepted one included ({@code >= 1})
     */
    public record Sampled(VirtualPatient patient, int attempts) {
    }

    /**
     * Samples one patient.
     *
     * @param population the trial population
     * @param streams the run's random streams
     * @param patientId the patient id
     * @return the patient and the number of attempts
     * @throws IllegalArgumentException if no attempt was eligible
     */
    public static Sampled sample(ShockPopulation population, RandomStreams streams, long patientId) {
        final NormalizedGaussianSampler gaussian = Samplers.standardNormal(streams.stream(patientId, Purpose.COHORT));
        final double[] z = new double[ShockCovariates.LATENT];
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            COPULA.sample(gaussian, z);
            final double[] c = ShockCovariates.fromLatent(population, z);
            if (eligible(c)) {
                return new Sampled(new VirtualPatient(patientId, c, ShockKernelMapping.map(patientId, c),
                        presentation(population, c)), attempt);
            }
        }
        throw new IllegalArgumentException(CardiogenicShockCohort.NAME + " patient " + patientId + " cannot be"
                + " sampled: no eligible draw in " + MAX_ATTEMPTS + " attempts");
    }

    /**
     * The criteria applied by rejection, on covariates that already satisfy the truncations.
     *
     * @param c covariates indexed as in {@link ShockCovariates}
     * @return whether the kernel can represent the patient
     */
    public static boolean eligible(double[] c) {
        return c[ShockCovariates.RIGHT_ATRIAL_PRESSURE] < MAX_RA_OVER_WEDGE * c[ShockCovariates.WEDGE_PRESSURE]
                && ShockKernelMapping.representable(c);
    }

    static ShockPresentation presentation(ShockPopulation population, double[] c) {
        return new ShockPresentation(population, c[ShockCovariates.AGE], c[ShockCovariates.FEMALE] == 1,
                c[ShockCovariates.LACTATE], c[ShockCovariates.RESUSCITATED] == 1, c[ShockCovariates.PRIOR_STROKE] == 1,
                (int) c[ShockCovariates.RISK_SCORE], c[ShockCovariates.CARDIAC_POWER]);
    }
}
