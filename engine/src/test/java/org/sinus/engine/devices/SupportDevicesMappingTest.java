package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.scenario.CombinedSpec;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.ImpellaSpec;
import org.sinus.engine.scenario.PicsoSpec;

/** The circulatory support devices and combinations from their scenario specs, and their actuators before start. */
class SupportDevicesMappingTest {
    private static final List<Device> DEVICES = List.of(Devices.of(new IabpSpec(35, 2)),
            Devices.of(new ImpellaSpec("5.0", 0.8)), Devices.of(ImpellaSpec.defaults()),
            Devices.of(new CombinedSpec(List.of(PicsoSpec.defaults(), IabpSpec.defaults(), ImpellaSpec.defaults()))));

    @Test
    void specsMapToDevices() {
        assertEquals(new Iabp(35, 2), DEVICES.get(0));
        assertEquals(new Impella(Impella.Model.IMPELLA_5_0, 0.8), DEVICES.get(1));
        assertEquals(new Impella(Impella.Model.IMPELLA_CP, Impella.speedFractionOfLevel(8)), DEVICES.get(2));
        Combined c = (Combined) DEVICES.get(3);
        assertEquals(List.of("picso", "iabp", "impella"), c.devices().stream().map(Device::name).toList());
        assertEquals(Picso.METRICS.size() + Iabp.METRICS.size() + Impella.METRICS.size(), c.metricNames().size());
        for (Device d : DEVICES) {
            assertEquals(15, d.protocol().warmupS(), "every device shares the 15 s warm-up");
        }
    }

    @Test
    void controllersLeaveActuatorsAloneBeforeStart() {
        CardiovascularModel model = new CardiovascularModel(ModelConstants.defaults(), 2);
        double[][] y = new double[CardiovascularModel.DIMENSION][2];
        PatientParameters p = DevicePatients.stableAngina(false);
        for (Device d : DEVICES) {
            model.load(0, p, y);
            model.load(1, p, y);
            Controller c = d.controller(2);
            c.start(1, 15);
            double balloonMl = 0;
            for (long s = 15_000; s < 17_000; s++) {
                c.act(s * 0.001, model, 0, 2);
                balloonMl += model.aorticBalloonRateMlPerS[1] * 0.001;
                assertEquals(true, balloonMl > -1e-9 && balloonMl < 50 + 1e-9, d.name() + ": balloon volume in range");
            }
            assertEquals(0, model.aorticBalloonRateMlPerS[0], d.name());
            assertEquals(0, model.axialPumpFlowAtZeroHeadMlPerS[0], d.name());
            assertEquals(0, model.axialPumpHeadSlopeMlPerSPerMmHg[0], d.name());
            assertEquals(1, model.csOstiumOpen[0], d.name());
        }
    }
}
