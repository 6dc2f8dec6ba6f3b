package org.sinus.engine.physiology;

import java.util.List;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;

/** Prints a reference patient under control and PICSO (for development). */
public final class KernelExplore {
    public static void main(String[] args) {
        Kernel k = new Kernel(ModelConstants.defaults(), 4, Kernel.DEFAULT_STEP_S);
        List<PatientParameters> ps = List.of(ReferencePatients.stableAngina(false), ReferencePatients.stableAngina(true));
        for (Device d : List.of(new Control(), new Picso(1.0, 3, 20, 3, 90))) {
            long t0 = System.nanoTime();
            ArmPhysiology[] r = k.run(ps, d);
            System.out.printf("%s took %.1f ms%n", d.name(), (System.nanoTime() - t0) / 1e6);
            for (ArmPhysiology a : r) {
                StringBuilder sb = new StringBuilder(d.name()).append(a.failure() == null ? "" : " FAIL " + a.failure());
                for (Metric m : Metric.values()) {
                    sb.append(String.format("%n  %-36s %8.3f", m.column(), a.get(m)));
                }
                for (int j = 0; j < a.deviceMetrics().length; j++) {
                    sb.append(String.format("%n  %-36s %8.3f", d.metricNames().get(j), a.deviceMetrics()[j]));
                }
                System.out.println(sb);
            }
        }
    }
}
