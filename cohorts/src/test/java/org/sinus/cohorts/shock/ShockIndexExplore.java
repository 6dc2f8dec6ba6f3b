package org.sinus.cohorts.shock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.VaEcmoSpec;

/**
 * Development main (not a test; docs/cohort-cardiogenic-shock.md): the first 256 patients of each shock cohort (seed
 * 20261121) under control and the trial's device; the mean change of the log of two indices of the heart's own power,
 * {@code MAP x native output} (the death model's) and stroke work times rate, both floored as the death model floors
 * its index (a heart whose aortic valve stays shut under VA-ECMO).
 */
final class ShockIndexExplore {
    private static final int N = 256;

    private ShockIndexExplore() {
    }

    public static void main(String[] args) {
        run("cardiogenic-shock", Devices.of(IabpSpec.defaults()));
        run("cardiogenic-shock-ecls", Devices.of(VaEcmoSpec.defaults()));
    }

    private static void run(String cohortName, Device device) {
        Cohort cohort = Cohorts.of(cohortName);
        RandomStreams streams = RandomStreams.of(20261121L);
        List<PatientParameters> patients = new ArrayList<>();
        for (long id = 0; id < N; id++) {
            patients.add(cohort.sample(streams, id).parameters());
        }
        ArmPhysiology[][] r = new Kernel(ModelConstants.defaults(), N, Kernel.DEFAULT_STEP_S)
                .run(patients, List.of(new Control(), device));
        double[] lnPower = new double[2];
        double[] lnWork = new double[2];
        double[] map = new double[2];
        double[] output = new double[2];
        double[] work = new double[2];
        int n = 0;
        for (int i = 0; i < N; i++) {
            if (!r[0][i].ok() || !r[1][i].ok()) {
                continue;
            }
            n++;
            for (int k = 0; k < 2; k++) {
                ArmPhysiology a = r[k][i];
                double rate = 60 * a.get(Metric.MEASURED_BEATS) / a.get(Metric.MEASURED_S);
                // The death model's floor (ShockOutcomes) for a heart whose aortic valve stays shut.
                lnPower[k] += Math.log(Math.max(ShockOutcomeParameters.DeathModel.CPO_FLOOR_W,
                        ShockOutcomes.nativeCardiacPowerW(a)));
                lnWork[k] += Math.log(Math.max(ShockOutcomeParameters.DeathModel.CPO_FLOOR_W,
                        a.get(Metric.STROKE_WORK_MMHG_ML) * rate / 1000 / ShockCovariates.CPO_DIVISOR));
                map[k] += a.get(Metric.MEAN_AORTIC_MMHG);
                output[k] += a.get(Metric.CARDIAC_OUTPUT_L_PER_MIN);
                work[k] += a.get(Metric.STROKE_WORK_MMHG_ML);
            }
        }
        System.out.printf(Locale.ROOT, "%s, %s, %d patients: MAP %.1f -> %.1f mmHg, native output %.2f -> %.2f L/min,"
                + " stroke work %.0f -> %.0f mmHg ml; mean change of ln: MAP x native output %+.3f, stroke work x rate"
                + " %+.3f%n", cohortName, device, n, map[0] / n, map[1] / n, output[0] / n, output[1] / n, work[0] / n,
                work[1] / n, (lnPower[1] - lnPower[0]) / n, (lnWork[1] - lnWork[0]) / n);
    }
}
