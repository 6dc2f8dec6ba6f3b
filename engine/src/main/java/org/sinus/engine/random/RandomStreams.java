package org.sinus.engine.random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.Philox4x64;

/**
 * Random streams keyed by (run seed, patient id, purpose[, sub-index]), built on the counter-based
 * Philox4x64-10 generator of Commons RNG 1.7 (Salmon et al., "Parallel Random Numbers: As Easy as 1, 2, 3",
 * SC'11, doi:10.1145/2063384.2063405).
 *
 * <p><b>Why Philox.</b> A counter-based generator computes block {@code n} of a stream as a keyed bijection of
 * {@code n}; it has no sequential state to carry from one patient to the next. Opening the stream of any patient is
 * O(1) (set key and counter), so the draws of patient 7 are the same whether it is processed first, last, alone, in
 * any partition or on a retry. Keying one stream per task is the use Philox was designed for (Salmon et al.,
 * sections 2 and 5: Philox4x64-10 passes TestU01 BigCrush, including across distinct keys and counters).
 *
 * <p><b>Key layout.</b> Philox4x64 takes a 128-bit key and a 256-bit block counter
 * ({@code new Philox4x64(new long[] {key0, key1, counter0, counter1, counter2, counter3})}):
 * <pre>
 *   key0     = mix64(runSeed)      SplitMix64 finaliser (Steele, Lea, Flood, OOPSLA 2014), a bijection, so that
 *                                  neighbouring seeds 1, 2, 3 give unrelated keys (Philox does not need it,
 *                                  but a run seed then never looks like a structured key)
 *   key1     = purpose.id()        stable explicit ids, see {@link Purpose}
 *   counter0 = 0, counter1 = 0     block index inside the stream: 2^128 blocks of 4 longs
 *   counter2 = patientId
 *   counter3 = subIndex            0 unless given
 * </pre>
 * Each stream owns the 2^128 blocks (2^130 {@code long}s) below its (patient, sub-index) words; it would have to draw
 * that many values before its counter carried into a neighbour's space. Because {@code mix64} is a bijection and
 * the other words are copied, different (seed, purpose, patient, sub-index) always give different (key, counter).
 *
 * <p><b>Changing this layout changes every result.</b> {@code RandomStreamsTest} pins the first draws of
 * {@code RandomStreams.of(42).stream(7, Purpose.COHORT)}.
 *
 * <p>This class is an immutable value; it is cheap to create and safe to share between threads. The generators it
 * returns are mutable and must be owned by one thread. Do not call {@code jump()} on a returned generator (by
 * casting it): Philox's jump advances {@code counter2}, which is the patient word.
 */
public final class RandomStreams {
    /** SplitMix64 finaliser multipliers (Stafford's "Mix13", used by java.util.SplittableRandom). */
    private static final long MIX_M1 = 0xbf58476d1ce4e5b9L;
    private static final long MIX_M2 = 0x94d049bb133111ebL;

    private final long runSeed;
    private final long seedKey;

    private RandomStreams(long runSeed) {
        this.runSeed = runSeed;
        this.seedKey = mix64(runSeed);
    }

    /**
     * Returns the streams of one run.
     *
     * @param runSeed the run seed from the scenario; any value
     * @return the streams
     */
    public static RandomStreams of(long runSeed) {
        return new RandomStreams(runSeed);
    }

    /**
     * Returns the run seed these streams were made from.
     *
     * @return the run seed
     */
    public long runSeed() {
        return runSeed;
    }

    /**
     * A new generator for this (patient, purpose); same key, same sequence, always. Equivalent to
     * {@code stream(patientId, purpose, 0)}.
     *
     * @param patientId the patient id; any value (negative ids are distinct keys too)
     * @param purpose what the draws are for
     * @return a new generator positioned at the start of the stream, owned by the caller
     */
    public UniformRandomProvider stream(long patientId, Purpose purpose) {
        return stream(patientId, purpose, 0);
    }

    /**
     * A new generator for this (patient, purpose, sub-index), e.g. an arm index or a trial replicate.
     *
     * @param patientId the patient id
     * @param purpose what the draws are for
     * @param subIndex the sub-index; 0 is the same stream as {@link #stream(long, Purpose)}
     * @return a new generator positioned at the start of the stream, owned by the caller
     */
    public UniformRandomProvider stream(long patientId, Purpose purpose, long subIndex) {
        return new Philox4x64(new long[] {seedKey, purpose.id(), 0, 0, patientId, subIndex});
    }

    /**
     * The SplitMix64 output finaliser: a bijection on 64-bit values with good avalanche.
     *
     * @param z the input
     * @return the mixed value
     */
    static long mix64(long z) {
        long x = (z ^ (z >>> 30)) * MIX_M1;
        x = (x ^ (x >>> 27)) * MIX_M2;
        return x ^ (x >>> 31);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RandomStreams other && other.runSeed == runSeed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(runSeed);
    }

    @Override
    public String toString() {
        return "RandomStreams[runSeed=" + runSeed + "]";
    }
}
