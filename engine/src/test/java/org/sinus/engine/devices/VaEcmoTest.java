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
import org.sinus.engine.scenario.VaEcmoSpec;

/**
 * VA-ECMO on the heart-failure reference patient ({@link DevicePatients#heartFailure}): the afterload penalty of
 * {@code physiology.md} section 4 must emerge, not be imposed (mean arterial and LV systolic pressure rise, the
 * ventricle ejects less and distends), the delivered flow against targets.md#C17 (3 to 5 L/min), and an Impella on
 * top (ECPELLA) unloads what ECMO loads. Deterministic: nothing here can fail by chance.
 */
class VaEcmoTest {
    private static final PatientParameters PATIENT = DevicePatients.heartFailure(0);
    private static final VaEcmo DEFAULT = new VaEcmo(4);
    private static final Impella CP = new Impella(Impella.Model.IMPELLA_CP, Impella.speedFractionOfLevel(8));
    private static final double[] FLOWS = {2, 3, 4, 5};
    private static ArmPhysiology control;
    private static ArmPhysiology[] ecmo;
    private static ArmPhysiology ecpella;

    @BeforeAll
    static void simulate() {
        List<org.sinus.engine.physiology.Device> devices = new java.util.ArrayList<>();
        devices.add(DevicePatients.control(DEFAULT.protocol()));
        for (double f : FLOWS) {
            devices.add(new VaEcmo(f));
        }
        devices.add(new Combined(List.of(DEFAULT, CP)));
        ArmPhysiology[][] r = DevicePatients.run(List.of(PATIENT), devices);
        control = r[0][0];
        ecmo = new ArmPhysiology[FLOWS.length];
        System.out.println(DevicePatients.circulation("control", control));
        for (int k = 0; k < FLOWS.length; k++) {
            ecmo[k] = r[k + 1][0];
            System.out.println(DevicePatients.circulation(String.format(Locale.ROOT, "VA-ECMO %.0f L/min", FLOWS[k]),
                    ecmo[k]));
        }
        ecpella = r[FLOWS.length + 1][0];
        System.out.println(DevicePatients.circulation("VA-ECMO 4 + Impella CP", ecpella));
    }

    private static ArmPhysiology at(double flow) {
        for (int k = 0; k < FLOWS.length; k++) {
            if (FLOWS[k] == flow) {
                return ecmo[k];
            }
        }
        throw new IllegalArgumentException("no run at " + flow);
    }

    @Test
    void theAfterloadPenaltyEmerges() {
        ArmPhysiology e = at(4);
        System.out.printf(Locale.ROOT, "VA-ECMO 4 L/min: MAP %.1f -> %.1f mmHg, LV systolic %.1f -> %.1f mmHg, stroke "
                + "volume %.1f -> %.1f ml, EF %.2f -> %.2f, LVEDP %.1f -> %.1f mmHg, LA %.1f -> %.1f mmHg%n",
                control.get(Metric.MEAN_AORTIC_MMHG), e.get(Metric.MEAN_AORTIC_MMHG),
                control.get(Metric.LV_SYSTOLIC_MMHG), e.get(Metric.LV_SYSTOLIC_MMHG),
                control.get(Metric.STROKE_VOLUME_ML), e.get(Metric.STROKE_VOLUME_ML),
                control.get(Metric.EJECTION_FRACTION), e.get(Metric.EJECTION_FRACTION), control.get(Metric.LVEDP_MMHG),
                e.get(Metric.LVEDP_MMHG), control.get(Metric.MEAN_LA_MMHG), e.get(Metric.MEAN_LA_MMHG));
        assertTrue(e.get(Metric.MEAN_AORTIC_MMHG) > control.get(Metric.MEAN_AORTIC_MMHG) + 5,
                "mean arterial pressure rises");
        assertTrue(e.get(Metric.LV_SYSTOLIC_MMHG) > control.get(Metric.LV_SYSTOLIC_MMHG) + 5,
                "the ventricle ejects against a higher pressure: afterload");
        assertTrue(e.get(Metric.STROKE_VOLUME_ML) < control.get(Metric.STROKE_VOLUME_ML) - 5, "stroke volume falls");
        assertTrue(e.get(Metric.EJECTION_FRACTION) < control.get(Metric.EJECTION_FRACTION), "ejection fraction falls");
        assertTrue(e.get(Metric.CARDIAC_OUTPUT_L_PER_MIN) < control.get(Metric.CARDIAC_OUTPUT_L_PER_MIN),
                "native output falls");
        assertTrue(e.get(Metric.LVEDP_MMHG) > control.get(Metric.LVEDP_MMHG), "the ventricle distends: LVEDP rises");
        assertTrue(e.get(Metric.MEAN_RA_MMHG) < control.get(Metric.MEAN_RA_MMHG), "the right atrium is drained");
        assertTrue(e.get(Metric.SYSTEMIC_FLOW_L_PER_MIN) > control.get(Metric.SYSTEMIC_FLOW_L_PER_MIN) + 1,
                "the body receives more");
        for (int k = 1; k < FLOWS.length; k++) {
            assertTrue(ecmo[k].get(Metric.MEAN_AORTIC_MMHG) > ecmo[k - 1].get(Metric.MEAN_AORTIC_MMHG)
                    && ecmo[k].get(Metric.LV_SYSTOLIC_MMHG) > ecmo[k - 1].get(Metric.LV_SYSTOLIC_MMHG)
                    && ecmo[k].get(Metric.STROKE_VOLUME_ML) < ecmo[k - 1].get(Metric.STROKE_VOLUME_ML),
                    "the penalty grows with the flow");
        }
    }

    @Test
    void deliversTheSetFlowC17() {
        for (int k = 0; k < FLOWS.length; k++) {
            System.out.printf(Locale.ROOT, "C17  VA-ECMO set %.1f L/min: published usual range 3 to 5 L/min; model "
                    + "delivered %.3f L/min (right atrium %.1f mmHg, suction limit below %.0f)%n", FLOWS[k],
                    ecmo[k].deviceMetrics()[0], ecmo[k].get(Metric.MEAN_RA_MMHG), ModelConstants.SUCTION_MMHG);
            assertEquals(ecmo[k].get(Metric.PUMP_FLOW_L_PER_MIN), ecmo[k].deviceMetrics()[0], 1e-9,
                    "the device's meter is the kernel's pump flow over the same beats");
        }
        double delivered = at(4).deviceMetrics()[0];
        assertTrue(delivered >= 3 && delivered <= 5, "C17: 3 to 5 L/min at the default setting");
        assertEquals(4, delivered, 1e-6, "the atrium is not sucked empty: the set flow is delivered");
        assertEquals(4, at(4).deviceMetrics()[1]);
    }

    @Test
    void anImpellaOnTopUnloadsWhatEcmoLoads() {
        ArmPhysiology e = at(4);
        double[] m = ecpella.deviceMetrics();
        System.out.printf(Locale.ROOT, "ECPELLA: LVEDP %.1f (ECMO alone %.1f) mmHg, LA %.1f (%.1f) mmHg, pumps "
                + "%.2f L/min (ECMO %.2f)%n", ecpella.get(Metric.LVEDP_MMHG), e.get(Metric.LVEDP_MMHG),
                ecpella.get(Metric.MEAN_LA_MMHG), e.get(Metric.MEAN_LA_MMHG),
                ecpella.get(Metric.PUMP_FLOW_L_PER_MIN), m[VaEcmo.METRICS.indexOf("va_ecmo_flow_l_per_min")]);
        assertEquals(VaEcmo.METRICS.size() + Impella.METRICS.size(), m.length);
        assertTrue(ecpella.get(Metric.LVEDP_MMHG) < e.get(Metric.LVEDP_MMHG), "the Impella vents the ventricle");
        assertTrue(ecpella.get(Metric.PUMP_FLOW_L_PER_MIN) > e.get(Metric.PUMP_FLOW_L_PER_MIN) + 0.5,
                "both pumps run");
        assertEquals(4, m[0], 1e-6, "ECMO still delivers its set flow");
    }

    /** The slowest to settle (the most volume moved): 30 beats against 100, within 0.2 mmHg (docs/model.md). */
    @Test
    void settledWhenMeasuredAndPicsoLeadsACombination() {
        VaEcmo high = new VaEcmo(5);
        org.sinus.engine.physiology.Device longer = new org.sinus.engine.physiology.Device() {
            @Override
            public String name() {
                return high.name();
            }

            @Override
            public org.sinus.engine.physiology.Protocol protocol() {
                return PumpMeter.protocol(100, PumpMeter.MEASURE_BEATS);
            }

            @Override
            public List<String> metricNames() {
                return high.metricNames();
            }

            @Override
            public Controller controller(int capacity) {
                return high.controller(capacity);
            }
        };
        ArmPhysiology[][] r = DevicePatients.run(List.of(DevicePatients.heartFailure(0.3)), List.of(high, longer));
        for (Metric m : List.of(Metric.MEAN_AORTIC_MMHG, Metric.MEAN_LA_MMHG, Metric.MEAN_RA_MMHG, Metric.LVEDP_MMHG)) {
            System.out.printf(Locale.ROOT, "VA-ECMO 5 L/min, %s after %d beats %.2f, after 100 %.2f%n", m.column(),
                    PumpMeter.SETTLE_BEATS, r[0][0].get(m), r[1][0].get(m));
            assertEquals(r[1][0].get(m), r[0][0].get(m), 0.2, m.column());
        }
        Picso picso = new Picso(1, 3, 20, 3, 90);
        assertEquals(1, new Combined(List.of(DEFAULT, picso)).lead(), "PICSO's cycles lead");
        assertEquals(1, new Combined(List.of(new TandemHeart(7500), picso)).lead());
        assertEquals(0, new Combined(List.of(DEFAULT, CP)).lead(), "ECMO's settling leads the Impella's");
    }

    @Test
    void specMapsAndActuatorsWaitForTheStart() {
        assertEquals(DEFAULT, Devices.of(VaEcmoSpec.defaults()));
        assertEquals(new VaEcmo(6.5), Devices.of(new VaEcmoSpec(6.5)));
        assertEquals(15, DEFAULT.protocol().warmupS(), "shares the 15 s warm-up");
        for (String m : DEFAULT.metricNames()) {
            assertTrue(m.startsWith("va_ecmo_"), m);
        }
        assertThrows(IllegalArgumentException.class, () -> new VaEcmo(0.5));
        assertThrows(IllegalArgumentException.class, () -> new VaEcmo(7.5));
        CardiovascularModel model = new CardiovascularModel(ModelConstants.defaults(), 2);
        double[][] y = new double[CardiovascularModel.DIMENSION][2];
        model.load(0, PATIENT, y);
        model.load(1, PATIENT, y);
        Controller c = DEFAULT.controller(2);
        c.start(1, 15);
        c.act(15, model, 0, 2);
        assertEquals(0, model.raPumpFlowMlPerS[0], "patient 0 has not started");
        assertEquals(4000.0 / 60, model.raPumpFlowMlPerS[1], 1e-12);
    }
}
