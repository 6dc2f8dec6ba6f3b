package org.sinus.engine.devices;

import java.util.List;
import java.util.Locale;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.Protocol;

/** Development main (not a test): how many beats the support devices need for the baroreflex to settle. */
final class BaroreflexExplore {
    private BaroreflexExplore() {
    }

    static Device settled(Device d, int skip) {
        return new Device() {
            @Override
            public String name() {
                return d.name();
            }

            @Override
            public Protocol protocol() {
                return new Protocol(15, skip, 8, 15 + (skip + 10) * 2.0 + 10);
            }

            @Override
            public List<String> metricNames() {
                return d.metricNames();
            }

            @Override
            public Controller controller(int capacity) {
                return d.controller(capacity);
            }
        };
    }

    public static void main(String[] args) {
        Device[] devices = {new Control(), new VaEcmo(5), new Impella(Impella.Model.IMPELLA_CP, 50000.0 / 51000), new Iabp(40, 1)};
        int[] skips = {12, 30, 45, 60, 80, 100};
        for (Device d : devices) {
            for (int skip : skips) {
                ArmPhysiology a = DevicePatients.run(List.of(DevicePatients.heartFailure(0)), List.of(settled(d, skip)))[0][0];
                System.out.printf(Locale.ROOT, "%-8s skip %3d: MAP %6.2f LVEDP %6.2f LA %6.2f CO %5.2f sys %5.2f CPO %5.3f%n",
                        d.name(), skip, a.get(Metric.MEAN_AORTIC_MMHG), a.get(Metric.LVEDP_MMHG),
                        a.get(Metric.MEAN_LA_MMHG), a.get(Metric.CARDIAC_OUTPUT_L_PER_MIN),
                        a.get(Metric.SYSTEMIC_FLOW_L_PER_MIN), a.get(Metric.CARDIAC_POWER_OUTPUT_W));
            }
        }
    }
}
