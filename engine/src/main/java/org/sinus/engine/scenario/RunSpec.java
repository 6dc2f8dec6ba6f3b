package org.sinus.engine.scenario;

/**
 * How a run is executed. Results never depend on these settings (keyed randomness, see
 * {@code org.sinus.engine.random}); they only change speed.
 *
 * @param partitions number of partitions the cohort is split into, in [0, 100 000]; 0 means "choose automatically"
 *     (in the file: {@code auto} or no {@code run} block)
 */
public record RunSpec(int partitions) {
    /** Largest partition count. */
    public static final int MAX_PARTITIONS = 100_000;

    public RunSpec {
        Specs.range("partitions", partitions, 0, MAX_PARTITIONS);
    }

    /** @return a spec that lets the runner choose the partition count */
    public static RunSpec auto() {
        return new RunSpec(0);
    }

    /** @return whether the runner chooses the partition count */
    public boolean isAuto() {
        return partitions == 0;
    }
}
