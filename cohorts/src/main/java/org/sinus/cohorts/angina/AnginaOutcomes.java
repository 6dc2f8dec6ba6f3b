package org.sinus.cohorts.angina;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sinus.cohorts.OutcomeColumn;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.Endpoint;

/**
 * The angina outcome model of refractory angina at 6 months (COSIRA, targets.md#C11; docs/cohort-refractory-angina.md,
 * "Outcome model"). The latent variable is the effort-threshold demand {@code T}, the myocardial oxygen demand at the
 * effort that provokes angina over the demand at rest ({@link AnginaOutcomeParameters}). CCS classes are bands of
 * effort in METs after Goldman's specific activity scale (Goldman et al., Circulation 1981;64:1227; recalled): class
 * IV below 2 METs, III 2 to 5, II 5 to 7, I 7 and above; as bands of {@code T}: {@code T(2), T(5), T(7)}.
 * <pre>
 *   ln T0 = ln T(lo) + u (ln T(hi) - ln T(lo))   baseline, uniform in the class: IV [1, 2), III [2, 5) METs
 *   P     = mu + sigma z                         placebo and regression to the mean, the same in every arm
 *   r_a   = B_a / B_control                      arm a's at-risk subendocardial O2 balance at effort over control's
 *   ln T1 = ln T0 + P + ln r_a                   6 months
 *   class = the band of T1;  improvement = class0 - class1;  SAQ QoL change = k (ln T1 - ln T0)
 * </pre>
 * Why {@code ln r}: at the angina threshold the ischaemic subendocardium's supply equals its demand; a device that
 * multiplies the balance at the same effort by {@code r} (more supply, or less demand) lets the patient reach a demand
 * {@code r} times higher before the threshold, if the bed's supply stays fixed as effort rises (a maximally dilated,
 * pressure-limited bed). So the physiological effect has no free parameter: only the demand slope {@code c}, which
 * sets the class bands, is an assumption. An arm whose physiology is the control's ({@code device: none}, the sham)
 * has {@code ln r = 0} exactly.
 *
 * <p>Draws, fixed, per patient, from {@code streams.stream(id, Purpose.OUTCOME)}: one uniform {@code u}, then one
 * standard normal {@code z} (ziggurat); shared by every arm (common random numbers: all COSIRA patients were blinded,
 * so the sham arm and the Reducer arm have the same placebo response).
 */
public final class AnginaOutcomes implements OutcomeModel {
    /** Column: CCS class improved by at least 2 (0/1), COSIRA's primary endpoint. */
    public static final String IMPROVED_2 = "ccs_improved_2";
    /** Column: CCS class improved by at least 1 (0/1). */
    public static final String IMPROVED_1 = "ccs_improved_1";
    /** Column: baseline minus 6-month CCS class. */
    public static final String IMPROVEMENT = "ccs_improvement_classes";
    /** Column: SAQ quality-of-life change, points. */
    public static final String SAQ = "saq_qol_change_points";
    /** Column: 6-month CCS class. */
    public static final String CLASS_6M = "ccs_class_6m";
    /** Column: the physiological effect, {@code 100 (r - 1)}, % of the effort-threshold demand. */
    public static final String GAIN = "threshold_demand_gain_pct";

    /** Goldman's class boundaries, METs: IV/III, III/II, II/I. */
    static final double[] CLASS_BOUNDARY_METS = {2, 5, 7};
    /** Lowest effort of a class IV patient at baseline, METs (rest). */
    static final double CLASS_IV_LOWEST_METS = 1;

    private static final List<OutcomeColumn> COLUMNS = List.of(
            new OutcomeColumn(IMPROVED_2, "0/1", "CCS class improved by at least 2 from baseline to 6 months",
                    Endpoint.CCS_IMPROVED_2),
            new OutcomeColumn(IMPROVED_1, "0/1", "CCS class improved by at least 1 from baseline to 6 months",
                    Endpoint.CCS_IMPROVED_1),
            new OutcomeColumn(IMPROVEMENT, "classes", "CCS class at baseline minus at 6 months (positive is better)",
                    Endpoint.CCS_IMPROVEMENT),
            new OutcomeColumn(SAQ, "points", "Seattle Angina Questionnaire quality-of-life change, baseline to 6"
                    + " months", Endpoint.SAQ_QOL_CHANGE),
            new OutcomeColumn(CLASS_6M, "class", "CCS class at 6 months, 1 to 4", null),
            new OutcomeColumn(GAIN, "%", "the arm's effort-threshold demand gain over control from the kernel's"
                    + " at-risk subendocardial O2 balance at effort", null));

    private final AnginaOutcomeParameters parameters;
    private final double[] logBoundaries;

    /** @param parameters the model's parameters */
    public AnginaOutcomes(AnginaOutcomeParameters parameters) {
        this.parameters = parameters;
        this.logBoundaries = new double[CLASS_BOUNDARY_METS.length];
        for (int i = 0; i < logBoundaries.length; i++) {
            logBoundaries[i] = Math.log(parameters.thresholdDemand(CLASS_BOUNDARY_METS[i]));
        }
    }

    /**
     * {@code ln T} at the lower edge of the band of CCS class {@code ccsClass - k} for a patient of class
     * {@code ccsClass}: the level an improvement by at least {@code k} classes must reach.
     *
     * @param ccsClass the baseline class, 3 or 4
     * @param k classes of improvement, 1 to {@code ccsClass - 1}
     * @return the boundary's {@code ln T}
     */
    public double improvementBoundary(int ccsClass, int k) {
        if (ccsClass < 2 || ccsClass > 4 || k < 1 || k > ccsClass - 1) {
            throw new IllegalArgumentException("improvement by " + k + " from class " + ccsClass
                    + " is not allowed; allowed: class 2 to 4, k from 1 to class - 1");
        }
        return logBoundaries[4 - ccsClass + k - 1];
    }

    /** @return the parameters in force */
    public AnginaOutcomeParameters parameters() {
        return parameters;
    }

    @Override
    public List<OutcomeColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out) {
        compute(p, draws(streams, p.id()), control, byArm, arms, out);
    }

    /**
     * {@link #compute(VirtualPatient, ArmPhysiology, ArmPhysiology[], List, RandomStreams, double[][])} with the
     * patient's draws given (the calibration draws them once and reuses them).
     *
     * @param p the patient; its presentation an {@link AnginaPresentation}
     * @param d its draws ({@link #draws})
     * @param control its physiology without a device
     * @param byArm its physiology per arm
     * @param arms the arms
     * @param out {@code [arm][column]}
     * @throws IllegalArgumentException if a balance is not finite and positive, or the baseline class not 3 or 4
     */
    public void compute(VirtualPatient p, Draws d, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            double[][] out) {
        final int baseline = ((AnginaPresentation) p.presentation()).ccsClass();
        final double logT0 = baselineLogDemand(baseline, d.u());
        final double placebo = parameters.placeboLogMean() + parameters.placeboLogSd() * d.z();
        final double reference = balance(p, control, "control");
        for (int a = 0; a < arms.size(); a++) {
            final double logRatio = Math.log(balance(p, byArm[a], arms.get(a).name()) / reference);
            final double logT1 = logT0 + placebo + logRatio;
            final int followUp = ccsClass(logT1);
            final int improvement = baseline - followUp;
            out[a][0] = improvement >= 2 ? 1 : 0;
            out[a][1] = improvement >= 1 ? 1 : 0;
            out[a][2] = improvement;
            out[a][3] = parameters.saqQolPointsPerLog() * (logT1 - logT0);
            out[a][4] = followUp;
            out[a][5] = 100 * Math.expm1(logRatio);
        }
    }

    /**
     * A patient's two outcome draws.
     *
     * @param u position within the baseline class, uniform in [0, 1)
     * @param z standard normal of the placebo response
     */
    public record Draws(double u, double z) {
    }

    /**
     * Draws a patient's outcome numbers, as {@link #compute} does: one uniform, then one standard normal (ziggurat),
     * from {@code streams.stream(patientId, Purpose.OUTCOME)}.
     *
     * @param streams the run's streams
     * @param patientId the patient
     * @return the draws
     */
    public static Draws draws(RandomStreams streams, long patientId) {
        final UniformRandomProvider rng = streams.stream(patientId, Purpose.OUTCOME);
        final double u = rng.nextDouble();
        return new Draws(u, Samplers.standardNormal(rng).sample());
    }

    /**
     * Baseline {@code ln T} of a patient of this class at position {@code u} within it.
     *
     * @param ccsClass 3 or 4
     * @param u in [0, 1)
     * @return {@code ln T0}
     */
    public double baselineLogDemand(int ccsClass, double u) {
        final double lo;
        final double hi;
        if (ccsClass == 4) {
            lo = Math.log(parameters.thresholdDemand(CLASS_IV_LOWEST_METS));
            hi = logBoundaries[0];
        } else if (ccsClass == 3) {
            lo = logBoundaries[0];
            hi = logBoundaries[1];
        } else {
            throw new IllegalArgumentException("refractory-angina: baseline ccsClass = " + ccsClass
                    + " is not allowed; allowed: 3 or 4 (COSIRA inclusion)");
        }
        return lo + u * (hi - lo);
    }

    /**
     * The CCS class whose band holds {@code ln T}: 4 below {@code ln T(2 METs)}, ..., 1 at or above {@code ln T(7)}.
     *
     * @param logT {@code ln T}
     * @return 1 to 4
     */
    public int ccsClass(double logT) {
        int c = 4;
        for (double b : logBoundaries) {
            if (logT >= b) {
                c--;
            }
        }
        return c;
    }

    private static double balance(VirtualPatient p, ArmPhysiology physiology, String arm) {
        final double b = physiology.get(Metric.RISK_ENDO_O2_BALANCE);
        if (!(b > 0 && b < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("refractory-angina patient " + p.id() + ", arm " + arm
                    + ": at-risk subendocardial O2 balance " + b + " is not finite and positive; allowed: a completed"
                    + " simulation");
        }
        return b;
    }

    @Override
    public String caveat() {
        return "the placebo response is fitted to COSIRA's sham arm (targets.md#C11); a device's effect is only its"
                + " kernel-simulated change of the at-risk subendocardial O2 balance at ordinary effort, which for the"
                + " Reducer is about 1% and moves almost no patient's CCS class, so COSIRA's Reducer arm is not"
                + " reproduced (docs/cohort-refractory-angina.md)";
    }
}
