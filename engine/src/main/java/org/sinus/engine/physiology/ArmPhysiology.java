package org.sinus.engine.physiology;

/**
 * What the kernel found for one patient under one arm.
 *
 * @param metrics values by {@link Metric} ordinal (NaN when failed)
 * @param deviceMetrics the device's own metrics, in {@link Device#metricNames()} order
 * @param failure why the physiology failed, or null when it did not
 */
public record ArmPhysiology(double[] metrics, double[] deviceMetrics, String failure) {

    /** Whether the simulation succeeded. */
    public boolean ok() {
        return failure == null;
    }

    /** One metric's value. */
    public double get(Metric m) {
        return metrics[m.ordinal()];
    }
}
