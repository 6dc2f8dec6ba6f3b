package org.sinus.cohorts.angina;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.ReducerSpec;

/**
 * {@link AnginaOutcomes}: a hand-worked patient; the placebo response shared by every arm; a device without
 * physiological effect gives exactly the sham's outcome; the response is monotonic in the physiological effect; CCS
 * classes stay within I to IV. Deterministic (fixed seeds, no statistical assertion).
 */
class AnginaOutcomesTest {
    private static final long SEED = 20240601;
    private static final List<ArmSpec> SHAM_AND_REDUCER = List.of(new ArmSpec("sham", new NoDevice()),
            new ArmSpec("reducer", ReducerSpec.defaults()));
    private static final AnginaOutcomes MODEL = new AnginaOutcomes(new AnginaOutcomeParameters(0.1, 0.3, 50, 0.2));

    @Test
    void aHandWorkedPatient() {
        VirtualPatient p = patientOfClass(3);
        // T = 1 + 0.2 (M - 1): class bands at T(2) = 1.2, T(5) = 1.8, T(7) = 2.2. u = 0.5: ln T0 = ln sqrt(1.2 x 1.8).
        // z = 1: placebo 0.1 + 0.3 = 0.4, ln T1 = 0.38504 + 0.4 = 0.78504, T1 = 2.1925: class II, improved by 1.
        // The Reducer arm with balance x 1.01: T1 = 2.2144 >= 2.2: class I, improved by 2.
        double[][] out = new double[2][MODEL.columns().size()];
        MODEL.compute(p, new AnginaOutcomes.Draws(0.5, 1.0), balance(0.8), new ArmPhysiology[] {balance(0.8),
            balance(0.808)}, SHAM_AND_REDUCER, out);
        assertArrayEquals(new double[] {0, 1, 1, 50 * 0.4, 2, 0}, out[0], 1e-12);
        assertArrayEquals(new double[] {1, 1, 2, 50 * (0.4 + Math.log(1.01)), 1, 1}, out[1], 1e-9);
        assertEquals(Math.log(Math.sqrt(1.2 * 1.8)), MODEL.baselineLogDemand(3, 0.5), 1e-15);
    }

    @Test
    void theSameDrawsInEveryArmAndNoEffectGivesExactlyTheSham() {
        OutcomeModel model = Cohorts.of("refractory-angina").outcomes();
        RandomStreams streams = RandomStreams.of(SEED);
        for (int id = 0; id < 300; id++) {
            VirtualPatient p = Cohorts.of("refractory-angina").sample(streams, id);
            ArmPhysiology control = balance(0.5 + id / 300.0);
            ArmPhysiology sameAsControl = balance(control.get(Metric.RISK_ENDO_O2_BALANCE));
            double[][] two = new double[2][model.columns().size()];
            model.compute(p, control, new ArmPhysiology[] {control, sameAsControl}, SHAM_AND_REDUCER, streams, two);
            assertArrayEquals(two[0], two[1], 0, "patient " + id + ": a device without effect is the sham");
            double[][] one = new double[1][model.columns().size()];
            model.compute(p, control, new ArmPhysiology[] {control}, SHAM_AND_REDUCER.subList(0, 1), streams, one);
            assertArrayEquals(two[0], one[0], 0, "patient " + id + ": the sham does not depend on the other arms");
            double[][] again = new double[2][model.columns().size()];
            model.compute(p, control, new ArmPhysiology[] {control, balance(2)}, SHAM_AND_REDUCER, streams, again);
            assertArrayEquals(two[0], again[0], 0, "patient " + id + ": the sham does not depend on the device");
        }
    }

    @Test
    void moreOxygenBalanceNeverWorsensAndTheClassesStayWithinOneToFour() {
        RandomStreams streams = RandomStreams.of(SEED);
        double[] ratios = {1e-6, 0.5, 0.9, 0.99, 1, 1.01, 1.1, 1.5, 3, 1e6};
        int[] improved2 = new int[ratios.length];
        for (int id = 0; id < 500; id++) {
            VirtualPatient p = Cohorts.of("refractory-angina").sample(streams, id);
            int baseline = ((AnginaPresentation) p.presentation()).ccsClass();
            ArmPhysiology[] byArm = new ArmPhysiology[ratios.length];
            ArmSpec[] arms = new ArmSpec[ratios.length];
            for (int k = 0; k < ratios.length; k++) {
                byArm[k] = balance(0.7 * ratios[k]);
                arms[k] = new ArmSpec("arm-" + k, ReducerSpec.defaults());
            }
            double[][] out = new double[ratios.length][MODEL.columns().size()];
            MODEL.compute(p, balance(0.7), byArm, List.of(arms), streams, out);
            for (int k = 0; k < ratios.length; k++) {
                double[] row = out[k];
                assertTrue(row[4] >= 1 && row[4] <= 4, "class " + row[4]);
                assertEquals(baseline - row[4], row[2], "improvement is baseline minus follow-up");
                assertEquals(row[2] >= 2 ? 1 : 0, row[0]);
                assertEquals(row[2] >= 1 ? 1 : 0, row[1]);
                improved2[k] += (int) row[0];
                if (k > 0) {
                    assertTrue(row[2] >= out[k - 1][2], "patient " + id + ": improvement falls from ratio "
                            + ratios[k - 1] + " to " + ratios[k]);
                    assertTrue(row[3] > out[k - 1][3], "patient " + id + ": SAQ change does not rise");
                }
            }
            assertEquals(4, out[0][4], "no oxygen at all: class IV");
            assertEquals(1, out[ratios.length - 1][4], "a millionfold balance: class I");
        }
        for (int k = 1; k < ratios.length; k++) {
            assertTrue(improved2[k] >= improved2[k - 1]);
        }
        assertTrue(improved2[7] > improved2[4] + 50, "a 50% gain improves many more patients by two classes");
    }

    @Test
    void baselinePositionsLieInTheirClass() {
        for (int ccs = 3; ccs <= 4; ccs++) {
            for (double u = 0; u < 1; u += 0.001) {
                assertEquals(ccs, MODEL.ccsClass(MODEL.baselineLogDemand(ccs, u)), "class " + ccs + ", u " + u);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> MODEL.baselineLogDemand(2, 0.5));
    }

    @Test
    void aFailedSimulationIsAClearError() {
        VirtualPatient p = patientOfClass(3);
        double[][] out = new double[2][MODEL.columns().size()];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MODEL.compute(p,
                balance(0.8), new ArmPhysiology[] {balance(0.8), balance(Double.NaN)}, SHAM_AND_REDUCER,
                RandomStreams.of(1), out));
        assertTrue(e.getMessage().contains("patient " + p.id() + ", arm reducer"), e.getMessage());
    }

    private static VirtualPatient patientOfClass(int ccs) {
        RandomStreams streams = RandomStreams.of(SEED);
        for (int id = 0; ; id++) {
            VirtualPatient p = Cohorts.of("refractory-angina").sample(streams, id);
            if (((AnginaPresentation) p.presentation()).ccsClass() == ccs) {
                return p;
            }
        }
    }

    private static ArmPhysiology balance(double b) {
        double[] m = new double[Metric.values().length];
        m[Metric.RISK_ENDO_O2_BALANCE.ordinal()] = b;
        return new ArmPhysiology(m, new double[0], null);
    }
}
