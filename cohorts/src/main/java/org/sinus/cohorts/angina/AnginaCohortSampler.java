package org.sinus.cohorts.angina;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Samples one refractory angina patient: covariates from {@link AnginaCovariates} joined by a Gaussian copula,
 * kernel parameters at rest from {@link AnginaKernelMapping}, and an {@link AnginaPresentation}. The scenario cohort,
 * {@link RefractoryAnginaCohort}, moves these parameters to ordinary effort ({@link AnginaStressState}).
 *
 * <p>Criteria. Those that bound one covariate are exact truncations of its marginal ({@link AnginaCovariates}). The
 * one joint condition, that the covariates describe a ventricle and circulation the kernel can represent (no derived
 * parameter more than a factor 2 outside its range; in practice a small ventricle with a high EF, whose ESV is close
 * to V0), is applied by rejection: the draw is discarded and the next one is taken from the same stream. About 2.3%
 * of draws are rejected, women's more often (docs/cohort-refractory-angina.md, "Criteria").
 *
 * <p>Draws, fixed: each attempt reads exactly {@link AnginaCovariates#COUNT} standard normals (ziggurat, through
 * {@link Samplers#standardNormal}) from {@code streams.stream(patientId, Purpose.COHORT)}, in covariate order; attempt
 * {@code k} reads the normals after attempt {@code k - 1}. A patient is therefore a pure function of (run seed, id),
 * independent of any other patient, order or thread. After {@link #MAX_ATTEMPTS} rejected attempts (probability
 * about 1e-26) the patient cannot be sampled and {@link #sample} throws.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnginaCohortSampler {
    /** The cohort's name in scenario files ({@link RefractoryAnginaCohort}); also the prefix of error messages. */
    public static final String NAME = "refractory-angina";
    /** Attempts before a patient is declared unsampleable. */
    public static final int MAX_ATTEMPTS = 16;

    private final GaussianCopula copula = GaussianCopula.of(AnginaCovariates.correlationMatrix());

    /**
     * One sampled patient.
     *
     * @param patient the patient; its presentation is an {@link AnginaPresentation}
     * @param attempts how many copula draws it took, 1 to {@link #MAX_ATTEMPTS} (1 unless rejected)
     */
    public record Sample(VirtualPatient patient, int attempts) {
    }

    /**
     * Samples a patient.
     *
     * @param streams the run's streams
     * @param patientId the patient id
     * @return the patient and the number of attempts
     * @throws IllegalArgumentException if {@link #MAX_ATTEMPTS} draws in a row cannot be mapped (the message is the
     *     last mapping failure's)
     */
    public Sample sample(RandomStreams streams, long patientId) {
        final NormalizedGaussianSampler gaussian = Samplers.standardNormal(streams.stream(patientId, Purpose.COHORT));
        final double[] z = new double[AnginaCovariates.COUNT];
        IllegalArgumentException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            copula.sample(gaussian, z);
            final double[] c = AnginaCovariates.fromLatent(z);
            try {
                final AnginaKernelMapping.Result mapped = AnginaKernelMapping.map(patientId, c);
                return new Sample(new VirtualPatient(patientId, c, mapped.parameters(), presentation(c),
                        mapped.clampCount()), attempt);
            } catch (IllegalArgumentException e) {
                last = e;
            }
        }
        throw new IllegalArgumentException(NAME + " patient " + patientId + ": no mappable draw in " + MAX_ATTEMPTS
                + " attempts; the last: " + last.getMessage(), last);
    }

    /**
     * The presentation of a patient with these covariates.
     *
     * @param c covariates indexed as in {@link AnginaCovariates}
     * @return its presentation
     */
    static AnginaPresentation presentation(double[] c) {
        return new AnginaPresentation((int) c[AnginaCovariates.CCS_CLASS], c[AnginaCovariates.SAQ_ANGINA_FREQUENCY],
                c[AnginaCovariates.PRIOR_CABG] == 1, c[AnginaCovariates.PRIOR_PCI] == 1,
                c[AnginaCovariates.DIABETES] == 1, c[AnginaCovariates.ISCHAEMIC_TERRITORY],
                c[AnginaCovariates.CULPRIT_STENOSIS]);
    }

    @Override
    public String toString() {
        return "AnginaCohortSampler[" + NAME + "]";
    }
}
