/**
 * The anterior STEMI cohort: patients with a first anterior ST-elevation myocardial infarction, studied after
 * primary PCI (the population of Prepare RAMSES, targets.md#C12). {@link org.sinus.cohorts.stemi.StemiCovariates}
 * holds the covariate table and the correlation matrix, {@link org.sinus.cohorts.stemi.StemiKernelMapping} the
 * covariate-to-kernel mapping, {@link org.sinus.cohorts.stemi.AnteriorStemiCohort} puts them together. Sources:
 * {@code docs/cohorts.md}.
 *
 * <p>May depend on: {@code org.sinus.cohorts}, {@code org.sinus.engine.physiology}, {@code org.sinus.engine.random},
 * Commons RNG and Commons Statistics.
 */
package org.sinus.cohorts.stemi;
