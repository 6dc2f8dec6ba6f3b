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

/**
 * The Impella models at their top level (P-9) on the stable-angina reference patient: the simulated pump flow against
 * targets.md#C15 (maximum flows 2.5, CP 4.3, 5.0, 5.5 6.2 L/min, the curves' flow at zero head), and the behaviours of
 * {@code physiology.md} section 4 that an open loop can show: mean arterial pressure up, LV volumes down; and what it
 * cannot: LV systolic pressure rises here (the pump's flow raises the aortic pressure the ventricle ejects against,
 * while the fixed left atrial pressure keeps its preload), and LV end-diastolic pressure falls little because the left atrial pressure is fixed
 * (targets.md#C16, Impella CP in post-MI pigs: LVEDP 27.5 to 17.9 mmHg, LAP 17.3 to 10.8, CO 2.80 to 3.27 L/min).
 */
class ImpellaTest {
    private static final PatientParameters PATIENT = DevicePatients.stableAngina(false);
    private static final double PERIOD_S = 60.0 / 70;
    private static final double RSYS = 1.15;
    private static final double PRA = 3;
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

    /** Systemic flow, L/min: mean aortic minus right atrial pressure over the systemic resistance. */
    private static double systemicLPerMin(int device) {
        return (mean(device, Beat::meanAorticMmHg) - PRA) / RSYS * 60 / 1000;
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
        for (int d = 1; d <= models.length; d++) {
            double lvedpPump = runs.physiology()[d].get(Metric.LVEDP_MMHG);
            assertTrue(mean(d, Beat::meanAorticMmHg) > map + 2, "mean arterial pressure rises");
            // Open loop: the filling pressure is fixed, so the pump's flow adds to an unchanged stroke volume, the
            // aortic pressure rises against the fixed Rsys and the LV ejects against it: its peak pressure RISES. The
            // fall physiology.md expects needs the closed loop (pump drains the LV, Pla and preload fall).
            assertTrue(mean(d, Beat::lvSystolicMmHg) > lvSys, "open loop: LV systolic pressure rises with MAP");
            assertTrue(mean(d, Beat::esvMl) < esv && mean(d, Beat::edvMl) <= edv + 1e-6, "LV volumes fall");
            assertTrue(lvedpPump <= lvedp + 1e-6 && lvedp - lvedpPump < 1.0,
                    "LVEDP falls by less than 1 mmHg: the left atrial pressure is fixed in the open loop");
        }
        int cp = 2;
        System.out.printf(Locale.ROOT, "C16  Impella CP: LVEDP published 27.5 -> 17.9 mmHg (-9.6), model %.2f -> %.2f "
                + "(open loop: Pla fixed, needs the closed loop); CO published 2.80 -> 3.27 L/min (+17%%), model "
                + "systemic flow %.2f -> %.2f (%+.0f%%)%n", lvedp, runs.physiology()[cp].get(Metric.LVEDP_MMHG),
                systemicLPerMin(0), systemicLPerMin(cp), 100 * (systemicLPerMin(cp) / systemicLPerMin(0) - 1));
        assertTrue(systemicLPerMin(cp) > systemicLPerMin(0), "C16 direction: systemic flow rises");
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
