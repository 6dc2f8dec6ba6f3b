package org.sinus.cohorts.calibration;

/** An outcome model's calibration: fits its free parameters to published targets and checks the rest. */
public interface Calibration {
    /**
     * Fits and checks; deterministic for a given seed.
     *
     * @param seed the seed of the population the model is fitted on
     * @return the report
     */
    CalibrationReport run(long seed);
}
