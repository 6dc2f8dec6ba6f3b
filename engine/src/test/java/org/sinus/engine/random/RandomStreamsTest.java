package org.sinus.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.Philox4x64;
import org.junit.jupiter.api.Test;

/** Key layout, golden values and order independence of {@link RandomStreams}. */
class RandomStreamsTest {
    private static final int PATIENTS = 1000;
    private static final int DRAWS = 13; // not a multiple of 4, so Philox's 4-long block boundary is crossed oddly

    /**
     * First draws of {@code RandomStreams.of(42).stream(7, COHORT)}, recorded from this implementation when the key
     * layout was fixed (exact, no tolerance). If this fails, every stored result changes: the key layout, the
     * mixing function or the generator was altered.
     */
    @Test
    void goldenValuesPinTheKeyLayout() {
        final long[] golden = GOLDEN;
        assertArrayEquals(golden, longs(RandomStreams.of(42).stream(7, Purpose.COHORT), golden.length));
    }

    private static final long[] GOLDEN = {-8925574200402363352L, 4730377005882303553L, -7447731634059451911L,
        -2118884579156746653L, -5868730101397451449L, 848917634998916251L, -3361150236763146371L,
        -3990581350465840902L};

    @Test
    void layoutIsSeedMixPurposeIdThenPatientAndSubIndexInHighCounterWords() {
        final long key0 = RandomStreams.mix64(42);
        final UniformRandomProvider raw = new Philox4x64(new long[] {key0, Purpose.DEVICE.id(), 0, 0, 7, 3});
        assertArrayEquals(longs(raw, DRAWS), longs(RandomStreams.of(42).stream(7, Purpose.DEVICE, 3), DRAWS));
    }

    /** mix64 is the SplitMix64 finaliser: SplittableRandom(s).nextLong() == mix64(s + golden gamma). */
    @Test
    void mix64IsSplitMix64() {
        for (long s : new long[] {0, 1, 2, 42, -1, Long.MIN_VALUE, 20261121}) {
            assertEquals(new SplittableRandom(s).nextLong(), RandomStreams.mix64(s + 0x9e3779b97f4a7c15L));
        }
    }

    @Test
    void sameKeySameSequenceAndSubIndexZeroIsDefault() {
        final RandomStreams a = RandomStreams.of(20261121);
        final RandomStreams b = RandomStreams.of(20261121);
        assertEquals(a, b);
        assertEquals(20261121, a.runSeed());
        assertArrayEquals(longs(a.stream(5, Purpose.OUTCOME), DRAWS), longs(b.stream(5, Purpose.OUTCOME), DRAWS));
        assertArrayEquals(longs(a.stream(5, Purpose.OUTCOME), DRAWS), longs(a.stream(5, Purpose.OUTCOME, 0), DRAWS));
        assertFalse(Arrays.equals(longs(a.stream(5, Purpose.OUTCOME), DRAWS),
            longs(a.stream(5, Purpose.OUTCOME, 1), DRAWS)));
    }

    @Test
    void purposeIdsAreStableAndUnique() {
        assertArrayEquals(new long[] {1, 2, 3, 4, 5, 6},
            Arrays.stream(Purpose.values()).mapToLong(Purpose::id).toArray());
        assertEquals(Purpose.values().length,
            Arrays.stream(Purpose.values()).mapToLong(Purpose::id).distinct().count());
    }

    @Test
    void drawsDoNotDependOnProcessingOrder() {
        final RandomStreams streams = RandomStreams.of(7);
        final long[][] inOrder = new long[PATIENTS][];
        for (int p = 0; p < PATIENTS; p++) {
            inOrder[p] = longs(streams.stream(p, Purpose.COHORT), DRAWS);
        }

        // Shuffled order, with a fixed shuffle seed.
        final List<Integer> order = new ArrayList<>();
        LongStream.range(0, PATIENTS).forEach(p -> order.add((int) p));
        Collections.shuffle(order, new Random(12345));
        final long[][] shuffled = new long[PATIENTS][];
        for (int p : order) {
            shuffled[p] = longs(RandomStreams.of(7).stream(p, Purpose.COHORT), DRAWS);
        }

        // Interleaved: all streams open at once, one draw each in turn, mixed with other purposes' draws.
        final UniformRandomProvider[] open = new UniformRandomProvider[PATIENTS];
        final long[][] interleaved = new long[PATIENTS][DRAWS];
        for (int p = PATIENTS - 1; p >= 0; p--) {
            open[p] = streams.stream(p, Purpose.COHORT);
        }
        for (int d = 0; d < DRAWS; d++) {
            for (int p = 0; p < PATIENTS; p++) {
                streams.stream(p, Purpose.OUTCOME).nextLong();
                interleaved[p][d] = open[p].nextLong();
            }
        }

        for (int p = 0; p < PATIENTS; p++) {
            assertArrayEquals(inOrder[p], shuffled[p], "patient " + p + " shuffled");
            assertArrayEquals(inOrder[p], interleaved[p], "patient " + p + " interleaved");
        }
    }

    @Test
    void neighbouringKeysGiveDifferentFirstDraws() {
        final long first = RandomStreams.of(1).stream(0, Purpose.COHORT).nextLong();
        assertNotEquals(first, RandomStreams.of(2).stream(0, Purpose.COHORT).nextLong());
        assertNotEquals(first, RandomStreams.of(1).stream(1, Purpose.COHORT).nextLong());
        assertNotEquals(first, RandomStreams.of(1).stream(0, Purpose.OUTCOME).nextLong());
        assertNotEquals(first, RandomStreams.of(1).stream(0, Purpose.COHORT, 1).nextLong());
    }

    static long[] longs(UniformRandomProvider rng, int n) {
        final long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }
}
