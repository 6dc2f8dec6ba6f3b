package org.sinus.cohorts.mr;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Fixed samples shared by the statistical tests: {@link #N} accepted patients (ids 0 .. N-1, seed {@link #SEED}) and
 * {@link #N} single attempts before the criteria (the specification the marginals and correlations are checked
 * against), each drawn like one attempt of {@link MrCohortSampler} from its own keyed stream (seed
 * {@link #DRAW_SEED}).
 */
final class MrSample {
    /** Run seed of the accepted sample; fixed so the tests are deterministic. */
    static final long SEED = 20240601L;
    /** Run seed of the attempts before the criteria. */
    static final long DRAW_SEED = 20240602L;
    static final int N = 20_000;
    /** Tolerance in standard errors (brief: 4; two-sided 6.3e-5 per check). */
    static final double Z = 4;

    final List<VirtualPatient> patients = new ArrayList<>();
    /** Total attempts drawn for {@link #patients}. */
    long attempts;
    /** Messages of patients that could not be sampled or mapped. */
    final List<String> failures = new ArrayList<>();
    /** Covariates of single attempts, before the criteria. */
    final double[][] draws = new double[N][];

    private static MrSample instance;

    private MrSample() {
        final RandomStreams streams = RandomStreams.of(SEED);
        for (long id = 0; id < N; id++) {
            try {
                final MrCohortSampler.Sampled s = MrCohortSampler.sample(streams, id);
                patients.add(s.patient());
                attempts += s.attempts();
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }
        final GaussianCopula copula = GaussianCopula.of(MrCovariates.correlationMatrix());
        final RandomStreams drawStreams = RandomStreams.of(DRAW_SEED);
        final double[] z = new double[MrCovariates.LATENT];
        for (int i = 0; i < N; i++) {
            final NormalizedGaussianSampler g = Samplers.standardNormal(drawStreams.stream(i, Purpose.COHORT));
            copula.sample(g, z);
            draws[i] = MrCovariates.fromLatent(z);
        }
    }

    static synchronized MrSample get() {
        if (instance == null) {
            instance = new MrSample();
        }
        return instance;
    }

    /** Column {@code k} of the accepted patients' covariates. */
    double[] accepted(int k) {
        final double[] x = new double[patients.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = patients.get(i).covariate(k);
        }
        return x;
    }

    /** Column {@code k} of the attempts before the criteria. */
    double[] drawn(int k) {
        final double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = draws[i][k];
        }
        return x;
    }

}
