package org.sinus.cohorts.cto;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.ImpellaSpec;
import org.sinus.engine.scenario.NoDevice;

/**
 * Prints the kernel's physiology of the CTO territory per support device for a few patients of a CTO cohort (the
 * figures of docs/cto-lesions.md, "What the kernel gives"). Run: {@code exec:java} with test classpath, argument the
 * cohort name and the number of patients.
 */
public final class CtoPhysiologyProbe {
    private CtoPhysiologyProbe() {
    }

    public static void main(String[] args) {
        final CtoPciCohort cohort = CtoPciCohort.of(args.length > 0 ? args[0] : CtoPciCohort.HIGH_RISK_NAME);
        final int n = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        final RandomStreams streams = RandomStreams.of(20261121);
        final List<PatientParameters> patients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            final VirtualPatient p = cohort.sample(streams, i);
            patients.add(p.parameters());
        }
        final Kernel kernel = new Kernel(ModelConstants.defaults(), n, Kernel.DEFAULT_STEP_S);
        final String[] names = {"control", "iabp", "impella-2.5", "impella-cp"};
        final Device[] devices = {Devices.of(new NoDevice()), Devices.of(IabpSpec.defaults()),
            Devices.of(new ImpellaSpec("2.5", ImpellaSpec.speedFractionOfLevel(8))),
            Devices.of(new ImpellaSpec("cp", ImpellaSpec.speedFractionOfLevel(8)))};
        final Metric[] metrics = {Metric.RISK_ENDO_O2_BALANCE, Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G,
            Metric.MVO2_ML_PER_MIN_PER_G, Metric.MEAN_AORTIC_MMHG, Metric.LV_SYSTOLIC_MMHG, Metric.LVEDP_MMHG,
            Metric.CARDIAC_POWER_OUTPUT_W, Metric.SYSTEMIC_FLOW_L_PER_MIN, Metric.CARDIAC_OUTPUT_L_PER_MIN};
        for (int d = 0; d < devices.length; d++) {
            final ArmPhysiology[] arm = kernel.run(patients, devices[d]);
            final StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-12s", names[d]));
            for (Metric m : metrics) {
                double sum = 0;
                int k = 0;
                for (ArmPhysiology a : arm) {
                    if (a.ok()) {
                        sum += a.get(m);
                        k++;
                    }
                }
                s.append(String.format(Locale.ROOT, " %s %.3f", m.column(), sum / k));
            }
            System.out.println(s);
        }
    }
}
