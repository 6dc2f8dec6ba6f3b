package org.sinus.engine.physiology;

import java.util.ArrayList;
import java.util.List;
import org.sinus.engine.devices.SinusOcclusion;

/** Prints the beat-by-beat systolic sinus pressure after a permanent occlusion (development aid). */
public final class PlateauExplore {
    public static void main(String[] args) {
        List<Double> sys = new ArrayList<>();
        SinusOcclusion occlusion = new SinusOcclusion(60);
        Device recording = new Device() {
            public String name() { return "rec"; }
            public Protocol protocol() { return occlusion.protocol(); }
            public List<String> metricNames() { return List.of(); }
            public Controller controller(int capacity) {
                Controller inner = occlusion.controller(capacity);
                return new Controller() {
                    public void start(int i, double t) { inner.start(i, t); }
                    public void act(double t, CardiovascularModel m, int f, int to) { inner.act(t, m, f, to); }
                    public CycleEvent onBeatEnd(int i, double t, double s) { sys.add(s); return inner.onBeatEnd(i, t, s); }
                    public void metrics(int i, double[] out) { }
                };
            }
        };
        new Kernel(ModelConstants.defaults(), 1, Kernel.DEFAULT_STEP_S).run(List.of(ReferencePatients.stableAngina(false)), recording);
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < sys.size(); b++) {
            sb.append(String.format("%d:%.1f ", b + 1, sys.get(b)));
        }
        System.out.println(sb);
    }
}
