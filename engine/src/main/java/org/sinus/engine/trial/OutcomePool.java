package org.sinus.engine.trial;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;

/**
 * A uniform random sample, without replacement, of up to {@code capacity} patients' potential outcomes (one value per
 * arm: every patient is simulated under every arm), from which trials are drawn ({@link SimulatedTrials}). Each
 * patient gets a key, the first draw of its own stream {@code (patient, TRIAL)}, and the pool keeps the patients with
 * the smallest keys (bottom-k sampling): the same patients whatever the partitioning and the order of arrival, and two
 * pools {@linkplain #combine combine} into the pool of their union. Written by hand because it is twenty lines and
 * the keyed, order-free selection is what makes a run reproducible; no library offers it.
 */
public final class OutcomePool {
    private final RandomStreams streams;
    private final int capacity;
    private final int arms;
    /** The kept patients, largest key first (the one to drop). */
    private final PriorityQueue<Member> kept;
    private long offered;

    private record Member(long key, long patientId, double[] outcomes) {
    }

    /**
     * @param streams the run's streams (the keys come from {@code (patient, TRIAL)})
     * @param capacity the most patients kept, at least 1
     * @param arms outcomes per patient
     */
    public OutcomePool(RandomStreams streams, int capacity, int arms) {
        if (capacity < 1 || arms < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " and arms " + arms + " must be at least 1");
        }
        this.streams = streams;
        this.capacity = capacity;
        this.arms = arms;
        this.kept = new PriorityQueue<>(capacity + 1, (a, b) -> a.key != b.key ? Long.compareUnsigned(b.key, a.key)
                : Long.compare(b.patientId, a.patientId));
    }

    /** Offers patient {@code patientId}'s outcomes, one per arm (copied). */
    public void accept(long patientId, double[] outcomes) {
        if (outcomes.length != arms) {
            throw new IllegalArgumentException(outcomes.length + " outcomes for " + arms + " arms");
        }
        offered++;
        keep(new Member(streams.stream(patientId, Purpose.TRIAL).nextLong(), patientId, outcomes.clone()));
    }

    private void keep(Member m) {
        kept.add(m);
        if (kept.size() > capacity) {
            kept.poll();
        }
    }

    /** Adds the other pool's patients (disjoint from this one's); the result is the pool of the union. */
    public void combine(OutcomePool other) {
        offered += other.offered;
        for (Member m : other.kept) {
            keep(m);
        }
    }

    /** Patients offered so far. */
    public long offered() {
        return offered;
    }

    /** The kept patients' outcomes, {@code [patient][arm]}, in key order (a deterministic order). */
    public double[][] outcomes() {
        Member[] members = kept.toArray(new Member[0]);
        Arrays.sort(members, kept.comparator().reversed());
        double[][] out = new double[members.length][];
        for (int i = 0; i < members.length; i++) {
            out[i] = members[i].outcomes.clone();
        }
        return out;
    }
}
