package org.sinus.jobs;

import java.util.ArrayList;
import java.util.List;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.EndpointAccumulator;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.PairedDifferenceAccumulator;

/**
 * The run's statistics of its endpoint (infarct size): one {@link EndpointAccumulator} per arm and one
 * {@link PairedDifferenceAccumulator} per non-reference arm. The driver accepts partitions in patient order, so the
 * numbers are bit-identical whatever the partitioning (the accumulators' {@code combine} would only be equal up to
 * rounding). Owned by the driver thread.
 */
final class TrialStatistics {
    private final List<String> arms;
    private final int endpointColumn;
    private final EndpointAccumulator[] perArm;
    private final PairedDifferenceAccumulator[] differences;
    private long patients;
    private long failures;

    TrialStatistics(List<String> arms, ResultColumns columns) {
        this.arms = List.copyOf(arms);
        this.endpointColumn = columns.index(ResultColumns.INFARCT);
        this.perArm = new EndpointAccumulator[arms.size()];
        this.differences = new PairedDifferenceAccumulator[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            perArm[a] = EndpointAccumulator.infarctSize();
            differences[a] = PairedDifferenceAccumulator.create();
        }
    }

    /** Accepts a partition's rows (patient-major, arms in scenario order) and failures. */
    void accept(PartitionResult r) {
        double[] y = r.values()[endpointColumn];
        int k = arms.size();
        for (int row = 0; row + k <= r.rows(); row += k) {
            double reference = y[row];
            for (int a = 0; a < k; a++) {
                perArm[a].accept(y[row + a]);
                if (a > 0) {
                    differences[a].accept(y[row + a], reference);
                }
            }
            patients++;
        }
        failures += r.failures().stream().mapToLong(FailureRecord::patientId).distinct().count();
    }

    /** Patients with results in every arm. */
    long patients() {
        return patients;
    }

    /** Patients in the failure ledger. */
    long failedPatients() {
        return failures;
    }

    List<ArmSummary> arms() {
        List<ArmSummary> out = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            out.add(perArm[a].result(arms.get(a)));
        }
        return out;
    }

    List<PairedDifference> differences() {
        List<PairedDifference> out = new ArrayList<>();
        for (int a = 1; a < arms.size(); a++) {
            out.add(differences[a].result(arms.get(a), arms.get(0)));
        }
        return out;
    }

    /** Median and quartiles of arm {@code a}: {q1, median, q3}. */
    double[] quartiles(int a) {
        return new double[] {perArm[a].quantile(0.25), perArm[a].quantile(0.5), perArm[a].quantile(0.75)};
    }
}
