/**
 * The physiology kernel: the beat-resolved lumped model of the left heart, systemic circulation and two-territory,
 * two-layer coronary circulation with its veins and the coronary sinus ({@code docs/model.md}), a generic
 * explicit Runge-Kutta integrator over structure-of-arrays batches, and the {@link
 * org.sinus.engine.physiology.Kernel} that runs a batch under a {@link org.sinus.engine.physiology.Device}.
 *
 * <p>Pure computation on primitive arrays. May depend on the JDK only: not on devices (devices depend on it), nor on
 * Spark, Arrow or Vert.x. The hot loops allocate nothing.
 */
package org.sinus.engine.physiology;
