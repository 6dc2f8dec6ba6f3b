package org.sinus.cohorts.angina;

import java.util.ArrayList;
import java.util.List;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * A fixed sample of the refractory angina cohort shared by the statistical tests: the accepted patients of ids
 * 0 .. N-1, and each id's first copula draw (the covariate specification before the sampler's rejection step; it is
 * exactly the draw the sampler's first attempt reads). Small statistics helpers.
 */
final class AnginaSample {
    /** Run seed of the shared sample; fixed so the tests are deterministic. */
    static final long SEED = 20240601L;
    /** Patients drawn (ids 0 .. N-1). */
    static final int N = 20_000;
    /** Tolerance in standard errors: two-sided false-failure probability 2 (1 - Phi(4)) = 6.3e-5 per check. */
    static final double Z = 4.0;

    /** Accepted patients, in id order. */
    final List<AnginaCohortSampler.Sample> accepted = new ArrayList<>();
    /** Covariates of each id's first copula draw, before rejection. */
    final double[][] firstDraws = new double[N][];
    /** Copula draws the sampler discarded (rejected attempts). */
    final int rejected;

    private static AnginaSample instance;

    private AnginaSample() {
        final AnginaCohortSampler sampler = new AnginaCohortSampler();
        final GaussianCopula copula = GaussianCopula.of(AnginaCovariates.correlationMatrix());
        final RandomStreams streams = RandomStreams.of(SEED);
        final double[] z = new double[AnginaCovariates.COUNT];
        int discarded = 0;
        for (int id = 0; id < N; id++) {
            final AnginaCohortSampler.Sample s = sampler.sample(streams, id);
            accepted.add(s);
            discarded += s.attempts() - 1;
            copula.sample(Samplers.standardNormal(streams.stream(id, Purpose.COHORT)), z);
            firstDraws[id] = AnginaCovariates.fromLatent(z);
        }
        rejected = discarded;
    }

    static synchronized AnginaSample get() {
        if (instance == null) {
            instance = new AnginaSample();
        }
        return instance;
    }

    /** Column {@code index} of the accepted patients' covariates. */
    double[] acceptedColumn(int index) {
        final double[] x = new double[accepted.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = accepted.get(i).patient().covariate(index);
        }
        return x;
    }

    /** Fraction of copula draws the sampler rejected. */
    double rejectedFraction() {
        return (double) rejected / (N + rejected);
    }

}
