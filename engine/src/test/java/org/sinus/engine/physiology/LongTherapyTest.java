package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;

/**
 * Long therapies without long integration ({@code docs/model.md}, section 3): the kernel measures PICSO over two
 * whole cycles after one skipped cycle, and {@code PicsoDose} multiplies that periodic state by the therapy time.
 * This test integrates about ten minutes of PICSO in full (45 cycles) on four reference-like patients that differ in
 * heart rate, collaterals and microvascular obstruction, and checks that the default two-cycle measurement agrees
 * with the per-cycle means of the last cycles and with the whole-therapy average. Deterministic: nothing here fails
 * by chance.
 */
class LongTherapyTest {
    private static final Picso PICSO = new Picso(1.0, 3, 20, 3, 90);
    /** Cycles integrated in full: about ten minutes at 12 to 14 s a cycle. */
    private static final int FULL_CYCLES = 45;
    /** The cycles averaged as "the last cycles" of the full run. */
    private static final int LAST_CYCLES = 4;
    /** Quantities compared, with their trace columns: CS mean, at-risk vein mean, at-risk endo flow, occlusion. */
    private static final String[] NAMES = {"CS mean", "risk vein mean", "risk endo flow", "occlusion fraction"};
    private static final Metric[] METRICS = {Metric.CS_MEAN_MMHG, Metric.RISK_VEIN_MEAN_MMHG,
        Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G, Metric.OCCLUSION_FRACTION};
    private static final int Q = NAMES.length;

    private static PatientParameters patient(double heartRateBpm, double cfi, double mvoFactor) {
        PatientParameters reference = ReferencePatients.stableAngina(false);
        HeartParameters h = reference.heart();
        return new PatientParameters(new HeartParameters(heartRateBpm, h.emaxMmHgPerMl(), h.eminMmHgPerMl(),
                h.v0Ml(), h.laPressureMmHg(), h.raPressureMmHg()), reference.vascular(),
                new CoronaryParameters(150, 0.4, cfi, mvoFactor, false));
    }

    /** PICSO measured over every one of its first {@code cycles} cycles, none skipped. */
    private static Device fullPicso(int cycles) {
        return new Device() {
            @Override
            public String name() {
                return "picso-full";
            }

            @Override
            public Protocol protocol() {
                return new Protocol(PICSO.protocol().warmupS(), 0, cycles,
                        PICSO.protocol().warmupS() + cycles * (PICSO.maxOcclusionS() + PICSO.releaseS()) + 10);
            }

            @Override
            public List<String> metricNames() {
                return PICSO.metricNames();
            }

            @Override
            public Controller controller(int capacity) {
                return PICSO.controller(capacity);
            }
        };
    }

    /**
     * Per-cycle sums of one patient's full run, from the kernel's trace: a cycle starts at the first step with the
     * balloon up (therapy start) or at the first released step after an occlusion (the step after the beat that
     * completed the previous cycle), exactly where the kernel's cycles start.
     */
    private static final class Cycles {
        final List<double[]> sums = new ArrayList<>(); // time, then the Q quantities times dt
        double[] current;
        boolean wasOccluded;
        double lastTimeS;

        void record(double timeS, double dt, double[] obs, double riskEndoMassG, double open) {
            boolean occluded = open < 0.5;
            if (current == null && occluded || current != null && wasOccluded && !occluded) {
                current = new double[1 + Q];
                sums.add(current);
            }
            wasOccluded = occluded;
            lastTimeS = timeS;
            if (current == null) {
                return; // open circulation before the therapy started
            }
            current[0] += dt;
            current[1] += obs[Observation.SINUS_PRESSURE] * dt;
            current[2] += obs[Observation.VEIN_PRESSURE + CardiovascularModel.RISK_EPI] * dt;
            current[3] += obs[Observation.LAYER_FLOW + CardiovascularModel.RISK_ENDO] * 60 / riskEndoMassG * dt;
            current[4] += (1 - open) * dt;
        }

        /** Time-weighted means over cycles {@code [from, to)} (0-based). */
        double[] mean(int from, int to) {
            double[] m = new double[Q];
            double time = 0;
            for (int c = from; c < to; c++) {
                time += sums.get(c)[0];
                for (int q = 0; q < Q; q++) {
                    m[q] += sums.get(c)[1 + q];
                }
            }
            for (int q = 0; q < Q; q++) {
                m[q] /= time;
            }
            return m;
        }
    }

    @Test
    void twoMeasuredCyclesRepresentTenMinutesOfTherapy() {
        List<PatientParameters> patients = List.of(patient(70, 0.15, 1), patient(55, 0.05, 1),
                patient(95, 0.30, 1), patient(80, 0.10, 3));
        int n = patients.size();
        Kernel kernel = new Kernel(ModelConstants.defaults(), n, Kernel.DEFAULT_STEP_S);
        Cycles[] cycles = new Cycles[n];
        double[] defaultEndS = new double[n];
        for (int i = 0; i < n; i++) {
            cycles[i] = new Cycles();
        }
        long started = System.nanoTime();
        ArmPhysiology[][] runs = kernel.run(patients, List.of(PICSO, fullPicso(FULL_CYCLES)),
                (device, i, timeS, obs, model) -> {
                    if (device == 0) {
                        defaultEndS[i] = timeS + Kernel.DEFAULT_STEP_S;
                    } else if (device == 1) {
                        cycles[i].record(timeS, Kernel.DEFAULT_STEP_S, obs, model.layerMassG(0, i),
                                model.csOstiumOpen[i]);
                    }
                });
        double seconds = (System.nanoTime() - started) * 1e-9;
        ArmPhysiology[] control = kernel.run(patients, new Control());

        double worstLast = 0;
        double worstWhole = 0;
        double worstDose = 0;
        for (int i = 0; i < n; i++) {
            ArmPhysiology measured = runs[0][i];
            ArmPhysiology full = runs[1][i];
            assertTrue(measured.ok() && full.ok() && control[i].ok(), "patient " + i + " failed");
            Cycles c = cycles[i];
            assertEquals(FULL_CYCLES, c.sums.size(), "patient " + i + ": cycles seen in the trace");
            double[] window = c.mean(1, 3); // what the default protocol measures
            double[] last = c.mean(FULL_CYCLES - LAST_CYCLES, FULL_CYCLES);
            double[] whole = c.mean(0, FULL_CYCLES);
            double therapyMin = (c.lastTimeS - PICSO.protocol().warmupS()) / 60;
            System.out.printf(Locale.ROOT, "patient %d (HR %.0f, CFI %.2f, MVO x%.0f): %d cycles in %.1f min; "
                    + "default protocol stops at %.0f s%n", i, patients.get(i).heart().heartRateBpm(),
                    patients.get(i).coronary().collateralFlowIndex(),
                    patients.get(i).coronary().microvascularResistanceFactor(), FULL_CYCLES, therapyMin,
                    defaultEndS[i]);
            for (int q = 0; q < Q; q++) {
                double kernelValue = measured.get(METRICS[q]);
                // The trace's bookkeeping reproduces the kernel's own two-cycle window.
                assertEquals(kernelValue, window[q], 1e-9 * Math.abs(kernelValue), NAMES[q] + " window");
                assertEquals(full.get(METRICS[q]), whole[q], 1e-9 * Math.abs(whole[q]), NAMES[q] + " whole");
                double dLast = (kernelValue - last[q]) / last[q];
                double dWhole = (kernelValue - whole[q]) / whole[q];
                worstLast = Math.max(worstLast, Math.abs(dLast));
                worstWhole = Math.max(worstWhole, Math.abs(dWhole));
                System.out.printf(Locale.ROOT, "  %-18s 2 cycles %8.4f  last %d cycles %8.4f (%+.2f%%)  whole "
                        + "therapy %8.4f (%+.2f%%)%n", NAMES[q], kernelValue, LAST_CYCLES, last[q], 100 * dLast,
                        whole[q], 100 * dWhole);
            }
            // The PICSO dose is the rise of the at-risk venous pressure over control, times the therapy time.
            double controlVein = control[i].get(Metric.RISK_VEIN_MEAN_MMHG);
            double riseMeasured = measured.get(Metric.RISK_VEIN_MEAN_MMHG) - controlVein;
            double riseWhole = whole[1] - controlVein;
            double dDose = (riseMeasured - riseWhole) / riseWhole;
            worstDose = Math.max(worstDose, Math.abs(dDose));
            System.out.printf(Locale.ROOT, "  PICSO dose (vein rise) 2 cycles %.3f mmHg, whole therapy %.3f mmHg "
                    + "(%+.2f%%); per-cycle occlusion s: first %.1f, 2-3 %.1f, last %.1f%n", riseMeasured, riseWhole,
                    100 * dDose, c.sums.get(0)[4], (c.sums.get(1)[4] + c.sums.get(2)[4]) / 2,
                    c.sums.get(FULL_CYCLES - 1)[4]);
        }
        double defaultS = 0;
        double fullS = 0;
        for (int i = 0; i < n; i++) {
            defaultS += defaultEndS[i] / n;
            fullS += (PICSO.protocol().warmupS() + 90 * 60) / n;
        }
        System.out.printf(Locale.ROOT, "worst relative difference of the 2-cycle measurement: %.2f%% against the last "
                + "%d cycles, %.2f%% against the whole therapy, %.2f%% on the dose; simulated per patient %.0f s by "
                + "default vs %.0f s for 90 min in full (%.0fx); this run %.1f s wall%n", 100 * worstLast,
                LAST_CYCLES, 100 * worstWhole, 100 * worstDose, defaultS, fullS, fullS / defaultS, seconds);
        // Tolerance 2% with the open-loop kernel (observed 0.24% / 0.6%). The closed loop adds slow modes (blood moving
        // between the systemic veins and the pulmonary side over minutes): the slowest patient (MVO x3, CFI 0.10)
        // differs by 2.0% against its last cycles and 1.6% against the whole therapy, the others by under 0.7%. The
        // tolerance is 3% since then; docs/model.md section 7 reports it.
        assertTrue(worstLast < 0.03, "2-cycle measurement vs last cycles: " + worstLast);
        assertTrue(worstWhole < 0.03, "2-cycle measurement vs whole therapy: " + worstWhole);
    }
}
