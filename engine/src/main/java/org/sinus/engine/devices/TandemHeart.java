package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * TandemHeart: a centrifugal pump that drains the left atrium through a transseptal cannula and returns the blood
 * into a femoral artery ({@code physiology.md} section 3). It acts through the model's left atrial pump actuators,
 * a linear pressure-head / flow curve that the model evaluates at every stage,
 * {@code Q = max(0, Q0 - s (Pao - Pla)) x drainable(Pla)}, where the last factor is the model's suction limit (the
 * cannula sucks the atrium empty below 2 mmHg). Pump and cannulas are one lumped curve; the flow follows the
 * simulated head, and the pump lowers the left atrial pressure it drains from.
 *
 * <p><b>Curve at the top speed</b> (7500 rpm, the console's highest; TandemHeart instructions for use give 3000 to
 * 7500 rpm). The manufacturer's "up to 4 to 5 L/min" (targets.md#C17) is read as the spread between the flow at
 * zero head, {@link #MAX_FLOW_L_PER_MIN} = 5 L/min, the maximum, and the flow against a typical clinical head of
 * {@link #CLINICAL_HEAD_MMHG} = 60 mmHg (mean arterial 75 minus left atrial 15 mmHg in cardiogenic shock), 4 L/min.
 * So {@code s = (5 - 4) L/min / 60 mmHg} = 0.28 ml/s/mmHg and the shut-off head is 300 mmHg. Both the reading and
 * the clinical head are assumptions: no head / flow curve of the pump with its cannulas is in our sources. A
 * centrifugal pump's curve is flatter than an axial pump's (the Impella's loses half its flow at 70 mmHg,
 * {@link Impella}), so the TandemHeart's flow depends little on the head at its top speed.
 *
 * <p><b>Lower speeds.</b> With speed fraction {@code r = rpm / 7500}, the pump affinity laws (flow in proportion to
 * speed, head to its square) scale the line as for the Impella: {@code Q0(r) = r Q0}, shut-off head {@code r^2 H0},
 * so {@code s(r) = s / r}. At 3000 rpm the shut-off head is 48 mmHg: the pump does not run forward against a
 * normal arterial pressure, as clinicians see at low speeds.
 *
 * @param rpm pump speed, rpm, in [3000, 7500]
 */
public record TandemHeart(double rpm) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("tandemheart_flow_l_per_min",
            "tandemheart_zero_head_flow_l_per_min", "tandemheart_speed_fraction");

    /** Top console speed, rpm. */
    public static final double MAX_RPM = 7500;
    /** Lowest console speed, rpm. */
    public static final double MIN_RPM = 3000;
    /** Flow at zero head at the top speed, L/min: C17's upper figure, the maximum. */
    public static final double MAX_FLOW_L_PER_MIN = 5;
    /** Flow at the top speed against {@link #CLINICAL_HEAD_MMHG}, L/min: C17's lower figure (assumption). */
    public static final double CLINICAL_FLOW_L_PER_MIN = 4;
    /** A typical head in use, arterial minus left atrial pressure, mmHg (assumption, see above). */
    public static final double CLINICAL_HEAD_MMHG = 60;

    public TandemHeart {
        if (!(rpm >= MIN_RPM && rpm <= MAX_RPM)) {
            throw new IllegalArgumentException("TandemHeart: speed " + rpm + " rpm must be in [3000, 7500]");
        }
    }

    /** Speed as a fraction of the top speed. */
    public double speedFraction() {
        return rpm / MAX_RPM;
    }

    /** Flow at zero head at this speed, ml/s. */
    public double zeroHeadFlowMlPerS() {
        return speedFraction() * MAX_FLOW_L_PER_MIN * 1000 / 60;
    }

    /** Flow lost per mmHg of head (aorta minus left atrium) at this speed, ml/s/mmHg. */
    public double headSlopeMlPerSPerMmHg() {
        return (MAX_FLOW_L_PER_MIN - CLINICAL_FLOW_L_PER_MIN) * 1000 / 60 / CLINICAL_HEAD_MMHG / speedFraction();
    }

    /** The pump's flow at left atrial pressure {@code pla} and aortic {@code pao}, ml/s: the model's law. */
    double flowMlPerS(double pla, double pao) {
        return CardiovascularModel.centrifugalFlow(zeroHeadFlowMlPerS(), headSlopeMlPerSPerMmHg(), pla, pao);
    }

    @Override
    public String name() {
        return "tandemheart";
    }

    /** Continuous flow, every beat a cycle: the extracorporeal pumps' protocol ({@link PumpMeter#PROTOCOL}). */
    @Override
    public Protocol protocol() {
        return PumpMeter.PROTOCOL;
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        double q0 = zeroHeadFlowMlPerS();
        double slope = headSlopeMlPerSPerMmHg();
        return new PumpMeter.MeteredController(capacity) {
            @Override
            void drive(CardiovascularModel model, int i) {
                model.laPumpFlowAtZeroHeadMlPerS[i] = q0;
                model.laPumpHeadSlopeMlPerSPerMmHg[i] = slope;
            }

            @Override
            double flowMlPerS(double[][] y, int i) {
                return CardiovascularModel.centrifugalFlow(q0, slope, y[CardiovascularModel.LA][i],
                        y[CardiovascularModel.AORTA][i]);
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = meter.meanLPerMin(i);
                out[1] = q0 * 60 / 1000;
                out[2] = speedFraction();
            }
        };
    }
}
