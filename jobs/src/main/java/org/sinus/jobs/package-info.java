/**
 * Runs of a scenario: the command line ({@link org.sinus.jobs.SinusMain}), the Spark job, Arrow and JSON results.
 *
 * <p>May depend on: engine, cohorts, the dashboard's API ({@code org.sinus.dashboard}), Spark, Arrow, Jackson,
 * picocli. Must not depend on Vert.x directly.
 */
package org.sinus.jobs;
