package org.sinus.cohorts;

import java.util.List;
import org.sinus.engine.random.RandomStreams;

/**
 * A virtual patient population: a recipe that turns (run seed, patient id) into one patient.
 *
 * <p>Implementations are immutable and safe to share between threads.
 */
public interface Cohort {

    /**
     * Returns the cohort's name as written in scenario files.
     *
     * @return the name, for example {@code "anterior-stemi"}
     */
    String name();

    /**
     * Describes the covariates, in the order of {@link VirtualPatient#covariates()}.
     *
     * @return an unmodifiable list of covariates
     */
    List<Covariate> covariates();

    /**
     * Draws one patient. A pure function of ({@code streams.runSeed()}, {@code patientId}): it reads only
     * {@code streams.stream(patientId, Purpose.COHORT)}.
     *
     * @param streams the run's random streams
     * @param patientId the patient id
     * @return the patient
     * @throws IllegalArgumentException if the sampled covariates cannot be mapped to valid kernel parameters; the
     *     message names the patient, the parameter, its value and the allowed range
     */
    VirtualPatient sample(RandomStreams streams, long patientId);

    /**
     * Returns the setting's outcome models, which turn the patients' physiology into clinical results.
     *
     * @return the model, shared and immutable
     */
    OutcomeModel outcomes();
}
