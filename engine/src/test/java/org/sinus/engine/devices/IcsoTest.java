package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;

/**
 * ICSO on a fixed timer, on the stable-angina reference patient. Seed 000: "because of the large capacity volume of
 * the cardiac venous system, it is unlikely that a single diastole-lasting balloon occlusion can produce a consistent
 * increase in coronary sinus pressure" (the 1977 form, 60 a minute); longer fixed occlusions do fill the veins.
 */
class IcsoTest {
    private static ArmPhysiology control;
    private static ArmPhysiology fast;
    private static ArmPhysiology slow;
    private static ArmPhysiology picso;

    @BeforeAll
    static void simulate() {
        ArmPhysiology[][] r = DevicePatients.run(List.of(DevicePatients.stableAngina(false)),
                List.of(new Control(), new Icso(0.5, 0.5), new Icso(10, 5), new Picso(1, 3, 20, 3, 90)));
        control = r[0][0];
        fast = r[1][0];
        slow = r[2][0];
        picso = r[3][0];
        for (var e : List.of(List.of("control", control), List.of("ICSO 0.5/0.5 s", fast),
                List.of("ICSO 10/5 s", slow), List.of("PICSO", picso))) {
            System.out.println(DevicePatients.line((String) e.get(0), (ArmPhysiology) e.get(1)));
        }
    }

    @Test
    void sixtyCyclesAMinuteBarelyRaiseSinusPressure() {
        double rise = fast.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG);
        double slowRise = slow.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG);
        System.out.printf(Locale.ROOT, "ICSO mean CS pressure rise: 0.5/0.5 s %+.1f mmHg, 10/5 s %+.1f mmHg%n", rise,
                slowRise);
        assertTrue(rise > 0 && rise < 3, "60 cycles a minute should raise mean CS pressure by under 3 mmHg: " + rise);
        assertTrue(rise < slowRise / 3, "a 1-s cycle should do less than a third of a 15-s cycle");
        assertEquals(0.5, fast.get(Metric.OCCLUSION_FRACTION), 0.05, "half the time occluded");
    }

    @Test
    void longFixedCyclesFillTheVeinsLikePicso() {
        double rise = slow.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG);
        double picsoRise = picso.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG);
        assertTrue(rise > 5, "10 s occlusions should raise mean CS pressure by more than 5 mmHg: " + rise);
        assertTrue(rise > 0.6 * picsoRise, "and reach most of PICSO's rise (" + picsoRise + ")");
        assertEquals(10.0 / 15, slow.get(Metric.OCCLUSION_FRACTION), 0.05);
        assertTrue(slow.get(Metric.RISK_VEIN_MEAN_MMHG) > fast.get(Metric.RISK_VEIN_MEAN_MMHG) + 4);
    }

    @Test
    void protocolMeasuresWholeCyclesAfterTheVeinsSettle() {
        assertEquals(15, new Icso(0.5, 0.5).protocol().warmupS());
        assertEquals(30, new Icso(0.5, 0.5).protocol().skipCycles());
        assertEquals(2, new Icso(10, 5).protocol().skipCycles());
        assertEquals(2, new Icso(10, 5).protocol().measureCycles());
        assertTrue(fast.deviceMetrics()[0] >= 38, "cycles counted: " + fast.deviceMetrics()[0]);
    }
}
