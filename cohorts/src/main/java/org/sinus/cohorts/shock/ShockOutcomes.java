package org.sinus.cohorts.shock;

import java.util.List;
import java.util.Locale;
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
 * The outcome models of cardiogenic shock ({@code docs/cohort-cardiogenic-shock.md}): per arm the device's
 * complications (major bleeding, vascular complication, stroke, haemolysis) as logistic models of the patient and of
 * the device's access ({@link DeviceAccess}), then 30-day death as a logistic model of the IABP-SHOCK II score
 * (Poess et al., JACC 2017), of the cardiac power output the kernel simulates in the arm (Fincke et al., JACC 2004)
 * and of the complications the patient had in that arm. No term names a device: a device moves death through the
 * kernel's haemodynamics and through its complications.
 *
 * <p><b>Draws.</b> Five uniforms per patient from {@code streams.stream(id, Purpose.OUTCOME)}, in this order: death,
 * bleeding, vascular complication, stroke, haemolysis; shared by every arm (common random numbers), so an event
 * happens in an arm when its uniform is below the arm's probability, and a patient who bleeds under a smaller
 * access also bleeds under a larger one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShockOutcomes implements OutcomeModel {
    /** Column: death within 30 days, 0/1 (the first endpoint). */
    public static final String DEATH = "death_30d";
    /** Uniforms drawn per patient. */
    public static final int DRAWS = 5;

    private static final List<OutcomeColumn> COLUMNS = List.of(
            new OutcomeColumn(DEATH, "0/1", "death within 30 days", Endpoint.DEATH_30D),
            new OutcomeColumn("major_bleeding", "0/1", "major bleeding (the trial population's definition)",
                    Endpoint.MAJOR_BLEEDING),
            new OutcomeColumn("vascular_complication", "0/1", "peripheral vascular complication needing intervention",
                    Endpoint.VASCULAR_COMPLICATION),
            new OutcomeColumn("stroke", "0/1", "stroke", Endpoint.STROKE),
            new OutcomeColumn("haemolysis", "0/1", "haemolysis", Endpoint.HAEMOLYSIS),
            new OutcomeColumn("death_probability", "1", "30-day death probability given the arm's complications", null),
            new OutcomeColumn("cardiac_power_output_w", "W", "the kernel's MAP x systemic flow / 451 in the arm",
                    null),
            new OutcomeColumn("native_cardiac_power_w", "W", "MAP x the native (aortic valve) output / 451", null),
            new OutcomeColumn("mean_aortic_mmhg", "mmHg", "the kernel's mean aortic pressure in the arm", null),
            new OutcomeColumn("systemic_flow_l_per_min", "L/min", "native output plus pump flow in the arm", null),
            new OutcomeColumn("lvedp_mmhg", "mmHg", "the kernel's LV end-diastolic pressure in the arm", null));

    private final ShockOutcomeParameters parameters;

    /** @param parameters the models' parameters */
    public ShockOutcomes(ShockOutcomeParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("parameters are required");
        }
        this.parameters = parameters;
    }

    /** @return the models' parameters */
    public ShockOutcomeParameters parameters() {
        return parameters;
    }

    @Override
    public List<OutcomeColumn> columns() {
        return COLUMNS;
    }

    @Override
    public void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out) {
        final ShockPresentation s = (ShockPresentation) p.presentation();
        final UniformRandomProvider rng = streams.stream(p.id(), Purpose.OUTCOME);
        final double[] u = new double[DRAWS];
        for (int k = 0; k < DRAWS; k++) {
            u[k] = rng.nextDouble();
        }
        final double[] q = new double[4];
        for (int a = 0; a < arms.size(); a++) {
            final ArmPhysiology arm = byArm[a];
            final double cpo = arm.get(Metric.CARDIAC_POWER_OUTPUT_W);
            final double nativeCpo = nativeCardiacPowerW(arm);
            if (!(nativeCpo >= 0 && nativeCpo < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(CardiogenicShockCohort.NAME + " patient " + p.id() + ", arm "
                        + arms.get(a).name() + ": native cardiac power output " + nativeCpo
                        + " W is not finite and non-negative");
            }
            parameters.complicationProbabilities(s, DeviceAccess.of(arms.get(a).device()), q);
            int events = 0;
            for (int k = 0; k < 4; k++) {
                final boolean happened = u[k + 1] < q[k];
                events |= happened ? 1 << k : 0;
                out[a][k + 1] = happened ? 1 : 0;
            }
            // The heart's own power, not the pump's: Fincke's association measures myocardial reserve, which a pump
            // that adds flow does not restore (docs/cohort-cardiogenic-shock.md, "which CPO").
            final double risk = parameters.death().probability(s.riskScore(), nativeCpo, events);
            out[a][0] = u[0] < risk ? 1 : 0;
            out[a][5] = risk;
            out[a][6] = cpo;
            out[a][7] = nativeCpo;
            out[a][8] = arm.get(Metric.MEAN_AORTIC_MMHG);
            out[a][9] = arm.get(Metric.SYSTEMIC_FLOW_L_PER_MIN);
            out[a][10] = arm.get(Metric.LVEDP_MMHG);
        }
    }

    /**
     * The heart's own cardiac power output in an arm, W: mean aortic pressure times the aortic-valve output over 451,
     * the power the death model reads (a pump's flow is not the heart's; coronary flow is part of the valve's output).
     *
     * @param arm the arm's physiology
     * @return the power, W
     */
    public static double nativeCardiacPowerW(ArmPhysiology arm) {
        return arm.get(Metric.MEAN_AORTIC_MMHG) * arm.get(Metric.CARDIAC_OUTPUT_L_PER_MIN) / ShockCovariates.CPO_DIVISOR;
    }

    @Override
    public String caveat() {
        return String.format(Locale.ROOT, "30-day death from the IABP-SHOCK II score and the heart's own simulated"
                + " cardiac power output (%.2f per point, %.2f per ln W; baseline fitted to targets.md#C33/C34 controls);"
                + " device complications from access size, fitted to C33/C34; in the kernel a pump or balloon raises a"
                + " failing heart's own output and power more than in patients (docs/cohort-cardiogenic-shock.md)", parameters.death().perScorePoint(),
                parameters.death().perLogCpo());
    }
}
