/**
 * The functional mitral regurgitation cohort (`functional-mr`): heart failure with reduced ejection fraction and functional MR
 * grade 2+ to 4+, the population of the coronary sinus annuloplasty studies (AMADEUS, TITAN, EVOLUTION;
 * targets.md#C19, #C20). {@link org.sinus.cohorts.mr.MrCovariates} holds the covariate table and the correlation
 * matrix, {@link org.sinus.cohorts.mr.MrKernelMapping} the covariate-to-kernel mapping,
 * {@link org.sinus.cohorts.mr.MrPresentation} what the outcome models read, and
 * {@link org.sinus.cohorts.mr.MrCohortSampler} samples a patient. {@link org.sinus.cohorts.mr.MrOutcomes} computes the outcomes with the parameters of {@link org.sinus.cohorts.mr.MrOutcomeParameters}.
 * Sources: {@code docs/cohort-functional-mr.md}.
 *
 * <p>May depend on: {@code org.sinus.cohorts}, {@code org.sinus.engine.physiology}, {@code org.sinus.engine.random},
 * Commons RNG and Commons Statistics.
 */
package org.sinus.cohorts.mr;
