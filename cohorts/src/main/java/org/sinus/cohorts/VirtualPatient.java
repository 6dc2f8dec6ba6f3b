package org.sinus.cohorts;

import java.util.Arrays;
import org.sinus.engine.physiology.PatientParameters;

/**
 * One sampled patient: its covariates (in the order of {@link Cohort#covariates()}), the kernel parameters derived
 * from them, and how it presents, for its setting's outcome models.
 *
 * <p>Immutable: the covariate array is copied in and out; equality compares the covariates bit for bit.
 *
 * @param id the patient id
 * @param covariates covariate values, units as in {@link Cohort#covariates()}; indicators are 0 or 1
 * @param parameters the kernel parameters
 * @param presentation how the patient presents ({@link StemiPresentation} for STEMI)
 * @param clampedParameterCount how many kernel parameters the mapping clamped into their record's range (0 for most
 *     patients; see {@code docs/cohorts.md}, "Mapping")
 */
public record VirtualPatient(long id, double[] covariates, PatientParameters parameters,
        Presentation presentation, int clampedParameterCount) {

    public VirtualPatient {
        if (covariates == null || parameters == null || presentation == null) {
            throw new IllegalArgumentException("patient " + id + ": covariates, parameters and presentation are required");
        }
        if (clampedParameterCount < 0) {
            throw new IllegalArgumentException("patient " + id + ": clampedParameterCount = " + clampedParameterCount
                    + " must be >= 0");
        }
        covariates = covariates.clone();
    }

    /**
     * A patient whose parameters needed no clamping.
     *
     * @param id the patient id
     * @param covariates covariate values
     * @param parameters the kernel parameters
     * @param presentation how the patient presents
     */
    public VirtualPatient(long id, double[] covariates, PatientParameters parameters, Presentation presentation) {
        this(id, covariates, parameters, presentation, 0);
    }

    /**
     * Returns a copy of the covariate values.
     *
     * @return the covariates, in the order of {@link Cohort#covariates()}
     */
    @Override
    public double[] covariates() {
        return covariates.clone();
    }

    /**
     * Returns one covariate value without copying the array.
     *
     * @param index the covariate's index in {@link Cohort#covariates()}
     * @return its value
     */
    public double covariate(int index) {
        return covariates[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VirtualPatient p && p.id == id && Arrays.equals(p.covariates, covariates)
                && p.parameters.equals(parameters) && p.presentation.equals(presentation)
                && p.clampedParameterCount == clampedParameterCount;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(id) * 31 + Arrays.hashCode(covariates)) * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return "VirtualPatient[id=" + id + ", covariates=" + Arrays.toString(covariates) + ", parameters="
                + parameters + ", presentation=" + presentation + ", clampedParameterCount=" + clampedParameterCount
                + "]";
    }
}
