/**
 * Devices that act on the physiology kernel through its actuator columns: control, permanent coronary sinus
 * occlusion, PICSO, ICSO, pICSO ({@code ObservedIcso}), synchronised retroperfusion, the Reducer and the Beck II /
 * Hochberg grafts ({@code SinusGraft}), the intra-aortic balloon pump ({@code Iabp}) and the Impella, each a small
 * immutable description with its own per-batch controller; {@code Combined} runs several at once; and
 * {@code Devices.of} builds one from a scenario's device spec. Shared helpers: the plateau detector of PICSO and
 * pICSO, and the geometric resistances ({@code Hydraulics}) of the Reducer and the grafts.
 *
 * <p>Depends on {@code org.sinus.engine.physiology} and {@code org.sinus.engine.scenario}; no device knows another's
 * concrete type.
 */
package org.sinus.engine.devices;
