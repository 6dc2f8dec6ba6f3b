/**
 * The refractory angina cohort layer (the COSIRA population, targets.md#C11): patients with CCS class III-IV angina
 * despite optimal medical therapy, no revascularisation option and reversible ischaemia in the left coronary system.
 * {@link org.sinus.cohorts.angina.AnginaCovariates} holds the covariate table and the correlation matrix,
 * {@link org.sinus.cohorts.angina.AnginaKernelMapping} the covariate-to-kernel mapping,
 * {@link org.sinus.cohorts.angina.AnginaPresentation} what an angina outcome model reads, and
 * {@link org.sinus.cohorts.angina.AnginaCohortSampler} puts them together. Not yet a cohort (no outcome model).
 * Sources and assumptions: {@code docs/cohort-refractory-angina.md}.
 *
 * <p>May depend on: {@code org.sinus.cohorts}, {@code org.sinus.cohorts.stemi} (the mapping's constants),
 * {@code org.sinus.engine.physiology}, {@code org.sinus.engine.random}, Commons RNG and Commons Statistics.
 */
package org.sinus.cohorts.angina;
