package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.Observation;

/**
 * Synchronised retroperfusion against targets.md#C09 (Duke SRP study, high-risk PTCA, n = 21: pressure at the SRP
 * catheter's tip during SRP mean 21 +/- 6, peak systolic 44 +/- 13 mmHg, versus 10 / 16 unsupported) on the
 * stable-angina reference patient at the default 150 ml/min and at the top of the typical range, 250 ml/min. The
 * catheter's balloon sits in the great cardiac vein and the blood is pumped distal to it, into the at-risk
 * territory's subepicardial veins, whose pressure (mean and per-beat peak) is compared with C09.
 *
 * <p>Mean and peak are met at the default flow ({@link #greatCardiacVeinPressureC09}). Until this version the blood
 * was pumped into the model's whole sinus compartment behind an ostial balloon, and the mean reached only 8 mmHg (peak
 * 10): a compliant compartment of all the epicardial veins, not the balloon-isolated vein C09 measured.
 */
class RetroperfusionTest {
    private static ArmPhysiology control;
    private static ArmPhysiology srp;
    private static ArmPhysiology srpHigh;

    @BeforeAll
    static void simulate() {
        ArmPhysiology[][] r = DevicePatients.run(List.of(DevicePatients.stableAngina(false)),
                List.of(new Control(), new Retroperfusion(150), new Retroperfusion(250)));
        control = r[0][0];
        srp = r[1][0];
        srpHigh = r[2][0];
        System.out.println(DevicePatients.line("unsupported", control));
        System.out.println(DevicePatients.line("SRP 150 ml/min", srp));
        System.out.println(DevicePatients.line("SRP 250 ml/min", srpHigh));
    }

    private static String verdict(double published, double sd, double model) {
        return Math.abs(model - published) <= sd ? "within 1 SD"
                : String.format(Locale.ROOT, "MISSES by %.1f SD", Math.abs(model - published) / sd);
    }

    private static void print(String what, double published, double sd, double unsupported, double model) {
        System.out.printf(Locale.ROOT, "C09  %-42s published %5.1f +/- %4.1f   model %5.1f (unsupported: published "
                + "%s, model %.1f)  %s%n", what, published, sd, model, what.contains("mean") ? "10" : "16", unsupported,
                verdict(published, sd, model));
    }

    /**
     * C09's mean and peak within one published SD at the default flow (22.0 and 42.8 mmHg); at 250 ml/min the mean is
     * 1.5 SD high. The unsupported baseline differs: the model's at-risk subepicardial veins are intramyocardial and
     * squeezed by a quarter of LV pressure in systole, so their unsupported peak (28 mmHg) is above the 16 mmHg
     * measured in the epicardial great cardiac vein, and their mean (7.7) a little below the published 10.
     */
    @Test
    void greatCardiacVeinPressureC09() {
        print("mean great cardiac vein pressure, 150 ml/min", 21, 6, control.get(Metric.RISK_VEIN_MEAN_MMHG),
                srp.get(Metric.RISK_VEIN_MEAN_MMHG));
        print("peak great cardiac vein pressure, 150 ml/min", 44, 13, control.get(Metric.RISK_VEIN_PEAK_MMHG),
                srp.get(Metric.RISK_VEIN_PEAK_MMHG));
        print("mean great cardiac vein pressure, 250 ml/min", 21, 6, control.get(Metric.RISK_VEIN_MEAN_MMHG),
                srpHigh.get(Metric.RISK_VEIN_MEAN_MMHG));
        print("peak great cardiac vein pressure, 250 ml/min", 44, 13, control.get(Metric.RISK_VEIN_PEAK_MMHG),
                srpHigh.get(Metric.RISK_VEIN_PEAK_MMHG));
        assertEquals(21, srp.get(Metric.RISK_VEIN_MEAN_MMHG), 6, "C09 mean within one SD at the default flow");
        assertEquals(44, srp.get(Metric.RISK_VEIN_PEAK_MMHG), 13, "C09 peak within one SD at the default flow");
        assertTrue(srp.get(Metric.RISK_VEIN_PEAK_MMHG) > control.get(Metric.RISK_VEIN_PEAK_MMHG) + 5,
                "SRP raises the peak");
        assertTrue(srpHigh.get(Metric.RISK_VEIN_PEAK_MMHG) > srp.get(Metric.RISK_VEIN_PEAK_MMHG),
                "more flow, higher peak");
        assertTrue(srpHigh.get(Metric.RISK_VEIN_MEAN_MMHG) > srp.get(Metric.RISK_VEIN_MEAN_MMHG),
                "more flow, higher mean");
        assertTrue(Math.abs(srp.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG)) < 3,
                "the rest of the sinus drains as usual");
    }

    @Test
    void balloonIsUpAndPumpOnOnlyInDiastole() {
        double[] maxLvMinusAorta = {Double.NEGATIVE_INFINITY};
        double[] pumped = {0, 0, 0};
        Device device = new Retroperfusion(150);
        new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S).run(
                List.of(DevicePatients.stableAngina(false)), List.of(device), (d, i, t, obs, model) -> {
                    if (d != 0 || t < device.protocol().warmupS()) {
                        return;
                    }
                    if (model.greatVeinPumpMlPerS[i] > 0) {
                        maxLvMinusAorta[0] = Math.max(maxLvMinusAorta[0],
                                obs[Observation.LV_PRESSURE] - obs[Observation.AORTIC_PRESSURE]);
                        assertEquals(0, model.greatVeinOpen[i], "balloon up while pumping");
                        pumped[0] += model.greatVeinPumpMlPerS[i] * Kernel.DEFAULT_STEP_S;
                    }
                    pumped[model.greatVeinOpen[i] == 1 ? 1 : 2] += Kernel.DEFAULT_STEP_S; // open and closed time
                    assertEquals(1, model.csOstiumOpen[i], "the ostium stays open");
                });
        System.out.printf(Locale.ROOT, "SRP: largest LV minus aortic pressure while pumping %.1f mmHg%n",
                maxLvMinusAorta[0]);
        assertTrue(maxLvMinusAorta[0] < -40, "pumping only while LV pressure is far below aortic pressure");
        assertTrue(pumped[0] > 0 && pumped[1] > 0, "both phases occur");
        assertEquals(150, srp.deviceMetrics()[1] * srp.deviceMetrics()[0] * 60, 1e-9, "mean flow is the set flow");
        assertEquals(srp.deviceMetrics()[0], pumped[2] / (pumped[1] + pumped[2]), 0.01,
                "balloon up for the diastolic fraction");
        assertEquals(0, srp.get(Metric.OCCLUSION_FRACTION), "the ostium is never occluded");
    }
}
