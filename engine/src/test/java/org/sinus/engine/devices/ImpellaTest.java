package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.devices.BeatTrace.Beat;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.Kernel;

/**
 * The Impella models at their top level (P-9) on the stable-angina reference patient: the simulated pump flow against
 * targets.md#C15 (maximum flows 2.5, CP 4.3, 5.0, 5.5 6.2 L/min, the curves' flow at zero head), and the behaviours of
 * {@code physiology.md} section 4 in the closed loop: mean arterial pressure up, LV volumes, LV end-diastolic and left
 * atrial pressure down, more the larger the pump; and the unloading of a failing ventricle against targets.md#C16
 * (Impella CP in post-MI pigs: LVEDP 27.5 to 17.9 mmHg, LAP 17.3 to 10.8, CO 2.80 to 3.27 L/min).
 */
class ImpellaTest {
    private static final PatientParameters PATIENT = DevicePatients.stableAngina(false);
    private static final double PERIOD_S = 60.0 / 70;
    private static BeatTrace.Runs runs;

    @BeforeAll
    static void simulate() {
        List<Device> devices = new ArrayList<>(List.of(BeatTrace.steadyControl()));
        for (Impella.Model m : Impella.Model.values()) {
            devices.add(new Impella(m, 1));
        }
        devices.add(new Impella(Impella.Model.IMPELLA_CP, Impella.speedFractionOfLevel(2)));
        runs = BeatTrace.run(PATIENT, devices, 15 + 12 * PERIOD_S);
    }

    private static double mean(int device, java.util.function.ToDoubleFunction<Beat> f) {
        return BeatTrace.mean(runs.beats().get(device), b -> true, f);
    }

    /** Systemic flow, L/min: native output plus the pump's, through the systemic resistance. */
    private static double systemicLPerMin(int device) {
        return runs.physiology()[device].get(Metric.SYSTEMIC_FLOW_L_PER_MIN);
    }

    @Test
    void pumpFlowAtTheTopLevelC15() {
        Impella.Model[] models = Impella.Model.values();
        for (int k = 0; k < models.length; k++) {
            double meanFlow = mean(k + 1, Beat::meanPumpMlPerS) * 60 / 1000;
            double peakFlow = mean(k + 1, Beat::peakPumpMlPerS) * 60 / 1000;
            double max = models[k].maxFlowLPerMin();
            System.out.printf(Locale.ROOT, "C15  Impella %-3s P-9: published maximum %.1f L/min; model mean %.2f L/min"
                    + " (%.0f%%), systolic peak %.2f L/min%n", models[k].key(), max, meanFlow, 100 * meanFlow / max,
                    peakFlow);
        }
        for (int k = 0; k < models.length; k++) {
            double max = models[k].maxFlowLPerMin();
            double meanFlow = mean(k + 1, Beat::meanPumpMlPerS) * 60 / 1000;
            double peakFlow = mean(k + 1, Beat::peakPumpMlPerS) * 60 / 1000;
            assertTrue(peakFlow > 0.95 * max && peakFlow < 1.1 * max,
                    "near-zero head in systole gives about the maximum flow");
            assertTrue(meanFlow > 0.5 * max && meanFlow < max, "diastolic head lowers the mean flow");
        }
        double p2 = mean(models.length + 1, Beat::meanPumpMlPerS) * 60 / 1000;
        System.out.printf(Locale.ROOT, "     Impella cp  P-2: model mean %.2f L/min (IFU for the 2.5 at P-2: 0.8 to 1.5)"
                + "%n", p2);
        assertTrue(p2 < 0.5 * mean(2, Beat::meanPumpMlPerS) * 60 / 1000, "a low level pumps much less");
    }

    @Test
    void unloadsTheVentricleAndRaisesArterialPressure() {
        double map = mean(0, Beat::meanAorticMmHg);
        double lvSys = mean(0, Beat::lvSystolicMmHg);
        double edv = mean(0, Beat::edvMl);
        double esv = mean(0, Beat::esvMl);
        double lvedp = runs.physiology()[0].get(Metric.LVEDP_MMHG);
        System.out.printf(Locale.ROOT, "%-14s MAP %5.1f | LV systolic %5.1f | EDV %5.1f ESV %5.1f | LVEDP %5.2f | "
                + "systemic flow %.2f L/min | PVA %.0f%n", "control", map, lvSys, edv, esv, lvedp, systemicLPerMin(0),
                runs.physiology()[0].get(Metric.PVA_MMHG_ML));
        Impella.Model[] models = Impella.Model.values();
        for (int k = 0; k < models.length; k++) {
            int d = k + 1;
            double lvedpPump = runs.physiology()[d].get(Metric.LVEDP_MMHG);
            System.out.printf(Locale.ROOT, "%-14s MAP %5.1f | LV systolic %5.1f | EDV %5.1f ESV %5.1f | LVEDP %5.2f | "
                    + "systemic flow %.2f L/min | PVA %.0f%n", "Impella " + models[k].key(),
                    mean(d, Beat::meanAorticMmHg), mean(d, Beat::lvSystolicMmHg), mean(d, Beat::edvMl),
                    mean(d, Beat::esvMl), lvedpPump, systemicLPerMin(d), runs.physiology()[d].get(Metric.PVA_MMHG_ML));
        }
        double previous = lvedp;
        for (int d = 1; d <= models.length; d++) {
            double lvedpPump = runs.physiology()[d].get(Metric.LVEDP_MMHG);
            assertTrue(mean(d, Beat::meanAorticMmHg) > map + 2, "mean arterial pressure rises");
            assertTrue(mean(d, Beat::esvMl) < esv && mean(d, Beat::edvMl) < edv, "LV volumes fall");
            // Closed loop: the pump drains the LV into the aorta, blood moves to the systemic side, the left atrial
            // pressure and preload fall; the larger the pump, the more.
            assertTrue(lvedpPump < previous, "LVEDP falls, more with a larger pump");
            assertTrue(runs.physiology()[d].get(Metric.MEAN_LA_MMHG) < runs.physiology()[0].get(Metric.MEAN_LA_MMHG),
                    "left atrial pressure falls");
            previous = lvedpPump;
        }
        int cp = 2;
        assertTrue(systemicLPerMin(cp) > systemicLPerMin(0), "C16 direction: systemic flow rises");
    }

    /**
     * targets.md#C16, Impella CP in pigs with post-infarction heart failure: LVEDP 27.5 +/- 10.1 to 17.9 +/- 4.5 mmHg,
     * LAP 17.3 to 10.8, CO 2.80 to 3.27 L/min. On the heart-failure reference patient (Emax 0.6, LAP 22 mmHg) the
     * changes must have the published directions and an LVEDP fall within the published spread (the fall's SD is not
     * given; the 95% range of the LVEDP SDs, about 10 mmHg, is taken as the tolerance of the change).
     */
    @Test
    void unloadsAFailingVentricleC16() {
        PatientParameters hf = DevicePatients.heartFailure(0);
        Kernel kernel = new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S);
        Impella cp = new Impella(Impella.Model.IMPELLA_CP, Impella.speedFractionOfLevel(8));
        ArmPhysiology[][] r = kernel.run(List.of(hf), List.of(DevicePatients.control(cp.protocol()), cp));
        ArmPhysiology before = r[0][0];
        ArmPhysiology after = r[1][0];
        double lvedp0 = before.get(Metric.LVEDP_MMHG);
        double lvedp1 = after.get(Metric.LVEDP_MMHG);
        double la0 = before.get(Metric.MEAN_LA_MMHG);
        double la1 = after.get(Metric.MEAN_LA_MMHG);
        double co0 = before.get(Metric.SYSTEMIC_FLOW_L_PER_MIN);
        double co1 = after.get(Metric.SYSTEMIC_FLOW_L_PER_MIN);
        System.out.printf(Locale.ROOT, "C16  Impella CP P-8, heart failure: LVEDP published 27.5 -> 17.9 (-9.6) mmHg, "
                + "model %.1f -> %.1f (%+.1f); LAP published 17.3 -> 10.8 (-6.5), model %.1f -> %.1f (%+.1f); CO "
                + "published 2.80 -> 3.27 L/min (+17%%), model systemic flow %.2f -> %.2f (%+.0f%%); MAP %.1f -> %.1f; "
                + "PVA %.0f -> %.0f mmHg ml%n", lvedp0, lvedp1, lvedp1 - lvedp0, la0, la1, la1 - la0, co0, co1,
                100 * (co1 / co0 - 1), before.get(Metric.MEAN_AORTIC_MMHG), after.get(Metric.MEAN_AORTIC_MMHG),
                before.get(Metric.PVA_MMHG_ML), after.get(Metric.PVA_MMHG_ML));
        assertTrue(lvedp1 < lvedp0 && la1 < la0 && co1 > co0, "C16 directions");
        assertEquals(-9.6, lvedp1 - lvedp0, 10, "C16 LVEDP change within the published spread");
        assertTrue(after.get(Metric.PVA_MMHG_ML) < before.get(Metric.PVA_MMHG_ML), "unloading lowers the PVA");
    }

    @Test
    void curveFollowsTheAffinityLaws() {
        Impella top = new Impella(Impella.Model.IMPELLA_CP, 1);
        assertEquals(4.3 * 1000 / 60, top.zeroHeadFlowMlPerS(), 1e-9);
        assertEquals(top.zeroHeadFlowMlPerS() / 2, top.zeroHeadFlowMlPerS()
                - top.headSlopeMlPerSPerMmHg() * Impella.HALF_FLOW_HEAD_MMHG, 1e-9, "half the flow at 70 mmHg");
        double r = Impella.speedFractionOfLevel(5);
        Impella p5 = new Impella(Impella.Model.IMPELLA_CP, r);
        assertEquals(43_000.0 / 51_000, r, 1e-12);
        double shutOff = p5.zeroHeadFlowMlPerS() / p5.headSlopeMlPerSPerMmHg();
        assertEquals(2 * Impella.HALF_FLOW_HEAD_MMHG * r * r, shutOff, 1e-9, "shut-off head scales with speed squared");
        assertEquals(1.0, Impella.speedFractionOfLevel(9));
        assertThrows(IllegalArgumentException.class, () -> Impella.speedFractionOfLevel(0));
        assertThrows(IllegalArgumentException.class, () -> new Impella(Impella.Model.IMPELLA_CP, 1.2));
        assertEquals(Impella.Model.IMPELLA_5_5, Impella.Model.of("5.5"));
        assertEquals(List.of(4.3, 0.0), List.of(runs.physiology()[2].deviceMetrics()[0],
                runs.physiology()[2].deviceMetrics()[2] - 1));
    }
}
