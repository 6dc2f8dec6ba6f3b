package org.sinus.engine.random;

/**
 * What a random stream is used for. The purpose is part of the stream's key, so two purposes never share draws.
 *
 * <p>Each constant carries an explicit, stable {@link #id()}: it is written into the Philox key, so it must never
 * change once released, and a new purpose takes a new id (never the ordinal, never a reused id). Adding a purpose
 * therefore never shifts the draws of existing ones.
 */
public enum Purpose {
    /** Sampling a patient's baseline characteristics (shared by all arms: common random numbers). */
    COHORT(1),
    /** Sampling outcome noise, for example measurement error of an endpoint. */
    OUTCOME(2),
    /** Randomness inside a device model. */
    DEVICE(3),
    /** Trial-level draws, for example bootstrap or replicate resampling. */
    TRIAL(4),
    /** Variability in therapy delivery, for example timing of an intervention. */
    DELIVERY(5),
    /** The draws of one simulated trial, keyed by the trial's index (which patients it enrols). */
    REPLICATE(6);

    private final long id;

    Purpose(long id) {
        this.id = id;
    }

    /**
     * Returns the stable identifier written into the stream key.
     *
     * @return the id, positive and unique among purposes
     */
    public long id() {
        return id;
    }
}
