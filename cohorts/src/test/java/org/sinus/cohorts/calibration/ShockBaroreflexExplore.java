package org.sinus.cohorts.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.cohorts.shock.ShockCohortSampler;
import org.sinus.cohorts.shock.ShockPopulation;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.KernelPath;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.VaEcmoSpec;

/**
 * Development main (not a test): the shock calibration's kernel patients (the first 64 of each trial, seed
 * 20261121) under control and the trial's device, with and without the baroreflex; means of the haemodynamics.
 */
final class ShockBaroreflexExplore {
    private ShockBaroreflexExplore() {
    }

    public static void main(String[] args) {
        run(ShockPopulation.IABP_SHOCK_II, IabpSpec.defaults());
        run(ShockPopulation.ECLS_SHOCK, new VaEcmoSpec(4));
    }

    static void worst(String label, double[][] x) {
        double worst = 0;
        double sum = 0;
        for (int i = 0; i < 64; i++) {
            double r = Math.abs(x[1][i] / x[0][i] - 1);
            worst = Math.max(worst, r);
            sum += r;
        }
        System.out.printf(Locale.ROOT, "control arm %s: mean |change| %.4f, largest %.4f%n", label, sum / 64, worst);
    }

    static void run(ShockPopulation population, DeviceSpec spec) {
        RandomStreams streams = RandomStreams.of(Calibrations.SEED);
        List<PatientParameters> parameters = new ArrayList<>();
        for (int id = 0; id < 64; id++) {
            VirtualPatient p = ShockCohortSampler.sample(population, streams, id).patient();
            parameters.add(p.parameters());
        }
        List<Device> devices = List.of(Devices.of(new NoDevice()), Devices.of(spec));
        double[][] controlMap = new double[2][64];
        double[][] controlCpo = new double[2][64];
        for (boolean reflex : new boolean[] {false, true}) {
            Kernel kernel = new Kernel(ModelConstants.defaults(), 32, Kernel.DEFAULT_STEP_S, KernelPath.configured(),
                    reflex);
            double[][] sums = new double[2][8];
            for (int from = 0; from < 64; from += 32) {
                ArmPhysiology[][] out = kernel.run(parameters.subList(from, from + 32), devices);
                for (int i = 0; i < 32; i++) {
                    controlMap[reflex ? 1 : 0][from + i] = out[0][i].get(Metric.MEAN_AORTIC_MMHG);
                    controlCpo[reflex ? 1 : 0][from + i] = out[0][i].get(Metric.CARDIAC_POWER_OUTPUT_W);
                }
                for (int d = 0; d < 2; d++) {
                    for (ArmPhysiology a : out[d]) {
                        double map = a.get(Metric.MEAN_AORTIC_MMHG);
                        double co = a.get(Metric.CARDIAC_OUTPUT_L_PER_MIN);
                        sums[d][0] += map;
                        sums[d][1] += co;
                        sums[d][2] += a.get(Metric.SYSTEMIC_FLOW_L_PER_MIN);
                        sums[d][3] += map * co / 451;
                        sums[d][4] += a.get(Metric.CARDIAC_POWER_OUTPUT_W);
                        sums[d][5] += a.get(Metric.LVEDP_MMHG);
                        sums[d][6] += a.get(Metric.MEAN_LA_MMHG);
                        sums[d][7] += a.get(Metric.MEAN_RA_MMHG);
                    }
                }
            }
            for (int d = 0; d < 2; d++) {
                double[] s = sums[d];
                System.out.printf(Locale.ROOT, "%-14s %-8s reflex %-3s MAP %6.1f native CO %5.2f systemic %5.2f native "
                        + "CPO %5.3f total CPO %5.3f LVEDP %5.1f LA %5.1f RA %5.1f%n", population.key(),
                        devices.get(d).name(), reflex ? "on" : "off", s[0] / 64, s[1] / 64, s[2] / 64, s[3] / 64,
                        s[4] / 64, s[5] / 64, s[6] / 64, s[7] / 64);
            }
        }
        worst("MAP", controlMap);
        worst("CPO", controlCpo);
    }
}
