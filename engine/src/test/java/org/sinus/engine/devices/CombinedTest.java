package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.devices.BeatTrace.Beat;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.PatientParameters;

/**
 * PICSO with an IABP and with an Impella (seed 000 proposes both), on the stable-angina reference patient: PICSO's
 * plateau cycling and each support device's own effect must both still appear in the combination.
 */
class CombinedTest {
    private static final PatientParameters PATIENT = DevicePatients.stableAngina(false);
    private static final double PERIOD_S = 60.0 / 70;
    private static final Picso PICSO = new Picso(1, 3, 20, 3, 90);
    private static final Iabp IABP = new Iabp(40, 1);
    private static final Impella IMPELLA = new Impella(Impella.Model.IMPELLA_CP, 1);
    private static BeatTrace.Runs runs;

    @BeforeAll
    static void simulate() {
        runs = BeatTrace.run(PATIENT, List.of(BeatTrace.steadyControl(), PICSO, new Combined(List.of(PICSO, IABP)),
                new Combined(List.of(IMPELLA, PICSO))), 15 + 12 * PERIOD_S);
        String[] labels = {"control", "PICSO", "PICSO + IABP", "Impella + PICSO"};
        for (int d = 0; d < labels.length; d++) {
            System.out.println(DevicePatients.line(labels[d], runs.physiology()[d]) + String.format(Locale.ROOT,
                    " | diastolic peak %5.1f | pump %.2f L/min", mean(d, Beat::diastolicPeakMmHg),
                    mean(d, Beat::meanPumpMlPerS) * 0.06));
        }
    }

    private static double mean(int d, java.util.function.ToDoubleFunction<Beat> f) {
        return BeatTrace.mean(runs.beats().get(d), b -> true, f);
    }

    @Test
    void picsoCyclesAndTheBalloonAugmentsTogether() {
        ArmPhysiology picso = runs.physiology()[1];
        ArmPhysiology both = runs.physiology()[2];
        double[] m = both.deviceMetrics();
        assertEquals(Picso.METRICS.size() + Iabp.METRICS.size(), m.length);
        assertTrue(m[5] >= 2 && m[4] == 0, "PICSO completes plateau cycles, none by a safety limit");
        System.out.printf(Locale.ROOT, "PICSO alone: first plateau %.0f beats, occlusion %.1f s; with IABP: %.0f beats,"
                + " %.1f s%n", picso.deviceMetrics()[0], picso.deviceMetrics()[2], m[0], m[2]);
        assertTrue(m[2] > 3 && m[2] < 20, "occlusions end at a plateau, not at the time limit");
        assertTrue(both.get(Metric.CS_MEAN_MMHG) > runs.physiology()[0].get(Metric.CS_MEAN_MMHG) + 5,
                "the sinus pressure rises as under PICSO");
        assertTrue(mean(2, Beat::diastolicPeakMmHg) > mean(0, Beat::diastolicPeakMmHg) + 8,
                "diastolic augmentation persists");
        assertTrue(m[Picso.METRICS.size() + 2] > 39.9, "the balloon fills");
        assertEquals(PICSO.protocol(), new Combined(List.of(PICSO, IABP)).protocol(), "PICSO's cycles lead");
    }

    @Test
    void picsoCyclesAndThePumpUnloadsTogether() {
        ArmPhysiology both = runs.physiology()[3];
        double[] m = both.deviceMetrics();
        int picso = Impella.METRICS.size();
        assertTrue(m[picso + 5] >= 2 && m[picso + 2] < 20, "PICSO completes plateau cycles");
        assertTrue(both.get(Metric.CS_MEAN_MMHG) > runs.physiology()[0].get(Metric.CS_MEAN_MMHG) + 5);
        assertTrue(mean(3, Beat::meanPumpMlPerS) * 0.06 > 2, "the pump runs (CP alone: 2.3 L/min)");
        assertTrue(mean(3, Beat::meanAorticMmHg) > mean(0, Beat::meanAorticMmHg) + 2, "mean arterial pressure rises");
        assertTrue(mean(3, Beat::esvMl) < mean(0, Beat::esvMl), "the LV empties further");
    }

    @Test
    void combinationsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Combined(List.of(PICSO)));
        assertThrows(IllegalArgumentException.class, () -> new Combined(List.of(IABP, new Iabp(30, 2))));
        assertEquals(1, new Combined(List.of(IABP, PICSO)).lead());
        assertEquals("combined", new Combined(List.of(IABP, PICSO)).name());
    }
}
