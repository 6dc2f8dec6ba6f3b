package org.sinus.cohorts.cto;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.cto.CtoLesion.Calcification;
import org.sinus.cohorts.cto.CtoLesion.ProximalCap;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoProcedureResult.Rescue;
import org.sinus.cohorts.cto.CtoProcedureResult.Strategy;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * One CTO PCI per lesion, simulated stage by stage after the hybrid algorithm (Brilakis et al. 2012) and the
 * European CTO Club's algorithm for heavily calcified CTOs (seed 001, Figure 3): wire crossing, device crossing and
 * dilatation with their rescues, complications, then time, fluoroscopy, contrast and ischaemic minutes. The model reads
 * the lesion's items, never a score, so that each score's association with the outcomes emerges. Equations and
 * sources: {@link CtoProcedureParameters} and {@code docs/cto-lesions.md}.
 *
 * <p><b>Crossing.</b> Intraplaque wiring first, dissection and re-entry second (seed 001, Figure 3A): antegrade wire
 * escalation (AWE); then, with interventional collaterals, retrograde wire escalation (RWE), skipped when the
 * calcification is severe (the Global CTO Crossing Algorithm prefers retrograde dissection re-entry there); then the
 * dissection re-entry strategies, ADR before RDR when the occlusion is 20 mm or longer or the cap is ambiguous (the
 * hybrid algorithm's ADR indications, with BASE for the ambiguous cap), RDR before ADR otherwise. Without
 * interventional collaterals only ADR follows AWE. Stop at crossing or when the wire time or contrast budget is spent.
 *
 * <p><b>Draws.</b> A fixed set of {@link #DRAWS} numbers per lesion from
 * {@code streams.stream(patientId, Purpose.OUTCOME, STREAM_SUB_INDEX)}: {@value #UNIFORMS} uniforms, then the normal
 * deviates, each in its own slot whether or not its stage is reached. A parameter change therefore never shifts another
 * stage's draws (common random numbers across parameter sets and arms).
 *
 * <p>Immutable and thread-safe.
 */
public final class CtoProcedureModel {
    /** Sub-index of this model's OUTCOME stream ("CTOP" in ASCII), away from the small indices arms use. */
    public static final long STREAM_SUB_INDEX = 0x43544F50L;

    static final int U_AWE = 0;
    static final int U_ADR = 1;
    static final int U_RWE = 2;
    static final int U_RDR = 3;
    static final int U_UNCROSSABLE = 4;
    static final int U_BAM = 5;
    static final int U_UNCROSSABLE_ATHERECTOMY = 6;
    static final int U_UNDILATABLE = 7;
    static final int U_HIGH_PRESSURE = 8;
    static final int U_IVL = 9;
    static final int U_UNDILATABLE_ATHERECTOMY = 10;
    static final int U_PERFORATION = 11;
    static final int U_TAMPONADE = 12;
    static final int U_MI = 13;
    static final int U_OTHER_MACE = 14;
    static final int UNIFORMS = 15;
    static final int Z_SETUP = 15;
    /** Attempt-time deviates of AWE, ADR, RWE, RDR: {@code Z_ATTEMPT + strategy.ordinal() - 1}. */
    static final int Z_ATTEMPT = 16;
    static final int Z_POST = 20;
    static final int Z_FLUORO = 21;
    static final int Z_CONTRAST = 22;
    static final int DRAWS = 23;
    /** Bound of the normal deviates of times, fluoroscopy and contrast, in SD. */
    static final double MAX_TIME_DEVIATE = 3;

    private static final Strategy[] ANTEGRADE_ONLY = {Strategy.AWE, Strategy.ADR};
    private static final Strategy[] RWE_ADR_RDR = {Strategy.AWE, Strategy.RWE, Strategy.ADR, Strategy.RDR};
    private static final Strategy[] RWE_RDR_ADR = {Strategy.AWE, Strategy.RWE, Strategy.RDR, Strategy.ADR};
    private static final Strategy[] ADR_RDR = {Strategy.AWE, Strategy.ADR, Strategy.RDR};
    private static final Strategy[] RDR_ADR = {Strategy.AWE, Strategy.RDR, Strategy.ADR};

    private final CtoProcedureParameters parameters;

    private CtoProcedureModel(CtoProcedureParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * Makes a model.
     *
     * @param parameters the parameters
     * @return the model
     */
    public static CtoProcedureModel of(CtoProcedureParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("CtoProcedureModel: parameters are required");
        }
        return new CtoProcedureModel(parameters);
    }

    /**
     * The model with the fitted {@link CtoProcedureParameters#defaults()}.
     *
     * @return the model
     */
    public static CtoProcedureModel defaults() {
        return of(CtoProcedureParameters.defaults());
    }

    /**
     * Returns the parameters.
     *
     * @return the parameters
     */
    public CtoProcedureParameters parameters() {
        return parameters;
    }

    /**
     * Simulates the procedure on one lesion: a pure function of ({@code streams.runSeed()}, {@code patientId},
     * {@code lesion}, parameters).
     *
     * @param streams the run's random streams
     * @param patientId the patient id
     * @param lesion the lesion
     * @return the result
     */
    public CtoProcedureResult simulate(RandomStreams streams, long patientId, CtoLesion lesion) {
        return simulate(lesion, draws(streams, patientId));
    }

    /**
     * The draws of one patient, in slot order.
     *
     * @param streams the run's random streams
     * @param patientId the patient id
     * @return {@link #DRAWS} numbers: uniforms in [0, 1), then standard normals
     */
    static double[] draws(RandomStreams streams, long patientId) {
        final UniformRandomProvider rng = streams.stream(patientId, Purpose.OUTCOME, STREAM_SUB_INDEX);
        final double[] d = new double[DRAWS];
        for (int i = 0; i < UNIFORMS; i++) {
            d[i] = rng.nextDouble();
        }
        final NormalizedGaussianSampler gaussian = Samplers.standardNormal(rng);
        for (int i = UNIFORMS; i < DRAWS; i++) {
            d[i] = gaussian.sample();
        }
        return d;
    }

    /**
     * Simulates the procedure from given draws (the calibration reuses them across parameter sets).
     *
     * @param lesion the lesion
     * @param d the draws, as from {@link #draws(RandomStreams, long)}; not modified
     * @return the result
     */
    CtoProcedureResult simulate(CtoLesion lesion, double[] d) {
        final CtoProcedureParameters.Resources r = parameters.resources();
        final CtoProcedureParameters.Ischaemia isc = parameters.ischaemia();
        final double difficulty = lesionDifficulty(lesion, parameters.difficulty());

        // Set-up, and the wire time the time and contrast budgets leave.
        final double setupMin = r.setupMedianMin() * Math.exp(r.setupSigma() * clamp(d[Z_SETUP]));
        final double contrastFactor = meanOneLogNormal(r.contrastSigma(), clamp(d[Z_CONTRAST]));
        final double contrastWireMin = (parameters.crossing().contrastBudgetMl() / contrastFactor - r.contrastSetupMl())
                / r.contrastPerIntenseMin() - r.contrastOtherShare() * setupMin;
        final double budgetMin = Math.max(0, Math.min(parameters.crossing().budgetMin(), contrastWireMin));

        final Wire wire = cross(lesion, difficulty, budgetMin, d);
        final Devices devices = wire.crossed() ? devices(lesion, d) : Devices.NOT_REACHED;
        final boolean success = wire.crossed() && devices.dilated();

        // Complications.
        final boolean perforation = d[U_PERFORATION] < perforationProbability(lesion, wire.adr(), wire.retrograde(),
                devices.atherectomy(), devices.highPressure());
        final boolean tamponade = perforation && d[U_TAMPONADE] < parameters.perforation().tamponadeShare();
        final boolean mi = d[U_MI] < miProbability(lesion, wire.retrograde());
        final boolean other = d[U_OTHER_MACE] < otherMaceProbability(perforation);

        // Time, fluoroscopy, contrast, ischaemic minutes.
        final double postMin = success ? r.postCrossingMedianMin()
                * Math.exp(r.postCrossingLogPerDifficulty() * difficulty + r.postCrossingSigma() * clamp(d[Z_POST]))
                : r.closingMin();
        final double intenseMin = wire.wireMin() + devices.deviceMin() + (perforation ? r.perforationMin() : 0);
        final double otherMin = setupMin + postMin;
        final double procedureMin = intenseMin + otherMin;
        final double fluoroFactor = meanOneLogNormal(r.fluoroSigma(), clamp(d[Z_FLUORO]));
        final double fluoroMin = Math.min(procedureMin,
                r.fluoroPerIntenseMin() * (intenseMin + r.fluoroOtherShare() * otherMin) * fluoroFactor);
        final double contrastMl = contrastFactor
                * (r.contrastSetupMl() + r.contrastPerIntenseMin() * (intenseMin + r.contrastOtherShare() * otherMin));
        final double occlusionMin = devices.occlusionMin() + isc.retrogradeCollateralShare() * wire.retrogradeMin()
                + (success ? isc.stentingBaseMin() + isc.stentingPerMm() * lesion.occlusion().lengthMm() : 0)
                + (perforation ? isc.perforationMin() : 0);
        return new CtoProcedureResult(wire.crossed(), success, wire.crossedBy(), wire.wireMin(),
                wire.crossed() && wire.wireMin() <= CtoProcedureResult.J_CTO_CROSSING_MIN, wire.adr(),
                wire.retrograde(), devices.uncrossable(), devices.undilatable(), devices.rescue(), procedureMin,
                fluoroMin, contrastMl, Math.min(occlusionMin, procedureMin), perforation, tamponade, mi,
                tamponade || mi || other);
    }

    /**
     * The wire stage.
     *
     * @param crossedBy the strategy that crossed, or NONE
     * @param wireMin wire time, min
     * @param retrogradeMin part of it spent on retrograde attempts, min
     * @param adr ADR was tried
     * @param retrograde RWE or RDR was tried
     */
    private record Wire(Strategy crossedBy, double wireMin, double retrogradeMin, boolean adr, boolean retrograde) {
        boolean crossed() {
            return crossedBy != Strategy.NONE;
        }
    }

    /** Tries the strategies in order until one crosses or the budget is spent. */
    private Wire cross(CtoLesion lesion, double difficulty, double budgetMin, double[] d) {
        final CtoProcedureParameters.Crossing c = parameters.crossing();
        final double access = accessDifficulty(lesion, parameters.access());
        double wireMin = 0;
        double retrogradeMin = 0;
        boolean adr = false;
        boolean retrograde = false;
        for (Strategy s : order(lesion)) {
            final CtoProcedureParameters.Attempt a = attempt(c, s);
            final boolean retro = s == Strategy.RWE || s == Strategy.RDR;
            adr |= s == Strategy.ADR;
            retrograde |= retro;
            final double share = a.difficultyShare() * difficulty;
            final double z = clamp(d[Z_ATTEMPT + s.ordinal() - 1]);
            final double attemptMin = a.medianMin() * Math.exp(c.timeLogPerDifficulty() * share + c.attemptSigma() * z);
            final double spentMin = Math.min(attemptMin, budgetMin - wireMin);
            wireMin += spentMin;
            retrogradeMin += retro ? spentMin : 0;
            if (spentMin < attemptMin) {
                break;
            }
            final double logit = (s == Strategy.AWE ? c.aweLogit() : c.escalationLogit())
                    - c.logitPerDifficulty() * share - c.logitPerAccess() * access;
            if (d[U_AWE + s.ordinal() - 1] < logistic(logit)) {
                return new Wire(s, wireMin, retrogradeMin, adr, retrograde);
            }
        }
        return new Wire(Strategy.NONE, wireMin, retrogradeMin, adr, retrograde);
    }

    /**
     * The device stage after wire crossing.
     *
     * @param uncrossable devices did not cross at first
     * @param undilatable a balloon did not dilate at first
     * @param rescue the last rescue used
     * @param atherectomy atherectomy was used
     * @param highPressure a high-pressure balloon was used
     * @param dilated devices crossed and the lesion was dilated, at first or by a rescue
     * @param deviceMin time of the failed attempts and rescues, min
     * @param occlusionMin device occlusion during the rescues, min
     */
    private record Devices(boolean uncrossable, boolean undilatable, Rescue rescue, boolean atherectomy,
            boolean highPressure, boolean dilated, double deviceMin, double occlusionMin) {
        static final Devices NOT_REACHED = new Devices(false, false, Rescue.NONE, false, false, false, 0, 0);
    }

    /** Uncrossable (BAM, then atherectomy), then undilatable (high-pressure balloon, IVL, atherectomy). */
    private Devices devices(CtoLesion lesion, double[] d) {
        final CtoProcedureParameters.Uncrossable unc = parameters.uncrossable();
        final CtoProcedureParameters.Undilatable und = parameters.undilatable();
        final CtoProcedureParameters.Ischaemia isc = parameters.ischaemia();
        double deviceMin = 0;
        double occlusionMin = 0;
        Rescue rescue = Rescue.NONE;
        boolean atherectomy = false;
        boolean delivered = true;
        final boolean uncrossable = d[U_UNCROSSABLE] < uncrossableProbability(lesion);
        if (uncrossable) {
            rescue = Rescue.BAM;
            deviceMin += unc.attemptMin() + unc.bamMin();
            occlusionMin += isc.bamMin();
            if (d[U_BAM] >= unc.bamSuccess()) {
                rescue = Rescue.ATHERECTOMY;
                atherectomy = true;
                deviceMin += unc.atherectomyMin();
                occlusionMin += isc.atherectomyMin();
                delivered = d[U_UNCROSSABLE_ATHERECTOMY] < unc.atherectomySuccess();
            }
        }
        final boolean undilatable = delivered && d[U_UNDILATABLE] < undilatableProbability(lesion);
        boolean dilated = delivered;
        if (undilatable) {
            rescue = Rescue.HIGH_PRESSURE_BALLOON;
            deviceMin += und.highPressureMin();
            occlusionMin += isc.highPressureMin();
            if (d[U_HIGH_PRESSURE] >= und.highPressureSuccess()) {
                rescue = Rescue.IVL;
                deviceMin += und.ivlMin();
                occlusionMin += isc.ivlMin();
                if (d[U_IVL] >= und.ivlSuccess()) {
                    rescue = Rescue.ATHERECTOMY;
                    atherectomy = true;
                    deviceMin += und.atherectomyMin();
                    occlusionMin += isc.atherectomyMin();
                    dilated = d[U_UNDILATABLE_ATHERECTOMY] < und.atherectomySuccess();
                }
            }
        }
        return new Devices(uncrossable, undilatable, rescue, atherectomy, undilatable, dilated, deviceMin,
                occlusionMin);
    }

    /**
     * Probability that devices do not cross once the wire has.
     *
     * @param l the lesion
     * @return {@code logistic(logit + ln(calcOr) calcModSev + ln(tortuosityOr) tortModSev)}
     */
    double uncrossableProbability(CtoLesion l) {
        final CtoProcedureParameters.Uncrossable u = parameters.uncrossable();
        final Tortuosity t = l.access().proximalTortuosity();
        return logistic(u.logit() + logOr(u.calcOr(), moderateOrSevereCalcium(l))
                + logOr(u.tortuosityOr(), t == Tortuosity.MODERATE || t == Tortuosity.SEVERE));
    }

    /**
     * Probability that a balloon does not dilate once devices pass.
     *
     * @param l the lesion
     * @return {@code logistic(logit + ln(calcOr) calcModSev)}
     */
    double undilatableProbability(CtoLesion l) {
        final CtoProcedureParameters.Undilatable u = parameters.undilatable();
        return logistic(u.logit() + logOr(u.calcOr(), moderateOrSevereCalcium(l)));
    }

    /**
     * Probability of a clinical perforation (PROGRESS-CTO perforation score model).
     *
     * @param l the lesion
     * @param adr ADR was tried
     * @param retrograde a retrograde strategy was tried
     * @param atherectomy atherectomy was used
     * @param highPressure a high-pressure balloon (and perhaps IVL) was used for an undilatable lesion
     * @return the probability
     */
    double perforationProbability(CtoLesion l, boolean adr, boolean retrograde, boolean atherectomy,
            boolean highPressure) {
        final CtoProcedureParameters.Perforation pf = parameters.perforation();
        return logistic(pf.logit() + logOr(pf.age65Or(), l.clinical().ageYears() >= 65)
                + logOr(pf.calcOr(), moderateOrSevereCalcium(l))
                + logOr(pf.bluntCapOr(), l.occlusion().cap() != ProximalCap.TAPERED) + logOr(pf.adrOr(), adr)
                + logOr(pf.retrogradeOr(), retrograde) + logOr(pf.atherectomyOr(), atherectomy)
                + logOr(pf.highPressureOr(), highPressure));
    }

    /**
     * Probability of a periprocedural myocardial infarction.
     *
     * @param l the lesion
     * @param retrograde a retrograde strategy was tried
     * @return the probability
     */
    double miProbability(CtoLesion l, boolean retrograde) {
        final CtoProcedureParameters.Events ev = parameters.events();
        return logistic(ev.miLogit() + logOr(ev.miCalcOr(), moderateOrSevereCalcium(l))
                + logOr(ev.miRetrogradeOr(), retrograde));
    }

    /**
     * Probability of death, stroke or urgent repeat revascularisation.
     *
     * @param perforation whether a clinical perforation occurred
     * @return the probability
     */
    double otherMaceProbability(boolean perforation) {
        final CtoProcedureParameters.Events ev = parameters.events();
        return logistic(logit(ev.otherMaceProbability()) + logOr(ev.otherMacePerforationOr(), perforation));
    }

    static boolean moderateOrSevereCalcium(CtoLesion l) {
        return l.calcification().compareTo(Calcification.MODERATE) >= 0;
    }

    /**
     * The order in which the hybrid algorithm tries the strategies on this lesion (see the class comment).
     *
     * @param lesion the lesion
     * @return the strategies, AWE first; a shared array, not to be modified
     */
    static Strategy[] order(CtoLesion lesion) {
        if (!lesion.access().interventionalCollaterals()) {
            return ANTEGRADE_ONLY;
        }
        final boolean adrBeforeRdr = lesion.occlusion().cap() == ProximalCap.AMBIGUOUS
                || lesion.occlusion().lengthMm() >= CtoScores.LONG_OCCLUSION_MM;
        if (lesion.calcification() == Calcification.SEVERE) {
            return adrBeforeRdr ? ADR_RDR : RDR_ADR;
        }
        return adrBeforeRdr ? RWE_ADR_RDR : RWE_RDR_ADR;
    }

    /**
     * Lesion difficulty {@code D} in J-CTO points (see {@link CtoProcedureParameters.Difficulty}).
     *
     * @param l the lesion
     * @param w the weights
     * @return {@code D >= 0}
     */
    static double lesionDifficulty(CtoLesion l, CtoProcedureParameters.Difficulty w) {
        final CtoLesion.Occlusion o = l.occlusion();
        final double calcium = switch (l.calcification()) {
            case NONE -> 0;
            case MILD -> w.calcMild();
            case MODERATE -> w.calcModerate();
            case SEVERE -> w.calcSevere();
        };
        final double ctCalcium = switch (l.ctCalcium()) {
            case UNDER_HALF_AREA -> 0;
            case HALF_AREA -> w.ctHalfArea();
            case PERIPHERAL -> w.ctPeripheral();
            case WHOLE_LUMEN -> w.ctWholeLumen();
        };
        final double doublings = Math.min(2, Math.max(0, Math.log(o.lengthMm() / 10) / Math.log(2)));
        return weight(w.previousFailure(), l.clinical().previousFailedAttempt())
                + weight(w.nonTaperedCap(), o.cap() != ProximalCap.TAPERED)
                + weight(w.ambiguousCapExtra(), o.cap() == ProximalCap.AMBIGUOUS) + calcium + ctCalcium
                + w.lengthPerDoubling() * doublings + weight(w.bend(), o.bendOver45Deg())
                + weight(w.sideBranch(), o.sideBranchAtCap())
                + weight(w.longOrUnknownDuration(), l.clinical().duration() != CtoLesion.Duration.UNDER_12_MONTHS)
                + weight(w.multipleOcclusions(), o.multipleOcclusions());
    }

    /**
     * Access difficulty {@code A} in points (see {@link CtoProcedureParameters.Access}).
     *
     * @param l the lesion
     * @param w the weights
     * @return {@code A}; below 0 only for patients younger than 66
     */
    static double accessDifficulty(CtoLesion l, CtoProcedureParameters.Access w) {
        final double tortuosity = switch (l.access().proximalTortuosity()) {
            case NONE_OR_MILD -> 0;
            case MODERATE -> w.tortuosityModerate();
            case SEVERE -> w.tortuositySevere();
            case UNSEEN -> w.tortuosityUnseen();
        };
        final double vessel = switch (l.vessel()) {
            case LAD -> 0;
            case LCX -> w.circumflex();
            case RCA -> w.rightCoronary();
        };
        return tortuosity + vessel + weight(w.priorCabg(), l.clinical().priorCabg())
                + w.agePerDecade() * (l.clinical().ageYears() - 66) / 10
                + weight(w.priorMi(), l.clinical().priorMyocardialInfarction());
    }

    private static CtoProcedureParameters.Attempt attempt(CtoProcedureParameters.Crossing c, Strategy s) {
        return switch (s) {
            case AWE -> c.awe();
            case ADR -> c.adr();
            case RWE -> c.rwe();
            case RDR -> c.rdr();
            case NONE -> throw new IllegalArgumentException("no attempt for " + s);
        };
    }

    private static double weight(double w, boolean present) {
        return present ? w : 0;
    }

    private static double logOr(double oddsRatio, boolean present) {
        return present ? Math.log(oddsRatio) : 0;
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    /**
     * Truncates a normal deviate of a log-normal time or factor to [-3, 3]: no phase lasts more than
     * {@code e^(3 sigma)} times its median (0.27% of draws are moved; assumption, so that no procedure runs past a
     * working day and no contrast volume is absurd).
     */
    private static double clamp(double z) {
        return Math.max(-MAX_TIME_DEVIATE, Math.min(MAX_TIME_DEVIATE, z));
    }

    /** A log-normal multiplier with mean 1: {@code exp(sigma z - sigma^2 / 2)}. */
    private static double meanOneLogNormal(double sigma, double z) {
        return Math.exp(sigma * z - sigma * sigma / 2);
    }

    @Override
    public String toString() {
        return "CtoProcedureModel[" + parameters + "]";
    }
}
