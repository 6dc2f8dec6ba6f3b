package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.NoDevice;

/**
 * The kernel link of {@link CtoOutcomes} on constructed physiology: its direction (more support, no worse burden,
 * MI or collapse; more ischaemic minutes, more MI), the anchor on the control physiology, and common random numbers.
 * Deterministic (fixed seed, exact comparisons).
 */
class CtoOutcomesTest {
    private static final CtoOutcomes MODEL = new CtoOutcomes(CtoProcedureModel.defaults(),
            CtoOutcomeParameters.defaults());

    /** Physiology of an arm: O2 balance, cardiac power (W), systemic and native flow (L/min). */
    static ArmPhysiology arm(double balance, double powerW, double systemic, double nativeFlow) {
        final double[] m = new double[Metric.values().length];
        m[Metric.RISK_ENDO_O2_BALANCE.ordinal()] = balance;
        m[Metric.CARDIAC_POWER_OUTPUT_W.ordinal()] = powerW;
        m[Metric.SYSTEMIC_FLOW_L_PER_MIN.ordinal()] = systemic;
        m[Metric.CARDIAC_OUTPUT_L_PER_MIN.ordinal()] = nativeFlow;
        return new ArmPhysiology(m, new double[0], null);
    }

    @Test
    void moreIschaemicMinutesMoreMiAndCollapse() {
        double last = MODEL.miProbability(0.01, 0);
        assertEquals(0.01, last, 1e-15);
        for (double burden = 1; burden <= 60; burden += 1) {
            final double p = MODEL.miProbability(0.01, burden);
            assertTrue(p > last, "MI probability rises with the burden at " + burden);
            last = p;
        }
        assertEquals(0.5, MODEL.miProbability(0, CtoOutcomeParameters.defaults().mi().halfDoseMin()), 1e-12);
        assertTrue(MODEL.collapseProbability(0.5, 20) > MODEL.collapseProbability(0.5, 10));
        assertTrue(MODEL.collapseProbability(0.4, 10) > MODEL.collapseProbability(0.8, 10));
    }

    @Test
    void controlArmKeepsTheFittedProbabilityUnlessItsOwnIschaemiaIsLarger() {
        final double fitted = 0.02;
        final double small = 2;
        assertEquals(fitted, MODEL.miProbability(MODEL.backgroundMiProbability(fitted, small), small), 1e-12);
        final double large = 40;
        assertEquals(0, MODEL.backgroundMiProbability(fitted, large));
        assertTrue(MODEL.miProbability(0, large) > fitted);
    }

    /** Over 2,000 patients: a better-supplied, stronger arm is never worse for the same patient (paired draws). */
    @Test
    void moreSupportIsNoWorseForEveryPatient() {
        final CtoPciCohort cohort = CtoPciCohort.of(CtoPciCohort.HIGH_RISK_NAME);
        final RandomStreams streams = RandomStreams.of(77);
        final List<ArmSpec> arms = List.of(new ArmSpec("weak", new NoDevice()), new ArmSpec("supported",
                new NoDevice()), new ArmSpec("same", new NoDevice()));
        final ArmPhysiology control = arm(0.6, 0.7, 4, 4);
        final ArmPhysiology[] byArm = {control, arm(0.9, 1.0, 4.5, 3), control};
        int fewer = 0;
        double burdenWeak = 0;
        double burdenSupported = 0;
        for (int id = 0; id < 2_000; id++) {
            final VirtualPatient p = CtoPciCohortTest.sampleOrNull(cohort, streams, id);
            if (p == null) {
                continue;
            }
            final double[][] out = new double[3][MODEL.columns().size()];
            MODEL.compute(p, control, byArm, arms, streams, out);
            assertArrayEquals(out[0], out[2], "same physiology, same outcome (common random numbers)");
            assertTrue(out[1][CtoOutcomes.BURDEN] <= out[0][CtoOutcomes.BURDEN]);
            assertTrue(out[1][CtoOutcomes.MI] <= out[0][CtoOutcomes.MI]);
            assertTrue(out[1][CtoOutcomes.COLLAPSE] <= out[0][CtoOutcomes.COLLAPSE]);
            assertTrue(out[1][CtoOutcomes.SUCCESS] >= out[0][CtoOutcomes.SUCCESS]);
            assertEquals(out[0][CtoOutcomes.PROCEDURE_TIME], out[1][CtoOutcomes.PROCEDURE_TIME]);
            fewer += (int) (out[0][CtoOutcomes.MAE] - out[1][CtoOutcomes.MAE]);
            burdenWeak += out[0][CtoOutcomes.BURDEN];
            burdenSupported += out[1][CtoOutcomes.BURDEN];
        }
        assertTrue(fewer > 0, "support prevents some events");
        assertEquals(0.25 * burdenWeak, burdenSupported, 1e-9 * burdenWeak, "burden scales with the unmet share");
    }

    @Test
    void aFailedKernelResultIsRejected() {
        final VirtualPatient p = CtoPciCohort.of(CtoPciCohort.NAME).sample(RandomStreams.of(1), 2);
        final ArmPhysiology bad = arm(Double.NaN, 1, 4, 4);
        assertThrows(IllegalArgumentException.class, () -> MODEL.compute(p, bad, new ArmPhysiology[] {bad},
                List.of(new ArmSpec("a", new NoDevice())), RandomStreams.of(1), new double[1][13]));
    }
}
