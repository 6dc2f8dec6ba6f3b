package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.FidelityTable;
import org.sinus.cohorts.KernelMappings;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.CsAnnuloplasty;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;

/**
 * The cohort through the kernel (256 patients, fixed seed, about 6 s): every sampled patient simulates under control
 * and under CS annuloplasty (model.md 8.8, defaults), and the haemodynamics the kernel produces in the control arm
 * come back near the covariates they were mapped from. Prints the
 * fidelity table of {@code docs/cohort-functional-mr.md}. Tolerances are on the mean difference, several of its
 * standard errors (SD of the difference / 16) wide, and say how well the mapping inverts the kernel, not how
 * precisely: the per-patient spread is printed.
 */
class MrKernelFidelityTest {
    private static final long SEED = 11;
    private static final int N = 256;
    private static final int BATCH = 32;

    @Test
    void sampledHaemodynamicsComeBackOutOfTheKernel() {
        final RandomStreams streams = RandomStreams.of(SEED);
        final List<VirtualPatient> patients = new ArrayList<>();
        for (int id = 0; id < N; id++) {
            patients.add(MrCohortSampler.sample(streams, id).patient());
        }
        final Kernel kernel = new Kernel(ModelConstants.defaults(), BATCH, Kernel.DEFAULT_STEP_S);
        final ArmPhysiology[] control = new ArmPhysiology[N];
        final ArmPhysiology[] device = new ArmPhysiology[N];
        final List<Device> arms = List.of(new Control(), new CsAnnuloplasty(0.27, 0.25,
                0.29, 1));
        for (int from = 0; from < N; from += BATCH) {
            final List<PatientParameters> batch = patients.subList(from, from + BATCH).stream()
                    .map(VirtualPatient::parameters).toList();
            final ArmPhysiology[][] out = kernel.run(batch, arms);
            System.arraycopy(out[0], 0, control, from, BATCH);
            System.arraycopy(out[1], 0, device, from, BATCH);
        }
        double reduction = 0;
        for (int i = 0; i < N; i++) {
            assertTrue(control[i].ok(), "patient " + i + ": " + control[i].failure());
            assertTrue(device[i].ok(), "patient " + i + " with the device: " + device[i].failure());
            final double before = control[i].get(Metric.REGURGITANT_VOLUME_ML);
            final double after = device[i].get(Metric.REGURGITANT_VOLUME_ML);
            assertTrue(after < before, "patient " + i + ": regurgitant volume " + before + " -> " + after);
            reduction += (1 - after / before) / N;
        }

        System.out.printf(Locale.ROOT, "%d patients (seed %d), control and annuloplasty arms, no kernel failures%n",
                N, SEED);
        System.out.println("| quantity | covariate mean | kernel mean | mean difference | median difference"
                + " | SD of difference |");
        final double[] rvol = FidelityTable.row("regurgitant volume, ml", patients, control,
                p -> p.covariate(MrCovariates.REGURGITANT_VOLUME), Metric.REGURGITANT_VOLUME_ML, 1);
        final double[] rf = FidelityTable.row("regurgitant fraction, %", patients, control,
                p -> p.covariate(MrCovariates.REGURGITANT_FRACTION), Metric.REGURGITANT_FRACTION, 100);
        final double[] ef = FidelityTable.row("LVEF, %", patients, control,
                p -> p.covariate(MrCovariates.EJECTION_FRACTION), Metric.EJECTION_FRACTION, 100);
        final double[] edv = FidelityTable.row("LV end-diastolic volume, ml", patients, control,
                p -> p.covariate(MrCovariates.END_DIASTOLIC_VOLUME), Metric.LV_EDV_ML, 1);
        FidelityTable.row("LV end-systolic volume, ml", patients, control,
                p -> p.covariate(MrCovariates.END_SYSTOLIC_VOLUME), Metric.LV_ESV_ML, 1);
        final double[] la = FidelityTable.row("mean LA pressure vs wedge, mmHg", patients, control,
                p -> p.covariate(MrCovariates.WEDGE_PRESSURE), Metric.MEAN_LA_MMHG, 1);
        final double[] lvedp = FidelityTable.row("LVEDP vs wedge, mmHg", patients, control,
                p -> p.covariate(MrCovariates.WEDGE_PRESSURE), Metric.LVEDP_MMHG, 1);
        final double[] ra = FidelityTable.row("mean RA pressure, mmHg", patients, control,
                p -> p.covariate(MrCovariates.RIGHT_ATRIAL_PRESSURE), Metric.MEAN_RA_MMHG, 1);
        final double[] sbp = FidelityTable.row("systolic pressure, mmHg", patients, control,
                p -> p.covariate(MrCovariates.SYSTOLIC), Metric.SYSTOLIC_AORTIC_MMHG, 1);
        final double[] map = FidelityTable.row("mean arterial pressure (DBP + 0.412 PP), mmHg", patients, control,
                MrKernelFidelityTest::meanArterial, Metric.MEAN_AORTIC_MMHG, 1);
        FidelityTable.row("diastolic pressure, mmHg", patients, control,
                p -> p.covariate(MrCovariates.DIASTOLIC), Metric.DIASTOLIC_AORTIC_MMHG, 1);
        final double[] co = FidelityTable.row("forward cardiac output, L/min", patients, control,
                p -> p.covariate(MrCovariates.FORWARD_OUTPUT), Metric.CARDIAC_OUTPUT_L_PER_MIN, 1);
        int drifted = 0;
        for (int i = 0; i < N; i++) {
            drifted += Math.abs(control[i].get(Metric.MEAN_LA_MMHG)
                    - patients.get(i).covariate(MrCovariates.WEDGE_PRESSURE)) > 3 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "mean LA pressure more than 3 mmHg from the wedge pressure: %d of %d%n",
                drifted, N);
        System.out.printf(Locale.ROOT, "CS annuloplasty (orifice -27%%): regurgitant volume -%.1f%% on average%n",
                100 * reduction);

        // {covariate mean, kernel mean, mean difference, median difference, SD of difference}
        assertEquals(0, rvol[2] / rvol[0], 0.05, "regurgitant volume, relative");
        assertEquals(0, rf[2], 2.0, "regurgitant fraction, percentage points");
        assertEquals(0, ef[2], 1.5, "LVEF, percentage points");
        assertEquals(0, edv[2] / edv[0], 0.04, "end-diastolic volume, relative");
        assertEquals(0, la[3], 0.75, "mean LA pressure, median difference, mmHg");
        assertEquals(0, lvedp[2], 1.5, "LVEDP, mmHg");
        assertEquals(0, ra[2], 1.0, "RA pressure, mmHg");
        assertEquals(0, sbp[2], 6.0, "systolic pressure, mmHg");
        assertEquals(0, map[2], 6.0, "mean arterial pressure, mmHg");
        assertEquals(0, co[2] / co[0], 0.05, "forward cardiac output, relative");
        assertTrue(drifted <= N / 8, drifted + " patients with the LA pressure more than 3 mmHg off");
    }

    private static double meanArterial(VirtualPatient p) {
        final double dbp = p.covariate(MrCovariates.DIASTOLIC);
        return dbp + KernelMappings.MAP_FORM_FACTOR * (p.covariate(MrCovariates.SYSTOLIC) - dbp);
    }
}
