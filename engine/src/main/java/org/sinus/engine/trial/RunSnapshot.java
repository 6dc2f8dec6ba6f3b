package org.sinus.engine.trial;

import java.util.List;

/**
 * What a run has found so far: progress and the per-arm aggregates of its primary endpoint. A run publishes one
 * after every finished partition and a last one with {@code finished} set; its numbers are those of the summary
 * file when finished.
 *
 * @param run identity of the run (scenario, seed, code version)
 * @param endpoint the endpoint's name, for example {@code infarct-size}
 * @param unit the endpoint's unit, for example {@code % LV}
 * @param patientsDone virtual patients simulated under every arm so far
 * @param patientsTotal virtual patients in the cohort
 * @param failures patients sent to the failure ledger so far
 * @param elapsedS seconds since the run started
 * @param etaS estimated seconds to go (NaN before the first partition finishes)
 * @param finished whether this is the run's final snapshot
 * @param arms one summary per arm, in the scenario's order
 * @param differences one paired difference per non-reference arm
 * @param simulatedTrials simulated trials per non-reference arm, in the final snapshot of a scenario that asks for
 *     them; empty otherwise
 */
public record RunSnapshot(RunInfo run, String endpoint, String unit, long patientsDone, long patientsTotal,
        long failures, double elapsedS, double etaS, boolean finished, List<ArmSummary> arms,
        List<PairedDifference> differences, List<TrialPower> simulatedTrials) {

    public RunSnapshot {
        arms = List.copyOf(arms);
        differences = List.copyOf(differences);
        simulatedTrials = List.copyOf(simulatedTrials);
    }

    /** A snapshot without simulated trials. */
    public RunSnapshot(RunInfo run, String endpoint, String unit, long patientsDone, long patientsTotal,
            long failures, double elapsedS, double etaS, boolean finished, List<ArmSummary> arms,
            List<PairedDifference> differences) {
        this(run, endpoint, unit, patientsDone, patientsTotal, failures, elapsedS, etaS, finished, arms,
                differences, List.of());
    }
}
