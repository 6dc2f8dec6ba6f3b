package org.sinus.cohorts.cto;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.sinus.cohorts.OutcomeColumn;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.Endpoint;

/**
 * The outcome model of CTO PCI ({@code docs/cto-lesions.md}, "Kernel link and outcomes"): one procedure per patient
 * ({@link CtoProcedureModel}, the same draws in every arm), combined with each arm's physiology of the CTO territory
 * on collaterals only, the state every ischaemic minute of the procedure returns to.
 *
 * <p>Per arm {@code a}, with {@code B_a} the kernel's at-risk subendocardial O2 balance (supply over demand):
 * <ul>
 *   <li>unmet share {@code delta_a = clamp(1 - B_a, 0, 1)}; ischaemic burden {@code E_a = T_isch delta_a},
 *       equivalent minutes of complete subendocardial ischaemia, {@code T_isch} the procedure's ischaemic minutes;</li>
 *   <li>periprocedural MI: the fitted model's probability {@code p_fit} (C30) is split into a background part and an
 *       ischaemic part {@code 1 - exp(-H)}, {@code H = ln 2 (E / E50)^k}, anchored on the patient's own control
 *       physiology: {@code p_bg = max(0, 1 - (1 - p_fit) exp(H_control))}, {@code p_a = 1 - (1 - p_bg)
 *       exp(-H_a)}; drawn with the procedure's own MI uniform, so arms are paired;</li>
 *   <li>collapse: the territory's contraction is lost in proportion {@code min(1, delta_a / akinetic)}; native output
 *       falls by the at-risk fraction of it, so {@code rho = 1 - f loss CO_native / Q_systemic} and the cardiac power
 *       in ischaemia is {@code CPO_a rho^2} (fixed resistance); hazard per ischaemic minute {@code h_max
 *       logistic((CPO_crit - CPO_isch) / s)}, probability {@code 1 - exp(-h T_isch)};</li>
 *   <li>technical success: the procedure's, unless a collapse ends it (share {@code abortShare});
 *       MACE = tamponade or MI or other MACE (C30's definition); MAE = MACE or collapse.</li>
 * </ul>
 *
 * <p><b>Draws.</b> The procedure's {@link CtoProcedureModel#DRAWS} numbers, and two uniforms (collapse, abort) from
 * {@code streams.stream(id, Purpose.OUTCOME, STREAM_SUB_INDEX)}; all drawn for every patient. Immutable.
 */
public final class CtoOutcomes implements OutcomeModel {
    /** Sub-index of this model's OUTCOME stream ("CTOO" in ASCII). */
    public static final long STREAM_SUB_INDEX = 0x43544F4FL;

    public static final int SUCCESS = 0;
    public static final int MACE = 1;
    public static final int MAE = 2;
    public static final int MI = 3;
    public static final int COLLAPSE = 4;
    public static final int BURDEN = 5;
    public static final int PERFORATION = 6;
    public static final int PROCEDURE_TIME = 7;
    public static final int ISCHAEMIC_MIN = 8;
    public static final int DEFICIT = 9;
    public static final int ISCHAEMIC_POWER = 10;
    public static final int MI_PROBABILITY = 11;
    public static final int COLLAPSE_PROBABILITY = 12;

    private static final List<OutcomeColumn> COLUMNS = List.of(
            new OutcomeColumn("cto_success", "0/1", "technical success, not abandoned after a collapse",
                    Endpoint.CTO_SUCCESS),
            new OutcomeColumn("in_hospital_mace", "0/1", "tamponade, periprocedural MI or death/stroke/urgent"
                    + " revascularisation (C30)", Endpoint.CTO_MACE),
            new OutcomeColumn("major_adverse_event", "0/1", "MACE or haemodynamic collapse", Endpoint.PCI_MAE),
            new OutcomeColumn("periprocedural_mi", "0/1", "periprocedural MI, background and ischaemic",
                    Endpoint.PERIPROCEDURAL_MI),
            new OutcomeColumn("haemodynamic_collapse", "0/1", "collapse during the ischaemic minutes",
                    Endpoint.HAEMODYNAMIC_COLLAPSE),
            new OutcomeColumn("ischaemic_burden_min", "min", "ischaemic minutes times the unmet O2 share of the"
                    + " territory's subendocardium", Endpoint.ISCHAEMIC_BURDEN),
            new OutcomeColumn("perforation", "0/1", "clinical perforation (same in every arm)", null),
            new OutcomeColumn("procedure_time_min", "min", "procedure time (same in every arm)", null),
            new OutcomeColumn("ischaemic_min", "min", "device-occlusion minutes of the procedure (same in every arm)",
                    null),
            new OutcomeColumn("risk_endo_o2_deficit", "1", "1 - the at-risk subendocardial O2 balance, in [0, 1]",
                    null),
            new OutcomeColumn("ischaemic_cardiac_power_w", "W", "cardiac power output during ischaemia", null),
            new OutcomeColumn("mi_probability", "1", "probability of periprocedural MI", null),
            new OutcomeColumn("collapse_probability", "1", "probability of collapse", null));

    private final CtoProcedureModel procedure;
    private final CtoOutcomeParameters parameters;

    /**
     * @param procedure the procedure model
     * @param parameters the kernel link's parameters
     */
    public CtoOutcomes(CtoProcedureModel procedure, CtoOutcomeParameters parameters) {
        if (procedure == null || parameters == null) {
            throw new IllegalArgumentException("CtoOutcomes: procedure and parameters are required");
        }
        this.procedure = procedure;
        this.parameters = parameters;
    }

    @Override
    public List<OutcomeColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out) {
        if (!(p.presentation() instanceof CtoPresentation pr)) {
            throw new IllegalArgumentException("CTO outcomes: patient " + p.id() + " has no CtoPresentation");
        }
        final double[] d = CtoProcedureModel.draws(streams, p.id());
        final CtoProcedureResult r = procedure.simulate(pr.lesion(), d);
        final UniformRandomProvider rng = streams.stream(p.id(), Purpose.OUTCOME, STREAM_SUB_INDEX);
        final double uCollapse = rng.nextDouble();
        final double uAbort = rng.nextDouble();
        final double ischaemicMin = r.ischaemicMin();
        final double pFit = procedure.miProbability(pr.lesion(), r.retrogradeAttempted());
        final double background = backgroundMiProbability(pFit, ischaemicMin * deficit(p, control));
        final boolean other = d[CtoProcedureModel.U_OTHER_MACE] < procedure.otherMaceProbability(r.perforation());
        for (int a = 0; a < arms.size(); a++) {
            final double deficit = deficit(p, byArm[a]);
            final double burden = ischaemicMin * deficit;
            final double pMi = miProbability(background, burden);
            final boolean mi = d[CtoProcedureModel.U_MI] < pMi;
            final double power = ischaemicPower(byArm[a], pr.atRiskFraction(), deficit);
            final double pCollapse = collapseProbability(power, ischaemicMin);
            final boolean collapse = uCollapse < pCollapse;
            final boolean success = r.technicalSuccess()
                    && !(collapse && uAbort < parameters.collapse().abortShare());
            final boolean mace = r.tamponade() || mi || other;
            final double[] o = out[a];
            o[SUCCESS] = success ? 1 : 0;
            o[MACE] = mace ? 1 : 0;
            o[MAE] = mace || collapse ? 1 : 0;
            o[MI] = mi ? 1 : 0;
            o[COLLAPSE] = collapse ? 1 : 0;
            o[BURDEN] = burden;
            o[PERFORATION] = r.perforation() ? 1 : 0;
            o[PROCEDURE_TIME] = r.procedureTimeMin();
            o[ISCHAEMIC_MIN] = ischaemicMin;
            o[DEFICIT] = deficit;
            o[ISCHAEMIC_POWER] = power;
            o[MI_PROBABILITY] = pMi;
            o[COLLAPSE_PROBABILITY] = pCollapse;
        }
    }

    /** {@code clamp(1 - B, 0, 1)} of the arm's at-risk subendocardial O2 balance. */
    static double deficit(VirtualPatient p, ArmPhysiology arm) {
        final double balance = metric(p, arm, Metric.RISK_ENDO_O2_BALANCE);
        return Math.min(1, Math.max(0, 1 - balance));
    }

    private static double metric(VirtualPatient p, ArmPhysiology arm, Metric m) {
        final double v = arm.get(m);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("CTO outcomes: patient " + p.id() + " has " + m.column() + " = " + v
                    + "; allowed: a finite kernel result");
        }
        return v;
    }

    /** Ischaemic MI hazard {@code ln 2 (E / E50)^k}. */
    double ischaemicHazard(double burdenMin) {
        final CtoOutcomeParameters.Mi mi = parameters.mi();
        return Math.log(2) * Math.pow(burdenMin / mi.halfDoseMin(), mi.doseShape());
    }

    /** Background MI probability: the fitted one without the control arm's ischaemic part, at least 0. */
    double backgroundMiProbability(double fitted, double controlBurdenMin) {
        return Math.max(0, 1 - (1 - fitted) * Math.exp(ischaemicHazard(controlBurdenMin)));
    }

    /** MI probability of an arm: background, or the ischaemic part. */
    double miProbability(double background, double burdenMin) {
        return 1 - (1 - background) * Math.exp(-ischaemicHazard(burdenMin));
    }

    /** Cardiac power output during ischaemia, W. */
    double ischaemicPower(ArmPhysiology arm, double atRiskFraction, double deficit) {
        final double cpo = arm.get(Metric.CARDIAC_POWER_OUTPUT_W);
        final double systemic = arm.get(Metric.SYSTEMIC_FLOW_L_PER_MIN);
        final double nativeFlow = arm.get(Metric.CARDIAC_OUTPUT_L_PER_MIN);
        if (!(cpo > 0 && systemic > 0 && nativeFlow >= 0)) {
            throw new IllegalArgumentException("CTO outcomes: cardiac power " + cpo + " W, systemic flow " + systemic
                    + " L/min, native output " + nativeFlow + " L/min; allowed: positive");
        }
        final double loss = Math.min(1, deficit / parameters.collapse().akineticDeficit());
        final double rho = Math.max(0, 1 - atRiskFraction * loss * Math.min(1, nativeFlow / systemic));
        return cpo * rho * rho;
    }

    /** Collapse probability over {@code ischaemicMin} at a given ischaemic cardiac power. */
    double collapseProbability(double powerW, double ischaemicMin) {
        final CtoOutcomeParameters.Collapse c = parameters.collapse();
        final double hazard = c.maxHazardPerMin() * CtoProcedureModel.logistic((c.criticalPowerW() - powerW)
                / c.powerScaleW());
        return 1 - Math.exp(-hazard * ischaemicMin);
    }

    @Override
    public String caveat() {
        return "the link from the kernel's O2 balance and cardiac power to periprocedural MI and collapse rests on"
                + " assumed parameters (docs/cto-lesions.md, kernel link); the procedure model is fitted to"
                + " targets.md#C27-C32, the link is not; the high-risk cohort has CTO lesions, not PROTECT II's";
    }
}
