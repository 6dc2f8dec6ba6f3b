/**
 * Lesion anatomy for the high-risk / heavily calcified CTO PCI cohort: {@link org.sinus.cohorts.cto.CtoLesion} (the
 * features every CTO score reads), {@link org.sinus.cohorts.cto.CtoScores} (J-CTO, PROGRESS-CTO, CL, EuroCTO
 * CASTLE, KCCT, CT-RECTOR), {@link org.sinus.cohorts.cto.CtoCovariates} (marginals, sources and latent
 * correlations) and {@link org.sinus.cohorts.cto.CtoLesionSampler} (keyed, reproducible sampling); and the procedure
 * outcome model {@link org.sinus.cohorts.cto.CtoProcedureModel} (hybrid-algorithm crossing, device-uncrossable
 * lesions and their rescue, complications, time, fluoroscopy and contrast; its parameters in
 * {@link org.sinus.cohorts.cto.CtoProcedureParameters}, one patient's course in
 * {@link org.sinus.cohorts.cto.CtoProcedureResult}). Sources, assumptions and the calibration table:
 * {@code docs/cto-lesions.md}.
 *
 * <p>May depend on: {@code org.sinus.cohorts}, {@code org.sinus.engine.random}, Commons RNG and Commons Statistics.
 */
package org.sinus.cohorts.cto;
