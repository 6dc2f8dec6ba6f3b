/**
 * Devices that act on the physiology kernel through its actuator columns: control, permanent coronary sinus
 * occlusion and PICSO, each a small immutable description with its own per-batch controller, and
 * {@code Devices.of} that builds one from a scenario's device spec.
 *
 * <p>Depends on {@code org.sinus.engine.physiology} and {@code org.sinus.engine.scenario}; no device knows another's
 * concrete type.
 */
package org.sinus.engine.devices;
