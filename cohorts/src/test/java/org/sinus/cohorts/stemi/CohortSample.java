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

    static double pearson(double[] x, double[] y) {
        final int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rho for data without ties (continuous covariates). */
    static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] x) {
        final Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        final double[] r = new double[x.length];
        for (int i = 0; i < order.length; i++) {
            r[order[i]] = i;
        }
        return r;
    }
}
