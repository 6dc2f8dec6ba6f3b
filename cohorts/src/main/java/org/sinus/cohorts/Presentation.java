package org.sinus.cohorts;

/**
 * What a setting's outcome model needs to know of a patient beyond its covariates and kernel parameters: how the
 * patient presents (for anterior STEMI, {@link StemiPresentation}: area at risk, ischaemia time, collaterals). Each
 * cohort's {@link OutcomeModel} reads its own kind.
 */
public interface Presentation {
}
