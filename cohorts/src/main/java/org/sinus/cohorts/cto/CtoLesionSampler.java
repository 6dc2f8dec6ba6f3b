package org.sinus.cohorts.cto;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.cto.CtoLesion.Calcification;
import org.sinus.cohorts.cto.CtoLesion.CtCalcium;
import org.sinus.cohorts.cto.CtoLesion.Duration;
import org.sinus.cohorts.cto.CtoLesion.ProximalCap;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoLesion.Vessel;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Samples one CTO lesion: the features of {@link CtoCovariates} joined by a Gaussian copula, each marginal exact.
 *
 * <p><b>Draws.</b> Exactly {@link CtoCovariates#COUNT} standard normal deviates, in latent order, through the
 * copula; never a number that depends on a value. {@link #sample(RandomStreams, long)} reads them from
 * {@code streams.stream(patientId, Purpose.COHORT)} (there is no lesion purpose); a cohort that draws other
 * covariates from the same stream passes its own sampler to {@link #sample(NormalizedGaussianSampler)} and
 * documents the order.
 *
 * <p><b>Heavily calcified cohort.</b> {@link #heavilyCalcified()} draws from the all-comer distribution conditioned
 * on severe angiographic calcification, exactly and without rejection. Calcification is latent 0, so with the
 * lower Cholesky factor {@code L} of the correlation {@code R}, {@code z_0 = n_0} and {@code L_i0 = R_i0}. The
 * condition {@code z_0 >= c} (the severe cut point) is met by replacing {@code n_0} with its truncated-normal
 * inverse {@code n_0' = Phi^-1(Phi(c) + Phi(n_0) (1 - Phi(c)))}; the other deviates are untouched, so every other
 * latent shifts by {@code R_i0 (n_0' - n_0)} and follows its exact conditional distribution.
 *
 * <p>Immutable and thread-safe.
 */
public final class CtoLesionSampler {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final GaussianCopula COPULA = GaussianCopula.of(CtoCovariates.correlationMatrix());
    /** {@code R_i0}: how each latent moves with the calcification latent. */
    private static final double[] CALCIFICATION_COLUMN = calcificationColumn();
    /** {@code Phi} at the severe cut point: the probability of a grade below severe. */
    private static final double BELOW_SEVERE = 1 - CtoCovariates.CALCIFICATION_LEVELS.probability(3);

    private static final CtoLesionSampler ALL_COMERS = new CtoLesionSampler(false);
    private static final CtoLesionSampler HEAVILY_CALCIFIED = new CtoLesionSampler(true);

    private final boolean severeOnly;

    private CtoLesionSampler(boolean severeOnly) {
        this.severeOnly = severeOnly;
    }

    /**
     * All-comer CTO PCI lesions, as in contemporary expert registries.
     *
     * @return the shared sampler
     */
    public static CtoLesionSampler allComers() {
        return ALL_COMERS;
    }

    /**
     * Lesions with severe angiographic calcification: the all-comer distribution conditioned on it.
     *
     * @return the shared sampler
     */
    public static CtoLesionSampler heavilyCalcified() {
        return HEAVILY_CALCIFIED;
    }

    /**
     * Draws the lesion of one patient: a pure function of ({@code streams.runSeed()}, {@code patientId}).
     *
     * @param streams the run's random streams
     * @param patientId the patient id
     * @return the lesion
     */
    public CtoLesion sample(RandomStreams streams, long patientId) {
        return sample(Samplers.standardNormal(streams.stream(patientId, Purpose.COHORT)));
    }

    /**
     * Draws one lesion from {@link CtoCovariates#COUNT} deviates of {@code gaussian}, in order.
     *
     * @param gaussian the source of independent standard normal deviates
     * @return the lesion
     */
    public CtoLesion sample(NormalizedGaussianSampler gaussian) {
        final double[] z = new double[CtoCovariates.COUNT];
        COPULA.sample(gaussian, z);
        if (severeOnly) {
            final double n0 = z[CtoCovariates.CALCIFICATION];
            final double conditioned = STANDARD_NORMAL.inverseCumulativeProbability(
                    BELOW_SEVERE + STANDARD_NORMAL.cumulativeProbability(n0) * (1 - BELOW_SEVERE));
            for (int i = 0; i < z.length; i++) {
                z[i] += CALCIFICATION_COLUMN[i] * (conditioned - n0);
            }
        }
        return lesionFromLatent(z);
    }

    /**
     * Turns one latent vector into a lesion, each feature through its marginal.
     *
     * @param z latent standard normals, indexed as in {@link CtoCovariates}
     * @return the lesion
     */
    static CtoLesion lesionFromLatent(double[] z) {
        final CtoLesion.Clinical clinical = new CtoLesion.Clinical(
                CtoCovariates.AGE_YEARS.fromLatent(z[CtoCovariates.AGE]),
                CtoCovariates.PRIOR_CABG_RATE.present(z[CtoCovariates.PRIOR_CABG]),
                CtoCovariates.PRIOR_MI_RATE.present(z[CtoCovariates.PRIOR_MI]),
                CtoCovariates.PREVIOUS_FAILURE_RATE.present(z[CtoCovariates.PREVIOUS_FAILURE]),
                Duration.values()[CtoCovariates.DURATION_LEVELS.category(z[CtoCovariates.DURATION])]);
        final CtoLesion.Occlusion occlusion = new CtoLesion.Occlusion(
                CtoCovariates.LENGTH_MM.fromLatent(z[CtoCovariates.LENGTH]),
                ProximalCap.values()[CtoCovariates.CAP_LEVELS.category(z[CtoCovariates.CAP])],
                CtoCovariates.SIDE_BRANCH_RATE.present(z[CtoCovariates.SIDE_BRANCH]),
                CtoCovariates.BENDING_RATE.present(z[CtoCovariates.BENDING]),
                CtoCovariates.MULTIPLE_OCCLUSIONS_RATE.present(z[CtoCovariates.MULTIPLE_OCCLUSIONS]));
        final CtoLesion.Access access = new CtoLesion.Access(
                Tortuosity.values()[CtoCovariates.TORTUOSITY_LEVELS.category(z[CtoCovariates.TORTUOSITY])],
                CtoCovariates.COLLATERALS_RATE.present(z[CtoCovariates.COLLATERALS]));
        return new CtoLesion(clinical,
                Vessel.values()[CtoCovariates.VESSEL_SHARES.category(z[CtoCovariates.VESSEL])], occlusion,
                Calcification.values()[CtoCovariates.CALCIFICATION_LEVELS.category(z[CtoCovariates.CALCIFICATION])],
                CtCalcium.values()[CtoCovariates.CT_CALCIUM_LEVELS.category(z[CtoCovariates.CT_CALCIUM])], access);
    }

    private static double[] calcificationColumn() {
        final double[][] r = CtoCovariates.correlationMatrix();
        final double[] column = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            column[i] = r[i][CtoCovariates.CALCIFICATION];
        }
        return column;
    }

    @Override
    public String toString() {
        return "CtoLesionSampler[" + (severeOnly ? "heavily calcified" : "all comers") + "]";
    }
}
