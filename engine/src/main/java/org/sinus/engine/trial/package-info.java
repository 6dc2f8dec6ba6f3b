/**
 * Trial statistics: the per-arm and paired-difference accumulators of a run (create / accept / combine / result,
 * STYLE.md principle 8) and the immutable records a run publishes (snapshots, summaries, histograms).
 *
 * <p>May depend on: Commons Statistics. Must not depend on Spark, Arrow or Vert.x, nor on the physiology.
 */
package org.sinus.engine.trial;
