package org.sinus.cohorts.shock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.FidelityTable;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Iabp;
import org.sinus.engine.devices.VaEcmo;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;

/**
 * The shock cohort through the kernel (256 ECLS-SHOCK patients, fixed seed): every patient simulates under control,
 * IABP 1:1 and VA-ECMO at 4 L/min without a failure, and the control arm's haemodynamics come back near the covariates
 * they were mapped from (measured: MAP +1.5, CO +6%, CPO +4%, LVEDP +2.8 mean / +1.5 median mmHg, EDV +9%; the
 * left atrial pressure drifts above the wedge pressure in a tail of patients, docs/cohort-cardiogenic-shock.md). Prints the fidelity table of {@code docs/cohort-cardiogenic-shock.md} and the devices' mean
 * haemodynamic effects. Tolerances are on the mean difference (several standard errors of it wide) and say how well
 * the mapping inverts the kernel; the per-patient spread is printed. Deterministic (fixed seed).
 */
class ShockKernelFidelityTest {
    private static final long SEED = 12;
    private static final int N = 256;
    private static final int BATCH = 32;

    @Test
    void sampledShockHaemodynamicsComeBackOutOfTheKernel() {
        final RandomStreams streams = RandomStreams.of(SEED);
        final List<VirtualPatient> patients = new ArrayList<>();
        for (int id = 0; id < N; id++) {
            patients.add(ShockCohortSampler.sample(ShockPopulation.ECLS_SHOCK, streams, id).patient());
        }
        final Kernel kernel = new Kernel(ModelConstants.defaults(), BATCH, Kernel.DEFAULT_STEP_S);
        final List<Device> devices = List.of(new Control(), new Iabp(40, 1), new VaEcmo(4));
        final ArmPhysiology[][] all = new ArmPhysiology[devices.size()][N];
        for (int from = 0; from < N; from += BATCH) {
            final List<PatientParameters> batch = patients.subList(from, from + BATCH).stream()
                    .map(VirtualPatient::parameters).toList();
            final ArmPhysiology[][] out = kernel.run(batch, devices);
            for (int d = 0; d < devices.size(); d++) {
                System.arraycopy(out[d], 0, all[d], from, BATCH);
            }
        }
        for (int d = 0; d < devices.size(); d++) {
            for (int i = 0; i < N; i++) {
                assertTrue(all[d][i].ok(), "device " + d + ", patient " + i + ": " + all[d][i].failure());
            }
        }
        final ArmPhysiology[] control = all[0];
        System.out.printf(Locale.ROOT, "%d ECLS-SHOCK patients (seed %d), no kernel failures%n", N, SEED);
        System.out.println("| quantity | covariate mean | kernel mean | mean difference | median difference"
                + " | SD of difference |");
        final double[] map = FidelityTable.row("mean arterial pressure, mmHg", patients, control,
                p -> p.covariate(ShockCovariates.MEAN_ARTERIAL), Metric.MEAN_AORTIC_MMHG, 1);
        final double[] sbp = FidelityTable.row("systolic pressure, mmHg", patients, control,
                p -> p.covariate(ShockCovariates.SYSTOLIC), Metric.SYSTOLIC_AORTIC_MMHG, 1);
        FidelityTable.row("diastolic pressure, mmHg", patients, control,
                p -> p.covariate(ShockCovariates.DIASTOLIC), Metric.DIASTOLIC_AORTIC_MMHG, 1);
        final double[] co = FidelityTable.row("cardiac output, L/min", patients, control,
                p -> p.covariate(ShockCovariates.CARDIAC_OUTPUT), Metric.CARDIAC_OUTPUT_L_PER_MIN, 1);
        final double[] cpo = FidelityTable.row("cardiac power output, W", patients, control,
                p -> p.covariate(ShockCovariates.CARDIAC_POWER), Metric.CARDIAC_POWER_OUTPUT_W, 1);
        final double[] lvedp = FidelityTable.row("LVEDP vs wedge, mmHg", patients, control,
                p -> p.covariate(ShockCovariates.WEDGE_PRESSURE), Metric.LVEDP_MMHG, 1);
        final double[] la = FidelityTable.row("mean LA pressure vs wedge, mmHg", patients, control,
                p -> p.covariate(ShockCovariates.WEDGE_PRESSURE), Metric.MEAN_LA_MMHG, 1);
        final double[] ef = FidelityTable.row("LVEF, %", patients, control,
                p -> p.covariate(ShockCovariates.EJECTION_FRACTION), Metric.EJECTION_FRACTION, 100);
        final double[] edv = FidelityTable.row("LV end-diastolic volume, ml", patients, control,
                p -> p.covariate(ShockCovariates.END_DIASTOLIC_VOLUME), Metric.LV_EDV_ML, 1);

        System.out.println("| device | MAP, mmHg | systemic flow, L/min | CPO, W | native CPO, W | LVEDP, mmHg |");
        final String[] names = {"control", "IABP 40 ml 1:1", "VA-ECMO 4 L/min"};
        final double[] meanCpo = new double[devices.size()];
        for (int d = 0; d < devices.size(); d++) {
            double m = 0;
            double f = 0;
            double c = 0;
            double nat = 0;
            double e = 0;
            for (int i = 0; i < N; i++) {
                final ArmPhysiology a = all[d][i];
                m += a.get(Metric.MEAN_AORTIC_MMHG) / N;
                f += a.get(Metric.SYSTEMIC_FLOW_L_PER_MIN) / N;
                c += a.get(Metric.CARDIAC_POWER_OUTPUT_W) / N;
                nat += ShockOutcomes.nativeCardiacPowerW(a) / N;
                e += a.get(Metric.LVEDP_MMHG) / N;
            }
            meanCpo[d] = c;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %.3f | %.3f | %.1f |%n", names[d], m, f, c, nat, e);
        }

        // {covariate mean, kernel mean, mean difference, median difference, SD of difference}
        assertEquals(0, map[2], 4.0, "mean arterial pressure, mmHg");
        assertEquals(0, sbp[2], 8.0, "systolic pressure, mmHg");
        assertEquals(0, co[2] / co[0], 0.08, "cardiac output, relative");
        assertEquals(0, cpo[2] / cpo[0], 0.08, "cardiac power output, relative");
        assertEquals(0, lvedp[2], 3.5, "LVEDP, mmHg");
        assertEquals(0, lvedp[3], 2.0, "LVEDP, median difference, mmHg");
        assertEquals(0, la[3], 2.0, "mean LA pressure, median difference, mmHg");
        assertEquals(0, ef[2], 3.0, "LVEF, percentage points");
        assertEquals(0, edv[2] / edv[0], 0.11, "end-diastolic volume, relative");
        assertTrue(meanCpo[2] > meanCpo[0], "VA-ECMO raises the simulated cardiac power output");
    }
}
