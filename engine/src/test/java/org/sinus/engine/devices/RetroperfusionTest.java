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
 * Synchronised retroperfusion against targets.md#C09 (Duke SRP study, high-risk PTCA, n = 21: CS pressure during SRP
 * mean 21 +/- 6, peak systolic 44 +/- 13 mmHg, versus 10 / 16 unsupported) on the stable-angina reference patient at
 * the default 150 ml/min and at the top of the typical range, 250 ml/min.
 *
 * <p><b>The model misses C09.</b> It reaches a mean of about 8 (150 ml/min) to 11 mmHg (250 ml/min) and a peak of 10
 * to 15 mmHg: the rise has the right sign but is a third of the published one. The pumped volume (2 to 4 ml a beat)
 * goes into the model's single compliant compartment of epicardial veins and sinus (0.32 ml/mmHg below its knee,
 * fitted to C01, C02, C04), and drains in each systole through an ostium with a time constant of 0.2 s; the published
 * pressures were measured at the catheter in a balloon-isolated great cardiac vein, a much smaller and stiffer segment
 * than the model has. The unsupported baseline also differs (model 4 / 7, published 10 / 16 mmHg; the model's open
 * sinus is fitted to C01's 4.1 mmHg). So the test checks only the direction (SRP raises mean and peak sinus pressure,
 * more with more flow) and prints the figures; the flow is not tuned to hit C09.
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

    private static void print(String what, double published, double sd, double unsupported, double model) {
        System.out.printf(Locale.ROOT, "C09  %-34s published %5.1f +/- %4.1f   model %5.1f (unsupported: published "
                + "%s, model %.1f)  %s%n", what, published, sd, model, what.contains("mean") ? "10" : "16", unsupported,
                Math.abs(model - published) <= sd ? "within 1 SD" : "MISSES by " + String.format(Locale.ROOT,
                        "%.1f SD", Math.abs(model - published) / sd));
    }

    @Test
    void sinusPressureRisesTowardsC09() {
        print("mean CS pressure, 150 ml/min", 21, 6, control.get(Metric.CS_MEAN_MMHG), srp.get(Metric.CS_MEAN_MMHG));
        print("peak CS pressure, 150 ml/min", 44, 13, control.get(Metric.CS_SYSTOLIC_MMHG),
                srp.get(Metric.CS_SYSTOLIC_MMHG));
        print("mean CS pressure, 250 ml/min", 21, 6, control.get(Metric.CS_MEAN_MMHG),
                srpHigh.get(Metric.CS_MEAN_MMHG));
        print("peak CS pressure, 250 ml/min", 44, 13, control.get(Metric.CS_SYSTOLIC_MMHG),
                srpHigh.get(Metric.CS_SYSTOLIC_MMHG));
        assertTrue(srp.get(Metric.CS_MEAN_MMHG) > control.get(Metric.CS_MEAN_MMHG) + 2, "SRP raises mean CS pressure");
        assertTrue(srp.get(Metric.CS_SYSTOLIC_MMHG) > control.get(Metric.CS_SYSTOLIC_MMHG) + 2,
                "SRP raises peak CS pressure");
        assertTrue(srpHigh.get(Metric.CS_MEAN_MMHG) > srp.get(Metric.CS_MEAN_MMHG), "more flow, more pressure");
        assertTrue(srp.get(Metric.RISK_VEIN_MEAN_MMHG) > control.get(Metric.RISK_VEIN_MEAN_MMHG),
                "the pumped blood raises the at-risk venous pressure");
    }

    @Test
    void balloonIsUpAndPumpOnOnlyInDiastole() {
        double[] maxLvMinusAorta = {Double.NEGATIVE_INFINITY};
        double[] pumped = {0, 0};
        Device device = new Retroperfusion(150);
        new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S).run(
                List.of(DevicePatients.stableAngina(false)), List.of(device), (d, i, t, obs, model) -> {
                    if (d == 0 && model.sinusPumpMlPerS[i] > 0) {
                        maxLvMinusAorta[0] = Math.max(maxLvMinusAorta[0],
                                obs[Observation.LV_PRESSURE] - obs[Observation.AORTIC_PRESSURE]);
                        assertEquals(0, model.csOstiumOpen[i], "balloon up while pumping");
                        pumped[0] += model.sinusPumpMlPerS[i] * Kernel.DEFAULT_STEP_S;
                    }
                    if (d == 0 && model.csOstiumOpen[i] == 1) {
                        pumped[1] += Kernel.DEFAULT_STEP_S; // open time
                    }
                });
        System.out.printf(Locale.ROOT, "SRP: largest LV minus aortic pressure while pumping %.1f mmHg%n",
                maxLvMinusAorta[0]);
        assertTrue(maxLvMinusAorta[0] < -40, "pumping only while LV pressure is far below aortic pressure");
        assertTrue(pumped[0] > 0 && pumped[1] > 0, "both phases occur");
        assertEquals(150, srp.deviceMetrics()[1] * srp.deviceMetrics()[0] * 60, 1e-9, "mean flow is the set flow");
        assertEquals(srp.deviceMetrics()[0], srp.get(Metric.OCCLUSION_FRACTION), 0.01,
                "balloon up for the diastolic fraction");
    }
}
