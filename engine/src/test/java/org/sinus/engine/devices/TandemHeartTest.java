package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.scenario.TandemHeartSpec;

/**
 * The TandemHeart on the heart-failure reference patient ({@link DevicePatients#heartFailure}): what
 * {@code physiology.md} section 4 asks of a left atrial to arterial pump in a closed loop (left atrial pressure and
 * LVEDP fall, systemic flow rises, the native output falls as the pump takes the ventricle's preload), and the pump's
 * flow against targets.md#C17 ("up to 4 to 5 L/min"). Deterministic: nothing here can fail by chance.
 */
class TandemHeartTest {
    private static final PatientParameters PATIENT = DevicePatients.heartFailure(0);
    private static final TandemHeart TOP = new TandemHeart(7500);
    private static final TandemHeart SLOW = new TandemHeart(5000);
    private static ArmPhysiology control;
    private static ArmPhysiology top;
    private static ArmPhysiology slow;

    @BeforeAll
    static void simulate() {
        ArmPhysiology[][] r = DevicePatients.run(List.of(PATIENT),
                List.of(DevicePatients.control(TOP.protocol()), TOP, SLOW));
        control = r[0][0];
        top = r[1][0];
        slow = r[2][0];
        System.out.println(DevicePatients.circulation("control", control));
        System.out.println(DevicePatients.circulation("TandemHeart 7500 rpm", top));
        System.out.println(DevicePatients.circulation("TandemHeart 5000 rpm", slow));
    }

    @Test
    void unloadsTheLeftHeartAndRaisesSystemicFlow() {
        System.out.printf(Locale.ROOT, "TandemHeart 7500 rpm: LA %.1f -> %.1f mmHg, LVEDP %.1f -> %.1f mmHg, "
                + "systemic flow %.2f -> %.2f L/min, native (aortic valve) output %.2f -> %.2f L/min%n",
                control.get(Metric.MEAN_LA_MMHG), top.get(Metric.MEAN_LA_MMHG), control.get(Metric.LVEDP_MMHG),
                top.get(Metric.LVEDP_MMHG), control.get(Metric.SYSTEMIC_FLOW_L_PER_MIN),
                top.get(Metric.SYSTEMIC_FLOW_L_PER_MIN), control.get(Metric.CARDIAC_OUTPUT_L_PER_MIN),
                top.get(Metric.CARDIAC_OUTPUT_L_PER_MIN));
        assertTrue(top.get(Metric.MEAN_LA_MMHG) < control.get(Metric.MEAN_LA_MMHG) - 1, "left atrial pressure falls");
        assertTrue(top.get(Metric.LVEDP_MMHG) < control.get(Metric.LVEDP_MMHG) - 1, "LVEDP falls");
        assertTrue(top.get(Metric.LV_EDV_ML) < control.get(Metric.LV_EDV_ML), "the ventricle fills less");
        assertTrue(top.get(Metric.SYSTEMIC_FLOW_L_PER_MIN) > control.get(Metric.SYSTEMIC_FLOW_L_PER_MIN) + 0.5,
                "systemic flow rises");
        assertTrue(top.get(Metric.MEAN_AORTIC_MMHG) > control.get(Metric.MEAN_AORTIC_MMHG), "arterial pressure rises");
        assertTrue(top.get(Metric.CARDIAC_OUTPUT_L_PER_MIN) < control.get(Metric.CARDIAC_OUTPUT_L_PER_MIN),
                "the pump takes over part of the native output");
        // Ordered by speed: the slower pump does less of each.
        assertTrue(slow.get(Metric.MEAN_LA_MMHG) < control.get(Metric.MEAN_LA_MMHG)
                && slow.get(Metric.MEAN_LA_MMHG) > top.get(Metric.MEAN_LA_MMHG), "5000 rpm unloads less");
        assertTrue(slow.get(Metric.SYSTEMIC_FLOW_L_PER_MIN) < top.get(Metric.SYSTEMIC_FLOW_L_PER_MIN));
    }

    @Test
    void flowAtTheTopSpeedC17() {
        double flow = top.deviceMetrics()[0];
        double head = top.get(Metric.MEAN_AORTIC_MMHG) - top.get(Metric.MEAN_LA_MMHG);
        System.out.printf(Locale.ROOT, "C17  TandemHeart 7500 rpm: published up to 4 to 5 L/min; model mean %.2f "
                + "L/min at a mean head of %.1f mmHg (curve: 5.0 at 0, 4.0 at 60 mmHg); 5000 rpm: %.2f L/min%n",
                flow, head, slow.deviceMetrics()[0]);
        assertEquals(top.get(Metric.PUMP_FLOW_L_PER_MIN), flow, 1e-9,
                "the device's meter is the kernel's pump flow over the same beats");
        assertEquals(slow.get(Metric.PUMP_FLOW_L_PER_MIN), slow.deviceMetrics()[0], 1e-9);
        assertTrue(flow > 3.5 && flow <= 5,
                "C17: up to 4 to 5 L/min at the top speed (within 0.5 of the lower figure)");
        assertTrue(slow.deviceMetrics()[0] < 0.6 * flow, "a lower speed pumps much less against the same pressures");
        assertEquals(List.of(5.0, 1.0), List.of(top.deviceMetrics()[1], top.deviceMetrics()[2]));
    }

    @Test
    void curveFollowsTheAffinityLaws() {
        assertEquals(5.0 * 1000 / 60, TOP.zeroHeadFlowMlPerS(), 1e-9, "C17's maximum at zero head");
        assertEquals(4.0 * 1000 / 60, TOP.zeroHeadFlowMlPerS() - TOP.headSlopeMlPerSPerMmHg() * 60, 1e-9,
                "C17's lower figure at a 60 mmHg head");
        double r = SLOW.speedFraction();
        double shutOff = SLOW.zeroHeadFlowMlPerS() / SLOW.headSlopeMlPerSPerMmHg();
        assertEquals(TOP.zeroHeadFlowMlPerS() / TOP.headSlopeMlPerSPerMmHg() * r * r, shutOff, 1e-9,
                "shut-off head scales with the speed squared");
        assertEquals(0, TOP.flowMlPerS(0, 80), 1e-12, "an atrium sucked empty gives no flow");
        assertEquals(TOP.zeroHeadFlowMlPerS() / 2, TOP.flowMlPerS(ModelConstants.SUCTION_MMHG / 2,
                ModelConstants.SUCTION_MMHG / 2), 1e-12, "half the flow at half the suction limit, zero head");
        assertThrows(IllegalArgumentException.class, () -> new TandemHeart(2000));
        assertThrows(IllegalArgumentException.class, () -> new TandemHeart(8000));
    }

    @Test
    void specMapsAndActuatorsWaitForTheStart() {
        assertEquals(TOP, Devices.of(TandemHeartSpec.defaults()));
        assertEquals(SLOW, Devices.of(new TandemHeartSpec(5000)));
        assertEquals(15, TOP.protocol().warmupS(), "shares the 15 s warm-up");
        for (String m : TOP.metricNames()) {
            assertTrue(m.startsWith("tandemheart_"), m);
        }
        CardiovascularModel model = new CardiovascularModel(ModelConstants.defaults(), 2);
        double[][] y = new double[CardiovascularModel.DIMENSION][2];
        model.load(0, PATIENT, y);
        model.load(1, PATIENT, y);
        Controller c = TOP.controller(2);
        c.start(1, 15);
        c.act(15, model, 0, 2);
        assertEquals(0, model.laPumpFlowAtZeroHeadMlPerS[0], "patient 0 has not started");
        assertEquals(TOP.zeroHeadFlowMlPerS(), model.laPumpFlowAtZeroHeadMlPerS[1]);
        assertEquals(TOP.headSlopeMlPerSPerMmHg(), model.laPumpHeadSlopeMlPerSPerMmHg[1]);
    }
}
