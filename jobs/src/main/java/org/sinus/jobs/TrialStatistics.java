package org.sinus.jobs;

import java.util.ArrayList;
import java.util.List;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.Endpoint;
import org.sinus.engine.scenario.TrialDesignSpec;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.EndpointAccumulator;
import org.sinus.engine.trial.OutcomePool;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.PairedDifferenceAccumulator;
import org.sinus.engine.trial.SimulatedTrials;
import org.sinus.engine.trial.TrialPower;

/**
 * The run's statistics of one endpoint (a run has one per endpoint its scenario names, the first the primary): one
 * {@link EndpointAccumulator} per arm and one
 * {@link PairedDifferenceAccumulator} per non-reference arm, and, when the scenario asks for simulated trials, an
 * {@link OutcomePool} of the patients' potential outcomes to draw them from. The driver accepts partitions in patient order, so the
 * numbers are bit-identical whatever the partitioning (the accumulators' {@code combine} would only be equal up to
 * rounding). Owned by the driver thread.
 */
final class TrialStatistics {
    private final List<String> arms;
    private final int endpointColumn;
    private final EndpointAccumulator[] perArm;
    private final PairedDifferenceAccumulator[] differences;
    private final Endpoint endpoint;
    private final TrialDesignSpec design;
    private final RandomStreams streams;
    private final OutcomePool pool;
    private List<TrialPower> simulated;
    private long patients;
    private long failures;

    /** Most patients kept in the pool simulated trials are drawn from. */
    static final int MAX_POOL = 200_000;
    /** Fewest patients kept in that pool (all of a smaller cohort). */
    static final int MIN_POOL = 20_000;

    /**
     * @param arms the arms' names, the reference first
     * @param columns the result columns
     * @param endpoint the endpoint summarised; the cohort's outcome model (or the kernel, for a physiological endpoint)
     *     must produce it
     * @param field the scenario field that names it, for messages, e.g. {@code endpoints[1]}
     * @param design the simulated trials to draw at the end, or null for none
     * @param seed the run seed (the pool's keys and the trials' draws come from its streams)
     */
    TrialStatistics(List<String> arms, ResultColumns columns, Endpoint endpoint, String field, TrialDesignSpec design,
            long seed) {
        this.arms = List.copyOf(arms);
        this.endpoint = endpoint;
        this.endpointColumn = columns.endpointIndex(endpoint);
        if (endpointColumn < 0) {
            throw new UserError("field '" + field + "': value '" + endpoint.key() + "' is not allowed for this cohort;"
                    + " allowed: " + java.util.stream.Stream.concat(columns.outcomes().stream()
                            .filter(o -> o.endpoint() != null).map(o -> o.endpoint().key()),
                            java.util.Arrays.stream(Endpoint.values()).filter(x -> x.metric() != null)
                                    .map(Endpoint::key)).toList());
        }
        this.perArm = new EndpointAccumulator[arms.size()];
        this.differences = new PairedDifferenceAccumulator[arms.size()];
        for (int a = 0; a < arms.size(); a++) {
            perArm[a] = EndpointAccumulator.of(endpoint);
            differences[a] = PairedDifferenceAccumulator.create();
        }
        this.design = design;
        this.streams = RandomStreams.of(seed);
        this.pool = design == null ? null : new OutcomePool(streams, poolSize(design), arms.size());
    }

    /** Forty times the patients a simulated trial enrols, within [MIN_POOL, MAX_POOL]. */
    static int poolSize(TrialDesignSpec design) {
        return (int) Math.min(MAX_POOL, Math.max(MIN_POOL, 40L * design.nPerArm()));
    }

    /** Accepts a partition's rows (patient-major, arms in scenario order) and failures. */
    void accept(PartitionResult r) {
        double[] y = r.values()[endpointColumn];
        int k = arms.size();
        for (int row = 0; row + k <= r.rows(); row += k) {
            double reference = y[row];
            for (int a = 0; a < k; a++) {
                perArm[a].accept(y[row + a]);
                if (a > 0) {
                    differences[a].accept(y[row + a], reference);
                }
            }
            if (pool != null) {
                pool.accept(r.patientIds()[row], java.util.Arrays.copyOfRange(y, row, row + k));
            }
            patients++;
        }
        failures += r.failures().stream().mapToLong(FailureRecord::patientId).distinct().count();
    }

    /** Patients with results in every arm. */
    long patients() {
        return patients;
    }

    /** Patients in the failure ledger. */
    long failedPatients() {
        return failures;
    }

    List<ArmSummary> arms() {
        List<ArmSummary> out = new ArrayList<>();
        for (int a = 0; a < arms.size(); a++) {
            out.add(perArm[a].result(arms.get(a)));
        }
        return out;
    }

    List<PairedDifference> differences() {
        List<PairedDifference> out = new ArrayList<>();
        for (int a = 1; a < arms.size(); a++) {
            out.add(differences[a].result(arms.get(a), arms.get(0)));
        }
        return out;
    }

    /** The endpoint summarised. */
    Endpoint endpoint() {
        return endpoint;
    }

    /** The simulated trials asked for (null if none). */
    TrialDesignSpec design() {
        return design;
    }

    /**
     * Simulated trials of every non-reference arm against the reference, drawn from the patients accepted so far
     * (computed once, at the first call after the last partition); empty without a design or with fewer than two
     * patients.
     */
    List<TrialPower> simulatedTrials() {
        if (simulated == null) {
            List<TrialPower> out = new ArrayList<>();
            if (design != null && patients >= 2) {
                double[][] outcomes = pool.outcomes();
                for (int a = 1; a < arms.size(); a++) {
                    out.add(new TrialPower(arms.get(a), arms.get(0), SimulatedTrials.run(outcomes, 0, a,
                            design.nPerArm(), design.simulatedTrials(), design.alpha(), streams,
                            SimulatedTrials.Method.of(endpoint.kind()))));
                }
            }
            simulated = List.copyOf(out);
        }
        return simulated;
    }

    /** Median and quartiles of arm {@code a}: {q1, median, q3}. */
    double[] quartiles(int a) {
        return new double[] {perArm[a].quantile(0.25), perArm[a].quantile(0.5), perArm[a].quantile(0.75)};
    }
}
