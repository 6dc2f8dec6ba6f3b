package org.sinus.engine.devices;

import java.util.List;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Veno-arterial extracorporeal membrane oxygenation (VA-ECMO; {@code physiology.md} section 3): venous blood is
 * drained from the right atrium, oxygenated and returned into the arteries at a set flow. It acts through the
 * model's venous pump actuator, a flow source from the right atrium into the arterial compartment,
 * {@code Q = Qset x drainable(Pra)}: the console holds the flow (clinical ECMO is run to a flow target), until the
 * drainage cannula sucks the atrium empty below 2 mmHg (the model's suction limit) and the flow falls with it.
 *
 * <p>Nothing else is imposed. The afterload penalty the source review warns of (seed 000) emerges: the returned
 * flow enters the arteries the ventricle ejects into, so the aortic pressure rises, while the drained right heart
 * passes less blood to the lungs; the ventricle ejects a smaller stroke volume against a higher pressure, its
 * systolic pressure follows the aortic pressure up, and it distends (end-diastolic volume and pressure and the left
 * atrial pressure rise: {@code VaEcmoTest}). No part of this is written into the device. The set flow is the
 * scenario's; 3 to 5 L/min is usual (targets.md#C17).
 *
 * @param flowLPerMin set flow, L/min, in [1, 7]
 */
public record VaEcmo(double flowLPerMin) implements Device {
    /** Metric names, in {@link Controller#metrics} order. */
    public static final List<String> METRICS = List.of("va_ecmo_flow_l_per_min", "va_ecmo_set_flow_l_per_min");

    public VaEcmo {
        if (!(flowLPerMin >= 1 && flowLPerMin <= 7)) {
            throw new IllegalArgumentException("VA-ECMO: flow " + flowLPerMin + " L/min must be in [1, 7]");
        }
    }

    /** The set flow, ml/s. */
    public double setFlowMlPerS() {
        return flowLPerMin * 1000 / 60;
    }

    @Override
    public String name() {
        return "va-ecmo";
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
        double q = setFlowMlPerS();
        return new PumpMeter.MeteredController(capacity) {
            @Override
            void drive(CardiovascularModel model, int i) {
                model.raPumpFlowMlPerS[i] = q;
            }

            @Override
            double flowMlPerS(double[][] y, int i) {
                return q * CardiovascularModel.drainable(y[CardiovascularModel.RA][i]);
            }

            @Override
            public void metrics(int i, double[] out) {
                out[0] = meter.meanLPerMin(i);
                out[1] = flowLPerMin;
            }
        };
    }
}
