package org.sinus.cohorts.stemi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;

/**
 * The cohort through the kernel: the mapping's patients simulate without failures under control and PICSO, and the
 * haemodynamics the kernel produces reproduce the sampled covariates on average (the mapping inverts the kernel's
 * ventricular-arterial coupling). 96 patients, fixed seed; the tolerances are several standard errors of the mean.
 */
class KernelFidelityTest {

    @Test
    void sampledHaemodynamicsComeBackOutOfTheKernel() {
        Cohort cohort = Cohorts.of("anterior-stemi");
        RandomStreams streams = RandomStreams.of(7);
        List<VirtualPatient> patients = new ArrayList<>();
        for (int i = 0; i < 96; i++) {
            try {
                patients.add(cohort.sample(streams, i));
            } catch (IllegalArgumentException unmappable) {
                // counted by StemiKernelMappingTest; not this test's subject
            }
        }
        int ef = index(cohort, "ejectionFractionPercent");
        int sbp = index(cohort, "systolicPressureMmHg");
        int wedge = index(cohort, "wedgePressureMmHg");
        Kernel kernel = new Kernel(ModelConstants.defaults(), 32, Kernel.DEFAULT_STEP_S);
        double[] sums = new double[6];
        int ok = 0;
        int failures = 0;
        for (int from = 0; from < patients.size(); from += 32) {
            List<VirtualPatient> batch = patients.subList(from, Math.min(patients.size(), from + 32));
            List<PatientParameters> params = batch.stream().map(VirtualPatient::parameters).toList();
            ArmPhysiology[] control = kernel.run(params, new Control());
            ArmPhysiology[] picso = kernel.run(params, new Picso(1.0, 3, 20, 3, 90));
            for (int j = 0; j < batch.size(); j++) {
                if (!control[j].ok() || !picso[j].ok()) {
                    failures++;
                    continue;
                }
                ok++;
                VirtualPatient p = batch.get(j);
                sums[0] += p.covariate(ef);
                sums[1] += 100 * control[j].get(Metric.EJECTION_FRACTION);
                sums[2] += p.covariate(sbp);
                sums[3] += control[j].get(Metric.SYSTOLIC_AORTIC_MMHG);
                sums[4] += p.covariate(wedge);
                sums[5] += control[j].get(Metric.LVEDP_MMHG);
            }
        }
        System.out.printf(Locale.ROOT, "%d patients, %d kernel failures; sampled / simulated means: EF %.1f / %.1f %%,"
                + " SBP %.1f / %.1f mmHg, LVEDP %.1f / %.1f mmHg%n", ok + failures, failures, sums[0] / ok,
                sums[1] / ok, sums[2] / ok, sums[3] / ok, sums[4] / ok, sums[5] / ok);
        assertTrue(failures == 0, failures + " kernel failures");
        assertEquals(sums[0] / ok, sums[1] / ok, 3.0, "ejection fraction, %");
        assertEquals(sums[2] / ok, sums[3] / ok, 6.0, "systolic pressure, mmHg");
        assertEquals(sums[4] / ok, sums[5] / ok, 1.5, "LVEDP, mmHg");
    }

    private static int index(Cohort cohort, String name) {
        List<Covariate> covariates = cohort.covariates();
        for (int j = 0; j < covariates.size(); j++) {
            if (covariates.get(j).name().equals(name)) {
                return j;
            }
        }
        throw new AssertionError("no covariate " + name);
    }
}
