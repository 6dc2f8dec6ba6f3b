package org.sinus.engine.devices;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sinus.engine.physiology.CardiovascularModel;
import org.sinus.engine.physiology.Controller;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Protocol;

/**
 * Devices run together, as the source review proposes (PICSO with an IABP, an Impella or ECMO; seed 000). Each
 * component's controller acts in turn, in list order, on its own actuators; none knows another. Components that write
 * the same actuator (two sinus balloons, say) are not meaningful together: the later one's value would win.
 *
 * <p>The <b>lead</b> is the component with the longest protocol (largest time limit; the first of equals): the
 * combination takes its protocol and its therapy cycles, so that measurement covers whole cycles of the slowest
 * therapy (PICSO's occlusion cycles, not the IABP's beats). Metrics are the components' own, concatenated in list
 * order; each is already prefixed with its device's name.
 *
 * @param devices at least two devices with different names and the same warm-up
 */
public record Combined(List<Device> devices) implements Device {

    public Combined {
        devices = List.copyOf(devices);
        if (devices.size() < 2) {
            throw new IllegalArgumentException("a combination needs at least two devices, got " + devices.size());
        }
        Set<String> names = new HashSet<>();
        for (Device d : devices) {
            if (!names.add(d.name())) {
                throw new IllegalArgumentException("device '" + d.name() + "' appears twice in a combination");
            }
            if (d.protocol().warmupS() != devices.get(0).protocol().warmupS()) {
                throw new IllegalArgumentException("devices combined must share their warm-up");
            }
        }
    }

    /** Index of the component whose protocol and cycles the combination follows. */
    public int lead() {
        int lead = 0;
        for (int k = 1; k < devices.size(); k++) {
            if (devices.get(k).protocol().maxS() > devices.get(lead).protocol().maxS()) {
                lead = k;
            }
        }
        return lead;
    }

    @Override
    public String name() {
        return "combined";
    }

    @Override
    public Protocol protocol() {
        return devices.get(lead()).protocol();
    }

    @Override
    public List<String> metricNames() {
        List<String> names = new ArrayList<>();
        for (Device d : devices) {
            names.addAll(d.metricNames());
        }
        return List.copyOf(names);
    }

    @Override
    public Controller controller(int capacity) {
        int n = devices.size();
        Controller[] parts = new Controller[n];
        double[][] buffers = new double[n][];
        for (int k = 0; k < n; k++) {
            parts[k] = devices.get(k).controller(capacity);
            buffers[k] = new double[devices.get(k).metricNames().size()];
        }
        int lead = lead();
        return new Controller() {
            @Override
            public void start(int i, double timeS) {
                for (Controller c : parts) {
                    c.start(i, timeS);
                }
            }

            @Override
            public void act(double timeS, CardiovascularModel model, int from, int to) {
                for (Controller c : parts) {
                    c.act(timeS, model, from, to);
                }
            }

            @Override
            public void observeStep(double timeS, CardiovascularModel model, double[][] y, int from, int to) {
                for (Controller c : parts) {
                    c.observeStep(timeS, model, y, from, to);
                }
            }

            @Override
            public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                CycleEvent event = CycleEvent.CONTINUES;
                for (int k = 0; k < n; k++) {
                    CycleEvent e = parts[k].onBeatEnd(i, timeS, csSystolicMmHg);
                    if (k == lead) {
                        event = e;
                    }
                }
                return event;
            }

            @Override
            public void metrics(int i, double[] out) {
                int at = 0;
                for (int k = 0; k < n; k++) {
                    parts[k].metrics(i, buffers[k]);
                    System.arraycopy(buffers[k], 0, out, at, buffers[k].length);
                    at += buffers[k].length;
                }
            }
        };
    }
}
