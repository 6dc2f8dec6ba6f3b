package org.sinus.engine.scenario;

/**
 * Simulated trials drawn from the virtual population: each replicate randomises {@code nPerArm} different patients to
 * each arm (a parallel-group trial; each patient contributes the outcome of the arm it was randomised to), and
 * reports the effect it would estimate and whether a two-sided Welch t-test at {@code alpha} rejects "no
 * difference". The share of replicates that reject is the power at that sample size. In the file: an optional
 * {@code trial:} block.
 *
 * @param nPerArm patients randomised to each arm of a simulated trial, in [2, 1 000 000]
 * @param simulatedTrials replicates, in [10, 1 000 000]; default 2000
 * @param alpha two-sided significance level, in (0, 0.5]; default 0.05
 */
public record TrialDesignSpec(int nPerArm, int simulatedTrials, double alpha) {
    /** Smallest arm of a simulated trial. */
    public static final int MIN_N = 2;
    /** Largest arm of a simulated trial. */
    public static final int MAX_N = 1_000_000;
    /** Fewest replicates. */
    public static final int MIN_TRIALS = 10;
    /** Most replicates. */
    public static final int MAX_TRIALS = 1_000_000;
    /** Default replicates: a power's Monte Carlo standard error at most 0.011. */
    public static final int DEFAULT_TRIALS = 2000;
    /** Default significance level. */
    public static final double DEFAULT_ALPHA = 0.05;

    public TrialDesignSpec {
        Specs.range("n-per-arm", nPerArm, MIN_N, MAX_N);
        Specs.range("simulated-trials", simulatedTrials, MIN_TRIALS, MAX_TRIALS);
        Specs.range("alpha", alpha, 0, true, 0.5);
    }

    /** What {@code alpha} allows. */
    static String alphaAllowed() {
        return Specs.rangeText(0, true, 0.5);
    }
}
