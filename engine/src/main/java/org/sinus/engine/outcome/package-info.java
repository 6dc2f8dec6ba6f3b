/**
 * Outcome models that map a patient's presentation and simulated physiology to clinical endpoints, each citing the
 * targets it is built on ({@code docs/model.md}, section "Outcome"). Depends on {@code org.sinus.engine.physiology}
 * for the physiology it reads; nothing else of Sinus.
 */
package org.sinus.engine.outcome;
