/**
 * Virtual patient populations. A {@link org.sinus.cohorts.Cohort} turns (run seed, patient id) into one
 * {@link org.sinus.cohorts.VirtualPatient}: covariates drawn from sourced marginal distributions joined by a
 * {@link org.sinus.cohorts.GaussianCopula}, and the kernel's {@link org.sinus.engine.physiology.PatientParameters}
 * derived from them in one documented mapping per cohort. The sources of every number are in {@code docs/cohorts.md}.
 *
 * <p>Every patient is drawn only from {@code streams.stream(patientId, Purpose.COHORT)}, so a patient does not depend
 * on any other patient, partition, thread or retry (STYLE.md, principle 7).
 *
 * <p>May depend on: {@code org.sinus.engine.physiology}, {@code org.sinus.engine.random}, Commons RNG and Commons
 * Statistics. Must not depend on Spark, Vert.x or Arrow.
 */
package org.sinus.cohorts;
