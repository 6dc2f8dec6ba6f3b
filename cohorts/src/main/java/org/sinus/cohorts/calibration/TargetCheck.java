package org.sinus.cohorts.calibration;

/**
 * One line of a calibration report: a published figure next to the model's, and whether the model is inside the band
 * the calibration allows.
 *
 * @param target the id in {@code targets.md} (for example {@code C21}), or the paper for a secondary target
 * @param quantity what is compared
 * @param published the published figure
 * @param model the model's figure
 * @param low lower end of the band that passes
 * @param high upper end of the band that passes
 * @param fitted whether a free parameter was fitted to this figure (a fitted figure must pass; a validation may miss,
 *     with the reason in {@code note})
 * @param note why a miss is expected, how the band was chosen, or empty
 */
public record TargetCheck(String target, String quantity, double published, double model, double low, double high,
        boolean fitted, String note) {

    /** A band of {@code published +- tolerance}. */
    public static TargetCheck within(String target, String quantity, double published, double model, double tolerance,
            boolean fitted, String note) {
        return new TargetCheck(target, quantity, published, model, published - tolerance, published + tolerance,
                fitted, note);
    }

    /** Error of the model, model minus published. */
    public double error() {
        return model - published;
    }

    /** Whether the model is inside the band. */
    public boolean pass() {
        return model >= low && model <= high;
    }
}
