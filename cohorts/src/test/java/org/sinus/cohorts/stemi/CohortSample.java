package org.sinus.cohorts.stemi;

import java.util.ArrayList;
import java.util.List;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.RandomStreams;

/** A fixed sample of the anterior STEMI cohort shared by the statistical tests, and small statistics helpers. */
final class CohortSample {
    /** Run seed of the shared sample; fixed so the tests are deterministic. */
    static final long SEED = 20240601L;
    /** Patients drawn (ids 0 .. N-1). */
    static final int N = 20_000;
    /** Two-sided normal quantile for a per-check false-failure probability of 1e-6. */
    static final double Z_1E6 = 4.8916;

    final List<VirtualPatient> patients = new ArrayList<>();
    /** Ids whose mapping threw, with the message. */
    final List<String> failures = new ArrayList<>();

    private static CohortSample instance;

    private CohortSample() {
        final Cohort cohort = Cohorts.of("anterior-stemi");
        final RandomStreams streams = RandomStreams.of(SEED);
        for (long id = 0; id < N; id++) {
            try {
                patients.add(cohort.sample(streams, id));
            } catch (IllegalArgumentException e) {
                failures.add(e.getMessage());
            }
        }
    }

    static synchronized CohortSample get() {
        if (instance == null) {
            instance = new CohortSample();
        }
        return instance;
    }

    /** Column {@code index} of the covariates of all mapped patients. */
    double[] column(int index) {
        final double[] x = new double[patients.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = patients.get(i).covariate(index);
        }
        return x;
    }

}
