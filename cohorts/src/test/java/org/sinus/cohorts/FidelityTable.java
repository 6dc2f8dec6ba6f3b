package org.sinus.cohorts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;

/**
 * The kernel-fidelity tables of the cohort tests: a covariate against the kernel's value of the same quantity under
 * control, per patient. Header: quantity | covariate mean | kernel mean | mean difference | median difference | SD of
 * difference.
 */
public final class FidelityTable {
    private FidelityTable() {
    }

    /**
     * Prints one row and returns its numbers.
     *
     * @param name the quantity, with its unit
     * @param patients the patients
     * @param control their control physiology, in the same order
     * @param covariate the covariate's value of a patient
     * @param metric the kernel's metric
     * @param scale multiplies the metric into the covariate's unit
     * @return {covariate mean, kernel mean, mean difference, median difference, SD of the difference}
     */
    public static double[] row(String name, List<VirtualPatient> patients, ArmPhysiology[] control,
            ToDoubleFunction<VirtualPatient> covariate, Metric metric, double scale) {
        final int n = patients.size();
        final double[] d = new double[n];
        double c = 0;
        double k = 0;
        for (int i = 0; i < n; i++) {
            final double ci = covariate.applyAsDouble(patients.get(i));
            final double ki = scale * control[i].get(metric);
            c += ci / n;
            k += ki / n;
            d[i] = ki - ci;
        }
        final double mean = k - c;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        Arrays.sort(d);
        final double median = (d[n / 2 - 1] + d[n / 2]) / 2;
        final double sd = Math.sqrt(ss / (n - 1));
        System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %+.2f | %+.2f | %.2f |%n", name, c, k, mean, median, sd);
        return new double[] {c, k, mean, median, sd};
    }
}
