/**
 * The refractory angina cohort (the COSIRA population, targets.md#C11; scenario name {@code refractory-angina}):
 * patients with CCS class III-IV angina despite optimal medical therapy, no revascularisation option and reversible
 * ischaemia in the left coronary system. {@link org.sinus.cohorts.angina.AnginaCovariates} holds the covariate table
 * and the correlation matrix, {@link org.sinus.cohorts.angina.AnginaKernelMapping} the covariate-to-kernel mapping at
 * rest, {@link org.sinus.cohorts.angina.AnginaStressState} the ordinary effort at which the kernel sees the patient,
 * {@link org.sinus.cohorts.angina.AnginaPresentation} what the outcome model reads, and
 * {@link org.sinus.cohorts.angina.AnginaCohortSampler} puts them together.
 * {@link org.sinus.cohorts.angina.RefractoryAnginaCohort} is the cohort, with the outcome model
 * {@link org.sinus.cohorts.angina.AnginaOutcomes} (CCS class and SAQ change at 6 months, placebo response included)
 * and its parameters {@link org.sinus.cohorts.angina.AnginaOutcomeParameters}.
 * Sources and assumptions: {@code docs/cohort-refractory-angina.md}.
 *
 * <p>May depend on: {@code org.sinus.cohorts}, {@code org.sinus.engine.physiology}, {@code org.sinus.engine.random},
 * {@code org.sinus.engine.scenario} (arms and endpoints), Commons RNG and Commons Statistics.
 */
package org.sinus.cohorts.angina;
