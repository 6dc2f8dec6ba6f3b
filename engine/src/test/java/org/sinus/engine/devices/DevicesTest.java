package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.GraftSpec;
import org.sinus.engine.scenario.IcsoSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.ObservedIcsoSpec;
import org.sinus.engine.scenario.PicsoSpec;
import org.sinus.engine.scenario.ReducerSpec;
import org.sinus.engine.scenario.SrpSpec;

/** {@link Devices#of} for every kind, and what every device owes the kernel. */
class DevicesTest {
    private static final List<DeviceSpec> SPECS = List.of(new NoDevice(), PicsoSpec.defaults(), IcsoSpec.defaults(),
            ObservedIcsoSpec.defaults(), SrpSpec.defaults(), ReducerSpec.defaults(),
            GraftSpec.defaults(GraftSpec.BECK_II), GraftSpec.defaults(GraftSpec.HOCHBERG));

    private static List<Device> devices() {
        List<Device> out = new ArrayList<>();
        for (DeviceSpec s : SPECS) {
            out.add(Devices.of(s));
        }
        return out;
    }

    @Test
    void everySpecMapsToItsDeviceWithTheFileName() {
        List<Device> d = devices();
        assertInstanceOf(Control.class, d.get(0));
        assertInstanceOf(Picso.class, d.get(1));
        assertEquals(new Icso(0.5, 0.5), d.get(2));
        assertEquals(new ObservedIcso(new PlateauCriterion(1, 3, 20, 90), 3, 3, 1.5, 1), d.get(3));
        assertEquals(new Retroperfusion(150), d.get(4));
        assertEquals(new Reducer(3, 10, 180), d.get(5));
        assertEquals(new SinusGraft(SinusGraft.Operation.BECK_II, 4, 60, 3), d.get(6));
        assertEquals(new SinusGraft(SinusGraft.Operation.HOCHBERG, 3, 100, 0), d.get(7));
        for (int k = 0; k < SPECS.size(); k++) {
            assertEquals(SPECS.get(k).kind(), d.get(k).name());
            assertEquals(15, d.get(k).protocol().warmupS(), "every device shares the 15 s warm-up");
            String prefix = d.get(k).name().replace('-', '_') + "_";
            for (String m : d.get(k).metricNames()) {
                assertTrue(m.startsWith(prefix), m + " is prefixed with " + prefix);
            }
        }
    }

    @Test
    void controllersLeaveActuatorsAloneBeforeStart() {
        CardiovascularModel model = new CardiovascularModel(ModelConstants.defaults(), 2);
        double[][] y = new double[CardiovascularModel.DIMENSION][2];
        PatientParameters p = DevicePatients.stableAngina(false);
        model.load(0, p, y);
        model.load(1, p, y);
        for (Device d : devices()) {
            Controller c = d.controller(2);
            c.start(1, 15);
            for (double t = 15; t < 16.5; t += 0.001) {
                c.act(t, model, 0, 2);
            }
            assertEquals(1, model.csOstiumOpen[0], d.name());
            assertEquals(1, model.ostiumResistanceFactor[0], d.name());
            assertEquals(0, model.sinusPumpMlPerS[0], d.name());
            assertEquals(1, model.greatVeinOpen[0], d.name());
            assertEquals(0, model.greatVeinPumpMlPerS[0], d.name());
            assertEquals(0, model.graftConductance[0], d.name());
            model.load(1, p, y);
        }
    }

    @Test
    void sharedWarmUpGivesTheResultsOfSeparateRuns() {
        List<PatientParameters> patients = List.of(DevicePatients.stableAngina(true));
        List<Device> all = devices().subList(2, 8);
        ArmPhysiology[][] together = DevicePatients.run(patients, all);
        for (int k = 0; k < all.size(); k++) {
            ArmPhysiology alone = DevicePatients.run(patients, List.of(all.get(k)))[0][0];
            assertArrayEquals(alone.metrics(), together[k][0].metrics(), all.get(k).name());
            assertArrayEquals(alone.deviceMetrics(), together[k][0].deviceMetrics(), all.get(k).name());
        }
    }
}
