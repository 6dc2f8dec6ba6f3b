package org.sinus.engine.physiology;

/**
 * Everything the physiology kernel needs to know about one virtual patient. Cohorts build these from covariates in
 * one documented place; the kernel copies them into its structure-of-arrays batch.
 *
 * @param heart the left heart
 * @param vascular the systemic circulation
 * @param coronary the coronary circulation
 */
public record PatientParameters(HeartParameters heart, VascularParameters vascular, CoronaryParameters coronary) {

    public PatientParameters {
        if (heart == null || vascular == null || coronary == null) {
            throw new IllegalArgumentException("patient parameters: heart, vascular and coronary are all required");
        }
    }
}
