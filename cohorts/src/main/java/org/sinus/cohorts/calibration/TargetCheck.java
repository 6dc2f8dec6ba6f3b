package org.sinus.cohorts.calibration;

/**
 * One line of a calibration report: a published figure next to the model's, and whether it passes.
 *
 * @param target the id in {@code targets.md} (for example {@code C21})
 * @param quantity what is compared
 * @param published the published figure
 * @param model the model's figure
 * @param tolerance the largest |model - published| that passes
 * @param fitted whether a free parameter was fitted to this figure (a fitted figure must pass; a validation may miss,
 *     with the reason in {@code note})
 * @param note why a miss is expected, or empty
 */
public record TargetCheck(String target, String quantity, double published, double model, double tolerance,
        boolean fitted, String note) {

    /** Error of the model, model minus published. */
    public double error() {
        return model - published;
    }

    /** Whether the model is within the tolerance. */
    public boolean pass() {
        return Math.abs(error()) <= tolerance;
    }
}
