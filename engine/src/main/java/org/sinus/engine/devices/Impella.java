package org.sinus.engine.devices;

import java.util.List;
import java.util.Locale;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;
import org.sinus.engine.scenario.ImpellaSpec;

/**
 * Impella: a micro-axial pump across the aortic valve, from the LV to the ascending aorta ({@code physiology.md}
 * section 3). It acts through the model's axial pump actuators, a linear pressure-head / flow curve evaluated by the
 * model at every stage, {@code Q = max(0, Q0 - s (Pao - Plv))}: the flow follows the simulated head, high in systole
 * (head near 0) and lower in diastole.
 *
 * <p><b>Curve at the top speed.</b> {@code Q0} is the model's published maximum flow (targets.md#C15: 2.5, CP 4.3,
 * 5.0 and 5.5 6.2 L/min), taken as the flow at zero head; the slope makes the flow half of it against a head of
 * {@link #HALF_FLOW_HEAD_MMHG} (assumption, for every model: Impella CP bench curves lose about half their flow
 * between 0 and 60 to 80 mmHg of head; we have no curves for the others and assume the models are scaled to the same
 * head at their rated flows), so {@code s = Q0 / (2 x 70 mmHg)}.
 *
 * <p><b>Lower speeds.</b> With speed fraction {@code r = n / nmax}, the pump affinity laws (flow in proportion to
 * speed, head to its square) scale the line: {@code Q0(r) = r Q0}, shut-off head {@code r^2 H0}, so
 * {@code s(r) = s / r}. Performance levels P-1 to P-9 map to speeds through the Automated Impella Controller's table
 * for the 2.5 and CP (25,000, 35,000, 38,000, 40,000, 43,000, 45,000, 47,000, 50,000, 51,000 rpm: Abiomed, Automated
 * Impella Controller instructions for use); the 5.0 and 5.5 use the same fractions (assumption).
 *
 * @param model the pump model
 * @param speedFraction speed as a fraction of the model's top speed, in (0, 1]
 */
public record Impella(Model model, double speedFraction) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("impella_zero_head_flow_l_per_min",
            "impella_head_slope_ml_per_s_per_mmhg", "impella_speed_fraction");

    /** Head against which the pump at any speed's top flow delivers half of it, mmHg (assumption, see above). */
    public static final double HALF_FLOW_HEAD_MMHG = 70;

    /** The Impella models with their published maximum flows (targets.md#C15). */
    public enum Model {
        /** Impella 2.5. */
        IMPELLA_2_5("2.5", 2.5),
        /** Impella CP. */
        IMPELLA_CP("cp", 4.3),
        /** Impella 5.0. */
        IMPELLA_5_0("5.0", 5.0),
        /** Impella 5.5. */
        IMPELLA_5_5("5.5", 6.2);

        private final String key;
        private final double maxFlowLPerMin;

        Model(String key, double maxFlowLPerMin) {
            this.key = key;
            this.maxFlowLPerMin = maxFlowLPerMin;
        }

        /** The name in scenario files: {@code 2.5}, {@code cp}, {@code 5.0}, {@code 5.5}. */
        public String key() {
            return key;
        }

        /** Published maximum flow, L/min (C15), the flow at zero head at the top speed here. */
        public double maxFlowLPerMin() {
            return maxFlowLPerMin;
        }

        /** The model of a scenario key. */
        public static Model of(String key) {
            for (Model m : values()) {
                if (m.key.equals(key.toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new IllegalArgumentException("Impella model '" + key + "' is not one of 2.5, cp, 5.0, 5.5");
        }
    }

    public Impella {
        if (model == null || !(speedFraction > 0 && speedFraction <= 1)) {
            throw new IllegalArgumentException("Impella: a model and a speed fraction in (0, 1] are required, got "
                    + model + " at " + speedFraction);
        }
    }

    /** The speed fraction of performance level P-{@code level}, 1 to 9 ({@link ImpellaSpec#speedFractionOfLevel}). */
    public static double speedFractionOfLevel(int level) {
        return ImpellaSpec.speedFractionOfLevel(level);
    }

    /** Flow at zero head at this speed, ml/s. */
    public double zeroHeadFlowMlPerS() {
        return speedFraction * model.maxFlowLPerMin() * 1000 / 60;
    }

    /** Flow lost per mmHg of head (aorta minus LV) at this speed, ml/s/mmHg. */
    public double headSlopeMlPerSPerMmHg() {
        return model.maxFlowLPerMin() * 1000 / 60 / (2 * HALF_FLOW_HEAD_MMHG) / speedFraction;
    }

    @Override
    public String name() {
        return "impella";
    }

    /** Continuous flow, every beat a cycle: 12 beats skipped (Windkessel and autoregulation settle), 8 measured. */
    @Override
    public Protocol protocol() {
        return new Protocol(15, 12, 8, 15 + 22 * 2.0 + 10);
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public Controller controller(int capacity) {
        boolean[] started = new boolean[capacity];
        double q0 = zeroHeadFlowMlPerS();
        double slope = headSlopeMlPerSPerMmHg();
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
                started[i] = true;
            }

            @Override
            public void act(double timeS, CardiovascularModel m, int from, int to) {
                for (int i = from; i < to; i++) {
                    if (started[i]) {
                        m.axialPumpFlowAtZeroHeadMlPerS[i] = q0;
                        m.axialPumpHeadSlopeMlPerSPerMmHg[i] = slope;
                    }
                }
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                return CycleEvent.COMPLETED;
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = q0 * 60 / 1000;
                out[1] = slope;
                out[2] = speedFraction;
            }
        };
    }
}
