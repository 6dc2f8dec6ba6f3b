package org.sinus.jobs;

import java.io.Serializable;
import java.util.List;

/**
 * What one partition of patients produced: one row per (patient, arm) for every patient that completed every arm,
 * in patient then arm order, stored by column; and the failure ledger of the partition. Immutable once built (the
 * arrays are not copied: built by {@link PatientSimulation}, read by the driver).
 *
 * @param partition the partition's index
 * @param range the partition's patient ids
 * @param patientIds per row
 * @param armIndices per row, the arm's index in the scenario
 * @param values per column of {@link ResultColumns}, per row
 * @param failures the ledger, in patient order
 * @param kernelRuns patient-arm kernel simulations run
 * @param elapsedS the task's wall time, s
 */
record PartitionResult(int partition, IdRange range, long[] patientIds, int[] armIndices,
        double[][] values, List<FailureRecord> failures, long kernelRuns, double elapsedS) implements Serializable {
    private static final long serialVersionUID = 1L;

    int rows() {
        return patientIds.length;
    }
}
