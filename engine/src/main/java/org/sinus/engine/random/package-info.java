/**
 * Keyed randomness: one independent, reproducible random stream per (run seed, patient, purpose).
 *
 * <p>Every random draw in a run comes from {@link org.sinus.engine.random.RandomStreams}. A stream is addressed by
 * its key, never by the order in which patients are processed, so results do not depend on partitions, threads or
 * retries, and adding a {@link org.sinus.engine.random.Purpose} never shifts the draws of existing ones
 * (STYLE.md, principle 7).
 *
 * <p>May depend on: Commons RNG (client API, core, sampling). Must not depend on any other Sinus package.
 */
package org.sinus.engine.random;
