package org.sinus.jobs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.RandomStreams;

/**
 * Picks "a representative patient" of a cohort: among the first {@link #CANDIDATES} patient ids (fewer if the cohort
 * is smaller), the one whose covariates are closest to the candidates' medians. Each covariate's distance is
 * divided by its interquartile range over the candidates (by 1 when that range is 0, as for most indicators), and
 * the squared scaled distances are summed; the lowest id wins a tie. A deterministic function of (run seed, cohort
 * size): the same scenario always shows the same patient.
 */
final class RepresentativePatient {
    static final int CANDIDATES = 200;

    private RepresentativePatient() {
    }

    /**
     * @param cohort the cohort
     * @param streams the run's random streams
     * @param cohortSize the scenario's cohort size
     * @return the chosen patient
     * @throws IllegalArgumentException if none of the candidates can be sampled
     */
    static VirtualPatient of(Cohort cohort, RandomStreams streams, int cohortSize) {
        int n = Math.min(CANDIDATES, cohortSize);
        List<VirtualPatient> candidates = new ArrayList<>(n);
        for (long id = 0; id < n; id++) {
            try {
                candidates.add(cohort.sample(streams, id));
            } catch (IllegalArgumentException e) {
                // A patient the mapping rejects is no candidate; the trial run lists it in its failure ledger.
            }
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("none of patients 0 to " + (n - 1) + " could be sampled");
        }
        int k = cohort.covariates().size();
        double[] median = new double[k];
        double[] scale = new double[k];
        double[] column = new double[candidates.size()];
        for (int c = 0; c < k; c++) {
            for (int p = 0; p < column.length; p++) {
                column[p] = candidates.get(p).covariate(c);
            }
            Arrays.sort(column);
            median[c] = quantile(column, 0.5);
            double iqr = quantile(column, 0.75) - quantile(column, 0.25);
            scale[c] = iqr > 0 ? iqr : 1;
        }
        VirtualPatient best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (VirtualPatient p : candidates) {
            double d = 0;
            for (int c = 0; c < k; c++) {
                double z = (p.covariate(c) - median[c]) / scale[c];
                d += z * z;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    /** Linear interpolation between order statistics (R's type 7) of a sorted array. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
