/**
 * The cardiogenic-shock cohort: acute myocardial infarction complicated by cardiogenic shock with early
 * revascularisation, in the populations of IABP-SHOCK II and ECLS-SHOCK (targets.md#C33, #C34).
 * {@link org.sinus.cohorts.shock.ShockCovariates} holds the covariate table and the correlation matrix,
 * {@link org.sinus.cohorts.shock.ShockKernelMapping} the covariate-to-kernel mapping,
 * {@link org.sinus.cohorts.shock.ShockCohortSampler} samples a patient,
 * {@link org.sinus.cohorts.shock.ShockOutcomes} turns the arms' physiology into 30-day death and device complications
 * with the parameters of {@link org.sinus.cohorts.shock.ShockOutcomeParameters}. Sources:
 * {@code docs/cohort-cardiogenic-shock.md}.
 *
 * <p>May depend on: {@code org.sinus.cohorts}, {@code org.sinus.engine.physiology}, {@code org.sinus.engine.random},
 * {@code org.sinus.engine.scenario}, Commons RNG and Commons Statistics.
 */
package org.sinus.cohorts.shock;
