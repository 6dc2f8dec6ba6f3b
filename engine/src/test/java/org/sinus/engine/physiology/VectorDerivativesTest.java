package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;

/**
 * Differential test of the vector kernel against the scalar reference (STYLE.md principle 6), on patients drawn
 * uniformly from the whole box of the parameter records' ranges (seed {@value #SEED}).
 *
 * <p>Exact. The twin performs the scalar code's operations in its order, with the same polynomial cosine
 * ({@link CardiovascularModel#cosHalfTurn}), and Java rounds every addition, multiplication, division and square root
 * exactly, so every derivative component and every whole-run metric must be bit for bit the scalar code's (the
 * tolerances below are zero; they were 1e-12 and 1e-9 while the twin took SVML's cosine). A difference means the twin
 * has left the reference. Deterministic: no chance failures.
 */
class VectorDerivativesTest {
    private static final long SEED = 20261121;
    /** Patients in the derivative comparison; not a multiple of the lane count, so the scalar tail runs too. */
    private static final int PATIENTS = 10_003;
    private static final int RUN_PATIENTS = 256;
    private static final double DERIVATIVE_TOLERANCE = 0;
    private static final double RUN_TOLERANCE = 0;

    /** Patient {@code id} drawn uniformly from the whole box of the parameter records' ranges. */
    static PatientParameters boxPatient(RandomStreams streams, long id) {
        UniformRandomProvider rng = streams.stream(id, Purpose.COHORT);
        double[][] box = {{30, 200}, {0.3, 6}, {0.02, 0.5}, {0, 80}, {2, 40}, {0, 25}, {0.3, 4}, {0.3, 4},
            {60, 400}, {0.02, 0.8}, {0, 0.6}, {1, 10}, {0, 0.6}};
        double[] v = new double[box.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = box[j][0] + (box[j][1] - box[j][0]) * rng.nextDouble();
        }
        // Half the patients with a competent mitral valve, half with a regurgitant orifice up to 0.6 cm^2.
        double eroa = rng.nextBoolean() ? 0 : v[12];
        boolean occluded = rng.nextBoolean();
        // Half the open culprits with a stenosis of up to 95% diameter.
        double stenosis = rng.nextBoolean() ? 0 : 95 * rng.nextDouble();
        return new PatientParameters(new HeartParameters(v[0], v[1], v[2], v[3], v[4], v[5], eroa),
                new VascularParameters(v[6], v[7]),
                new CoronaryParameters(v[8], v[9], v[10], v[11], occluded, stenosis));
    }

    @Test
    void theVectorModuleIsAvailableInTheBuild() {
        assertTrue(KernelPath.vectorAvailable(), "jdk.incubator.vector is missing: sinus.jvm.flags must carry"
                + " --add-modules=jdk.incubator.vector");
        assertEquals(KernelPath.VECTOR, new CardiovascularModel(ModelConstants.defaults(), 1, KernelPath.VECTOR)
                .path());
    }

    /**
     * One evaluation on random patients, states, times and actuators, covering every branch of every term; with the
     * collateral recruitment in force and switched off (then its term multiplies by exactly 1).
     */
    @ParameterizedTest(name = "recruitment {0} per mmHg")
    @ValueSource(doubles = {ModelConstants.FITTED_COLLATERAL_RECRUITMENT_PER_MMHG, 0})
    void oneEvaluationMatchesTheScalarReference(double recruitmentPerMmHg) {
        RandomStreams streams = RandomStreams.of(SEED);
        ModelConstants recruiting = ModelConstants.defaults(recruitmentPerMmHg);
        CardiovascularModel scalar = new CardiovascularModel(recruiting, PATIENTS, KernelPath.SCALAR);
        CardiovascularModel vector = new CardiovascularModel(recruiting, PATIENTS, KernelPath.VECTOR);
        int dim = CardiovascularModel.DIMENSION;
        double[][] y = new double[dim][PATIENTS];
        double[][] ignored = new double[dim][PATIENTS];
        double worst = 0;
        String where = "";
        long exact = 0;
        long compared = 0;
        int[] branches = new int[10];
        for (int round = 0; round < 4; round++) {
            double timeS = 30 * streams.stream(round, Purpose.TRIAL).nextDouble();
            for (int i = 0; i < PATIENTS; i++) {
                PatientParameters p = boxPatient(streams, i);
                scalar.load(i, p, y);
                vector.load(i, p, ignored);
                UniformRandomProvider rng = streams.stream(i, Purpose.DEVICE, round);
                randomise(scalar, i, y, rng);
                copyPatient(scalar, vector, i);
                branches[0] += y[CardiovascularModel.MICRO][i] < 0 ? 1 : 0;
                branches[1] += y[CardiovascularModel.SINUS][i] > scalar.constants().veins().sinusComplianceMlPerMmHg()
                        * scalar.constants().veins().sinusKneeMmHg() ? 1 : 0;
                double tb = timeS - Math.floor(timeS / scalar.periodS[i]) * scalar.periodS[i];
                double ts = scalar.systoleS[i];
                branches[tb < ts ? 2 : tb < 1.5 * ts ? 3 : 4]++;
                branches[5] += scalar.axialPumpFlowAtZeroHeadMlPerS[i] > 0 ? 1 : 0;
                double plv = scalar.lvPressure(i, timeS, y[CardiovascularModel.LV_VOLUME][i]);
                branches[6] += scalar.eroa[i] > 0 && plv > y[CardiovascularModel.LA][i] ? 1 : 0;
                branches[7] += scalar.laPumpFlowAtZeroHeadMlPerS[i] > 0 ? 1 : 0;
                double pra = y[CardiovascularModel.RA][i];
                branches[8] += scalar.raPumpFlowMlPerS[i] > 0 && pra > 0 && pra < ModelConstants.SUCTION_MMHG ? 1 : 0;
                branches[9] += scalar.atriaHeld[i] != 0 ? 1 : 0;
            }
            double[][] expected = new double[dim][PATIENTS];
            double[][] actual = new double[dim][PATIENTS];
            int from = round; // unaligned starts: the vector loop begins anywhere, the tail is scalar
            scalar.derivatives(timeS, y, expected, from, PATIENTS);
            vector.derivatives(timeS, y, actual, from, PATIENTS);
            for (int s = 0; s < dim; s++) {
                double typical = 0;
                for (int i = from; i < PATIENTS; i++) {
                    typical += Math.abs(expected[s][i]) / (PATIENTS - from);
                }
                for (int i = from; i < PATIENTS; i++) {
                    double a = expected[s][i];
                    double b = actual[s][i];
                    compared++;
                    exact += Double.doubleToLongBits(a) == Double.doubleToLongBits(b) ? 1 : 0;
                    double rel = Math.abs(a - b) / Math.max(Math.abs(a), typical);
                    assertTrue(Double.isFinite(a) && !(rel > DERIVATIVE_TOLERANCE), "state " + s + ", patient " + i
                            + ", t = " + timeS + ": scalar " + a + ", vector " + b);
                    if (rel > worst) {
                        worst = rel;
                        where = String.format(Locale.ROOT, "state %d, patient %d, t = %.4f s: %s vs %s", s, i,
                                timeS, a, b);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "vector vs scalar derivatives, %d patients x 4 random states: %d of %d"
                + " components bit-identical; worst scaled difference %.2e (%s); branches: collapsed micro %d,"
                + " sinus above knee %d, systole %d, relaxation %d, diastole %d, axial pump on %d, mitral regurgitation"
                + " %d, left atrial pump on %d, venous pump sucking %d, atria held %d%n", PATIENTS, exact, compared,
                worst, where, branches[0], branches[1], branches[2], branches[3], branches[4], branches[5],
                branches[6], branches[7], branches[8], branches[9]);
        for (int b : branches) {
            assertTrue(b > 100, "every branch is exercised");
        }
        assertTrue(worst <= DERIVATIVE_TOLERANCE, "worst " + worst);
    }

    /** Whole runs under control and PICSO: every metric, device metric and failure as the scalar kernel's. */
    @Test
    void wholeRunsMatchTheScalarReference() {
        RandomStreams streams = RandomStreams.of(SEED);
        List<PatientParameters> patients = new ArrayList<>();
        for (int i = 0; i < RUN_PATIENTS; i++) {
            patients.add(boxPatient(streams, PATIENTS + i));
        }
        List<Device> devices = List.of(new Control(), new Picso(1.0, 3, 20, 3, 90));
        ArmPhysiology[][] expected = new Kernel(ModelConstants.defaults(), RUN_PATIENTS, Kernel.DEFAULT_STEP_S,
                KernelPath.SCALAR).run(patients, devices);
        Kernel vectorKernel = new Kernel(ModelConstants.defaults(), RUN_PATIENTS, Kernel.DEFAULT_STEP_S,
                KernelPath.VECTOR);
        assertEquals(KernelPath.VECTOR, vectorKernel.path());
        ArmPhysiology[][] actual = vectorKernel.run(patients, devices);
        double worst = 0;
        String where = "none";
        int identical = 0;
        int failures = 0;
        for (int d = 0; d < devices.size(); d++) {
            for (int i = 0; i < RUN_PATIENTS; i++) {
                ArmPhysiology a = expected[d][i];
                ArmPhysiology b = actual[d][i];
                assertEquals(a.failure(), b.failure(), devices.get(d).name() + ", patient " + i);
                failures += a.ok() ? 0 : 1;
                identical += java.util.Arrays.equals(a.metrics(), b.metrics())
                        && java.util.Arrays.equals(a.deviceMetrics(), b.deviceMetrics()) ? 1 : 0;
                double[][] pairs = {a.metrics(), b.metrics(), a.deviceMetrics(), b.deviceMetrics()};
                for (int k = 0; k < 4; k += 2) {
                    for (int j = 0; j < pairs[k].length; j++) {
                        double x = pairs[k][j];
                        double z = pairs[k + 1][j];
                        if (Double.isNaN(x) && Double.isNaN(z)) {
                            continue;
                        }
                        double rel = Math.abs(x - z) / Math.max(Math.abs(x), 1e-6);
                        String name = k == 0 ? Metric.values()[j].name() : devices.get(d).metricNames().get(j);
                        assertTrue(rel <= RUN_TOLERANCE, devices.get(d).name() + ", patient " + i + ", " + name
                                + ": scalar " + x + ", vector " + z);
                        if (rel > worst) {
                            worst = rel;
                            where = String.format(Locale.ROOT, "%s, patient %d, %s: %s vs %s",
                                    devices.get(d).name(), i, name, x, z);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "vector vs scalar runs, %d patients x %d devices: %d results bit-identical,"
                + " %d failures (same in both); worst relative difference %.2e (%s)%n", RUN_PATIENTS, devices.size(),
                identical, failures, worst, where);
    }

    /**
     * Random state, time-independent actuators, autoregulated arterioles and priming columns for patient {@code i}:
     * collapsed and distended vessels, open and closed sinus, every pump on or off, atria held or free.
     */
    static void randomise(CardiovascularModel m, int i, double[][] y, UniformRandomProvider rng) {
        y[CardiovascularModel.LV_VOLUME][i] = m.v0[i] + uniform(rng, -5, 250);
        y[CardiovascularModel.AORTA][i] = uniform(rng, 20, 200);
        for (int l = 0; l < 4; l++) {
            y[CardiovascularModel.MICRO + l][i] = m.microCompliance[l][i] * uniform(rng, -10, 80);
            y[CardiovascularModel.VEIN + l][i] = m.veinCompliance[l][i] * uniform(rng, -10, 60);
            m.arteriolarResistance(l, i, m.arteriolarResistance(l, i) * uniform(rng, 0.3, 3));
        }
        y[CardiovascularModel.SINUS][i] = m.constants().veins().sinusComplianceMlPerMmHg() * uniform(rng, -5, 60);
        y[CardiovascularModel.EPICARDIAL][i] = uniform(rng, 10, 200);
        m.csOstiumOpen[i] = rng.nextBoolean() ? 1 : rng.nextDouble();
        m.ostiumResistanceFactor[i] = uniform(rng, 1, 20);
        m.sinusPumpMlPerS[i] = rng.nextBoolean() ? 0 : uniform(rng, 0, 5);
        m.greatVeinOpen[i] = rng.nextBoolean() ? 1 : 0;
        m.greatVeinPumpMlPerS[i] = rng.nextBoolean() ? 0 : uniform(rng, 0, 8);
        m.graftConductance[i] = rng.nextBoolean() ? 0 : uniform(rng, 0, 0.5);
        m.aorticBalloonRateMlPerS[i] = rng.nextBoolean() ? 0 : uniform(rng, -100, 100);
        m.axialPumpFlowAtZeroHeadMlPerS[i] = rng.nextBoolean() ? 0 : uniform(rng, 0, 60);
        m.axialPumpHeadSlopeMlPerSPerMmHg[i] = uniform(rng, 0, 1);
        y[CardiovascularModel.VENOUS][i] = uniform(rng, -2, 30);
        y[CardiovascularModel.RA][i] = uniform(rng, -2, 20);
        y[CardiovascularModel.RV_VOLUME][i] = uniform(rng, 20, 250);
        y[CardiovascularModel.PULMONARY][i] = uniform(rng, 2, 60);
        y[CardiovascularModel.LA][i] = uniform(rng, -2, 40);
        m.laPumpFlowAtZeroHeadMlPerS[i] = rng.nextBoolean() ? 0 : uniform(rng, 0, 90);
        m.laPumpHeadSlopeMlPerSPerMmHg[i] = uniform(rng, 0, 1);
        m.raPumpFlowMlPerS[i] = rng.nextBoolean() ? 0 : uniform(rng, 0, 120);
        m.mitralOrificeFactor[i] = uniform(rng, 0.3, 1);
        m.culpritConductanceFactor[i] = uniform(rng, 0.1, 1);
        m.rvEmax[i] = uniform(rng, 0.2, 8);
        m.atriaHeld[i] = rng.nextBoolean() ? 1 : 0;
    }

    /**
     * The vector kernel pads a batch to whole vectors, so a patient's results are bit for bit the same wherever it
     * sits in a batch and whatever the batch's size: 13 patients (one whole vector and a tail with AVX-512, three
     * vectors and a tail with AVX2) together, each alone, and in reverse order.
     */
    @Test
    void vectorResultsDoNotDependOnThePlaceInTheBatch() {
        RandomStreams streams = RandomStreams.of(SEED + 1);
        int n = 13;
        List<PatientParameters> patients = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            patients.add(boxPatient(streams, i));
        }
        List<Device> devices = List.of(new Control(), new Picso(1.0, 3, 20, 3, 90));
        Kernel kernel = new Kernel(ModelConstants.defaults(), n, Kernel.DEFAULT_STEP_S, KernelPath.VECTOR);
        assertEquals(KernelPath.VECTOR, kernel.path());
        ArmPhysiology[][] together = kernel.run(patients, devices);
        List<PatientParameters> reversed = new ArrayList<>(patients);
        java.util.Collections.reverse(reversed);
        ArmPhysiology[][] backwards = kernel.run(reversed, devices);
        int ok = 0;
        for (int i = 0; i < n; i++) {
            ArmPhysiology[][] alone = kernel.run(List.of(patients.get(i)), devices);
            for (int d = 0; d < devices.size(); d++) {
                for (ArmPhysiology other : List.of(alone[d][0], backwards[d][n - 1 - i])) {
                    assertEquals(together[d][i].failure(), other.failure());
                    assertTrue(java.util.Arrays.equals(together[d][i].metrics(), other.metrics())
                            && java.util.Arrays.equals(together[d][i].deviceMetrics(), other.deviceMetrics()),
                            devices.get(d).name() + ", patient " + i + " differs by its place in the batch");
                }
                ok += together[d][i].ok() ? 1 : 0;
            }
        }
        assertTrue(ok > n, "most runs succeed, so the comparison compares numbers: " + ok);
    }

    private static void copyPatient(CardiovascularModel from, CardiovascularModel to, int i) {
        for (int l = 0; l < 4; l++) {
            to.arteriolarResistance(l, i, from.arteriolarResistance(l, i));
        }
        double[][] a = from.actuators();
        double[][] b = to.actuators();
        for (int k = 0; k < a.length; k++) {
            b[k][i] = a[k][i];
        }
    }

    private static double uniform(UniformRandomProvider rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
