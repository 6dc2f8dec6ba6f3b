package org.sinus.engine.physiology;

import java.util.List;

/**
 * A therapy that acts on the {@link CardiovascularModel}: control (no device), PICSO, and later the others of
 * {@code physiology.md} section 3. A device is an immutable description; {@link #controller} makes the mutable,
 * per-batch state that acts on the model. No device knows another's concrete type, so devices compose.
 */
public interface Device {

    /** The device's name as in scenario files, for example {@code picso}. */
    String name();

    /** How long the kernel simulates and over which therapy cycles it measures. */
    Protocol protocol();

    /** Names of the device's own metrics (prefixed with the device name), in {@link Controller#metrics} order. */
    List<String> metricNames();

    /** A fresh controller for a batch of up to {@code capacity} patients, owned by one thread. */
    Controller controller(int capacity);
}
