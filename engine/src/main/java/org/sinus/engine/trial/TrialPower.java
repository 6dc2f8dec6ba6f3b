package org.sinus.engine.trial;

/**
 * What simulated trials of one size show for one comparison ({@link SimulatedTrials}), with the arms' names.
 *
 * @param arm the compared arm
 * @param reference the reference arm
 * @param result the simulated trials' operating characteristics
 */
public record TrialPower(String arm, String reference, SimulatedTrials.Result result) {
}
