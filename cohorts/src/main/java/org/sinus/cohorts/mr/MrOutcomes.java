package org.sinus.cohorts.mr;

import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.OutcomeColumn;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.CombinedSpec;
import org.sinus.engine.scenario.CsAnnuloplastySpec;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.Endpoint;

/**
 * The outcome models of functional mitral regurgitation ({@code docs/cohort-functional-mr.md}, "Outcome models";
 * parameters {@link MrOutcomeParameters}, calibrated to targets.md#C19 and #C20 and the sham arm of REDUCE-FMR).
 *
 * <p><b>Procedure</b> (arms whose device is, or contains, a CS annuloplasty): the attempt leaves a device implanted
 * unless a uniform falls below {@code implantFailure}; the circumflex is compressed only where the anatomy allows it,
 * the artery crossing under the vein inside the device's span ({@link MrPresentation#crossingWithin}), and there with
 * probability {@code compressionGivenCrossing}; a compression is critical (a myocardial infarction) with probability
 * {@code miGivenCompression}; dissection and perforation of the sinus have their own probabilities.
 *
 * <p><b>Clinical measures.</b> With {@code D} the regurgitant volume the arm's physiology removes against the
 * patient's control (ml/beat; 0 if the attempt failed, the device then being withdrawn) and {@code T} whether the
 * procedure was attempted, each measure changes by {@code nonSpecific T + slopePerMl D + sd z}: 6-minute walk
 * (follow-up at least 0 m), KCCQ (follow-up in [0, 100]) and a latent NYHA improvement, rounded to the class at
 * follow-up (in I to IV).
 *
 * <p><b>Draws.</b> Per patient, from {@code streams.stream(p.id(), Purpose.OUTCOME)}: five uniforms (implant,
 * compression, critical compression, dissection, perforation), then three standard normals (walk, KCCQ, NYHA), always
 * all eight, shared by every arm (common random numbers): arms differ only by their device and physiology.
 *
 * <p><b>Kernel.</b> The kernel's device cannot see the anatomy (its controller sees a batch slot, not the patient),
 * so compression is decided here; run the kernel's device with {@code compression-probability: 0} (as
 * {@code scenarios/cs-annuloplasty.yaml} does) so that its physiology is the uncompressed implant's. A 50% compression
 * does not change the resting regurgitant volume, LA pressure or output the model reads ({@code docs/model.md} 8.8).
 */
public final class MrOutcomes implements OutcomeModel {
    /** Column: mitral regurgitant volume per beat, ml (the first endpoint of the annuloplasty scenario). */
    public static final String REGURGITANT = "mitral_regurgitant_volume_ml";
    /** Column: its change against the patient's own control, %. */
    public static final String CHANGE = "regurgitant_volume_change_pct";
    /** Column order, for readers of {@code out}. */
    public static final int COL_REGURGITANT = 0;
    public static final int COL_CHANGE = 1;
    public static final int COL_ATTEMPTED = 2;
    public static final int COL_IMPLANTED = 3;
    public static final int COL_COMPRESSED = 4;
    public static final int COL_MI = 5;
    public static final int COL_DISSECTION = 6;
    public static final int COL_PERFORATION = 7;
    public static final int COL_CS_COMPLICATION = 8;
    public static final int COL_REDUCTION = 9;
    public static final int COL_NYHA = 10;
    public static final int COL_NYHA_CHANGE = 11;
    public static final int COL_WALK = 12;
    public static final int COL_WALK_CHANGE = 13;
    public static final int COL_KCCQ = 14;
    public static final int COL_KCCQ_CHANGE = 15;

    private static final List<OutcomeColumn> COLUMNS = List.of(
            new OutcomeColumn(REGURGITANT, "ml", "mitral regurgitant volume per beat, as simulated in the arm",
                    Endpoint.REGURGITANT_VOLUME),
            new OutcomeColumn(CHANGE, "%", "regurgitant volume against the patient's own control, %", null),
            new OutcomeColumn("implant_attempted", "0/1", "a CS annuloplasty was attempted in this arm", null),
            new OutcomeColumn("implant_success", "0/1", "a device was left implanted", Endpoint.IMPLANT_SUCCESS),
            new OutcomeColumn("circumflex_compressed", "0/1",
                    "circumflex compressed at the attempt (only where it crosses under the vein in the span)", null),
            new OutcomeColumn("mi", "0/1", "myocardial infarction from a critical compression", Endpoint.MI),
            new OutcomeColumn("cs_dissection", "0/1", "coronary sinus dissection", null),
            new OutcomeColumn("cs_perforation", "0/1", "coronary sinus perforation", null),
            new OutcomeColumn("cs_complication", "0/1", "coronary sinus dissection or perforation",
                    Endpoint.CS_COMPLICATION),
            new OutcomeColumn("regurgitant_reduction_ml", "ml",
                    "regurgitant volume removed by an implanted device against the control physiology (D)", null),
            new OutcomeColumn("nyha_class_followup", "class", "NYHA class at follow-up, 1 to 4", null),
            new OutcomeColumn("nyha_change", "class", "NYHA class at follow-up minus baseline", Endpoint.NYHA_CHANGE),
            new OutcomeColumn("six_minute_walk_followup_m", "m", "6-minute walk distance at follow-up", null),
            new OutcomeColumn("six_minute_walk_change_m", "m", "6-minute walk at follow-up minus baseline",
                    Endpoint.SIX_MINUTE_WALK_CHANGE),
            new OutcomeColumn("kccq_followup", "points", "KCCQ overall score at follow-up", null),
            new OutcomeColumn("kccq_change", "points", "KCCQ at follow-up minus baseline", Endpoint.KCCQ_CHANGE));

    private final MrOutcomeParameters parameters;

    /** The model with the parameters in force ({@link MrOutcomeParameters#defaults()}). */
    public MrOutcomes() {
        this(MrOutcomeParameters.defaults());
    }

    /** @param parameters the model's parameters */
    public MrOutcomes(MrOutcomeParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("MR outcome parameters are required");
        }
        this.parameters = parameters;
    }

    /** @return the parameters */
    public MrOutcomeParameters parameters() {
        return parameters;
    }

    /**
     * One patient's outcome draws, shared by every arm.
     *
     * @param implant uniform of the implant's failure
     * @param compression uniform of the compression, given the anatomy
     * @param critical uniform of a critical compression
     * @param dissection uniform of a dissection
     * @param perforation uniform of a perforation
     * @param walk standard normal of the 6-minute walk change
     * @param kccq standard normal of the KCCQ change
     * @param nyha standard normal of the latent NYHA improvement
     */
    public record Draws(double implant, double compression, double critical, double dissection, double perforation,
            double walk, double kccq, double nyha) {
        /**
         * The patient's draws: five uniforms then three standard normals from its {@code OUTCOME} stream.
         *
         * @param streams the run's streams
         * @param patientId the patient
         * @return the draws
         */
        public static Draws of(RandomStreams streams, long patientId) {
            UniformRandomProvider rng = streams.stream(patientId, Purpose.OUTCOME);
            double u1 = rng.nextDouble();
            double u2 = rng.nextDouble();
            double u3 = rng.nextDouble();
            double u4 = rng.nextDouble();
            double u5 = rng.nextDouble();
            NormalizedGaussianSampler g = Samplers.standardNormal(rng);
            double z1 = g.sample();
            double z2 = g.sample();
            return new Draws(u1, u2, u3, u4, u5, z1, z2, g.sample());
        }
    }

    /**
     * What an implant attempt does to a patient.
     *
     * @param implanted a device was left implanted
     * @param compressed the circumflex was compressed
     * @param mi the compression was critical (myocardial infarction)
     * @param dissection the sinus was dissected
     * @param perforation the sinus was perforated
     */
    public record Attempt(boolean implanted, boolean compressed, boolean mi, boolean dissection,
            boolean perforation) {
    }

    /**
     * The attempt's result for a patient and its draws.
     *
     * @param p the presentation (its anatomy)
     * @param d the draws
     * @return the result
     */
    public Attempt attempt(MrPresentation p, Draws d) {
        MrOutcomeParameters.Procedure q = parameters.procedure();
        boolean crossing = p.crossingWithin(q.spanFromMm(), q.spanToMm());
        boolean compressed = crossing && d.compression() < q.compressionGivenCrossing();
        return new Attempt(d.implant() >= q.implantFailure(), compressed,
                compressed && d.critical() < q.miGivenCompression(), d.dissection() < q.dissection(),
                d.perforation() < q.perforation());
    }

    /**
     * Whether an arm's device is, or contains, a CS annuloplasty (an implant attempt).
     *
     * @param spec the arm's device
     * @return whether the procedure is attempted
     */
    public static boolean attempts(DeviceSpec spec) {
        if (spec instanceof CsAnnuloplastySpec) {
            return true;
        }
        if (spec instanceof CombinedSpec combined) {
            return combined.devices().stream().anyMatch(MrOutcomes::attempts);
        }
        return false;
    }

    /**
     * NYHA class at follow-up: {@code baseline - improvement} rounded to the nearest class, in I to IV.
     *
     * @param baseline the class at baseline
     * @param improvement the latent improvement, classes
     * @return the class at follow-up, 1 to 4
     */
    public static int nyhaFollowUp(int baseline, double improvement) {
        double c = Math.floor(baseline - improvement + 0.5);
        return (int) Math.max(1, Math.min(4, c));
    }

    @Override
    public List<OutcomeColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out) {
        double reference = control.get(Metric.REGURGITANT_VOLUME_ML);
        if (!(reference > 0)) {
            throw new IllegalArgumentException("functional-mr patient " + p.id() + ": control regurgitant volume "
                    + reference + " ml is not positive; allowed: a regurgitant mitral valve");
        }
        MrPresentation s = (MrPresentation) p.presentation();
        Draws d = Draws.of(streams, p.id());
        Attempt attempt = attempt(s, d);
        for (int a = 0; a < arms.size(); a++) {
            double volume = byArm[a].get(Metric.REGURGITANT_VOLUME_ML);
            boolean attempted = attempts(arms.get(a).device());
            boolean implanted = attempted && attempt.implanted();
            boolean withDevice = !attempted || implanted; // a failed attempt withdraws the device
            double reduction = withDevice ? reference - volume : 0;
            double[] o = out[a];
            o[COL_REGURGITANT] = withDevice ? volume : reference;
            o[COL_CHANGE] = 100 * (o[COL_REGURGITANT] / reference - 1);
            o[COL_ATTEMPTED] = attempted ? 1 : 0;
            o[COL_IMPLANTED] = implanted ? 1 : 0;
            o[COL_COMPRESSED] = attempted && attempt.compressed() ? 1 : 0;
            o[COL_MI] = attempted && attempt.mi() ? 1 : 0;
            o[COL_DISSECTION] = attempted && attempt.dissection() ? 1 : 0;
            o[COL_PERFORATION] = attempted && attempt.perforation() ? 1 : 0;
            o[COL_CS_COMPLICATION] = Math.max(o[COL_DISSECTION], o[COL_PERFORATION]);
            o[COL_REDUCTION] = reduction;
            int nyha = nyhaFollowUp(s.nyhaClass(), parameters.nyha().mean(attempted, reduction)
                    + parameters.nyha().sd() * d.nyha());
            o[COL_NYHA] = nyha;
            o[COL_NYHA_CHANGE] = nyha - s.nyhaClass();
            double walk = Math.max(0, s.sixMinuteWalkM() + parameters.walk().mean(attempted, reduction)
                    + parameters.walk().sd() * d.walk());
            o[COL_WALK] = walk;
            o[COL_WALK_CHANGE] = walk - s.sixMinuteWalkM();
            double kccq = Math.max(0, Math.min(100, s.kccqScore() + parameters.kccq().mean(attempted, reduction)
                    + parameters.kccq().sd() * d.kccq()));
            o[COL_KCCQ] = kccq;
            o[COL_KCCQ_CHANGE] = kccq - s.kccqScore();
        }
    }

    @Override
    public String caveat() {
        return String.format(Locale.ROOT, "clinical changes = a non-specific response of having the procedure"
                + " (placebo, unblinded treatment, regression to the mean: 6MW %+.0f m, KCCQ %+.1f, NYHA %.2f classes)"
                + " plus a slope on the kernel's regurgitant volume reduction, R from REDUCE-FMR's sham arm,"
                + " the slope from AMADEUS (a case series, which alone cannot separate them; REDUCE-FMR's device arm"
                + " shows fewer responders than predicted, so the slope is an upper estimate); the no-device arm"
                + " has neither, so device minus no device includes the placebo response",
                parameters.walk().nonSpecific(), parameters.kccq().nonSpecific(), parameters.nyha().nonSpecific());
    }
}
