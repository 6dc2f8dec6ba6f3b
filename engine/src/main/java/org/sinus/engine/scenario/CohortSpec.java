package org.sinus.engine.scenario;

/**
 * Which virtual patients to simulate.
 *
 * @param type the kind of cohort
 * @param size number of patients, in [1, 100 000 000]; every patient is simulated in every arm
 */
public record CohortSpec(CohortType type, int size) {
    /** Smallest cohort. */
    public static final int MIN_SIZE = 1;
    /** Largest cohort: 1e8 patients, beyond which a run would not finish in a day on a small cluster. */
    public static final int MAX_SIZE = 100_000_000;

    public CohortSpec {
        Specs.required("type", type, CohortType.allowed());
        Specs.range("size", size, MIN_SIZE, MAX_SIZE);
    }
}
