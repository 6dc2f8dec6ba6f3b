package org.sinus.jobs;

import java.io.Serializable;

/**
 * One row of the failure ledger: a patient who could not be simulated and is therefore left out of every arm's
 * results and statistics (the analysis is paired).
 *
 * @param patientId the patient
 * @param arm the arm that failed, or null when the failure is not an arm's (sampling the patient, the outcome)
 * @param stage {@code cohort}, {@code kernel} or {@code outcome}
 * @param reason why, one line
 * @param parameters the patient's kernel parameters as text, or null when the patient could not be sampled
 */
record FailureRecord(long patientId, String arm, String stage, String reason, String parameters)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}
