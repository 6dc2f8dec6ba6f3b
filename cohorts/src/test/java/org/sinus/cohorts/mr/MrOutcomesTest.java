package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.CsAnnuloplastySpec;
import org.sinus.engine.scenario.NoDevice;

/**
 * Properties of {@link MrOutcomes} on 2,000 sampled patients (seed 7) with physiology made up per arm (the kernel's
 * regurgitant volume is the only metric the model reads): common random numbers, NYHA in I to IV, monotone in the
 * regurgitant reduction, compression only where the anatomy allows it. Deterministic (fixed seed); no statistical
 * tolerance except {@link #compressionFollowsTheAnatomy}, whose bands are 5 binomial SE (false failure below 1e-6).
 */
class MrOutcomesTest {
    private static final RandomStreams STREAMS = RandomStreams.of(7);
    private static final List<VirtualPatient> PATIENTS = new ArrayList<>();
    private static final List<ArmSpec> ARMS = List.of(new ArmSpec("control", new NoDevice()),
            new ArmSpec("device-a", CsAnnuloplastySpec.defaults()), new ArmSpec("device-b",
                    CsAnnuloplastySpec.defaults()));

    static {
        for (long id = 0; id < 2000; id++) {
            PATIENTS.add(MrCohortSampler.sample(STREAMS, id).patient());
        }
    }

    private static ArmPhysiology physiology(double regurgitantMl) {
        double[] m = new double[Metric.values().length];
        m[Metric.REGURGITANT_VOLUME_ML.ordinal()] = regurgitantMl;
        return new ArmPhysiology(m, new double[0], null);
    }

    private static double[][] run(MrOutcomes model, VirtualPatient p, double controlMl, double... armMl) {
        ArmPhysiology control = physiology(controlMl);
        ArmPhysiology[] byArm = new ArmPhysiology[ARMS.size()];
        byArm[0] = control;
        for (int a = 1; a < byArm.length; a++) {
            byArm[a] = physiology(armMl[a - 1]);
        }
        double[][] out = new double[ARMS.size()][model.columns().size()];
        model.compute(p, control, byArm, ARMS, STREAMS, out);
        return out;
    }

    @Test
    void armsWithTheSameDeviceAndPhysiologyAreIdenticalAndTheControlHasNoProcedure() {
        MrOutcomes model = new MrOutcomes();
        for (VirtualPatient p : PATIENTS) {
            double[][] out = run(model, p, 40, 30, 30);
            assertArrayEquals(out[1], out[2], "patient " + p.id());
            assertEquals(0, out[0][MrOutcomes.COL_ATTEMPTED]);
            assertEquals(0, out[0][MrOutcomes.COL_MI] + out[0][MrOutcomes.COL_CS_COMPLICATION]
                    + out[0][MrOutcomes.COL_COMPRESSED] + out[0][MrOutcomes.COL_IMPLANTED]);
            assertEquals(1, out[1][MrOutcomes.COL_ATTEMPTED]);
        }
    }

    @Test
    void withoutProcedureOrReductionEveryArmDrawsTheSameChange() {
        MrOutcomeParameters d = MrOutcomeParameters.defaults();
        MrOutcomes model = new MrOutcomes(new MrOutcomeParameters(d.procedure(),
                new MrOutcomeParameters.Response(0, 0, d.walk().sd()), new MrOutcomeParameters.Response(0, 0, 16),
                new MrOutcomeParameters.Response(0, 0, 0.7)));
        int changed = 0;
        for (VirtualPatient p : PATIENTS) {
            double[][] out = run(model, p, 40, 20, 35);
            for (int c : new int[] {MrOutcomes.COL_NYHA, MrOutcomes.COL_WALK, MrOutcomes.COL_KCCQ}) {
                assertEquals(out[0][c], out[1][c], "patient " + p.id() + " column " + c);
                assertEquals(out[0][c], out[2][c], "patient " + p.id() + " column " + c);
            }
            changed += out[0][MrOutcomes.COL_WALK_CHANGE] != 0 ? 1 : 0;
        }
        assertTrue(changed > 1900, "the noise is drawn: " + changed + " of 2000 patients changed their walk");
    }

    @Test
    void nyhaStaysInOneToFourAndMeasuresStayInTheirRanges() {
        MrOutcomeParameters d = MrOutcomeParameters.defaults();
        MrOutcomes wild = new MrOutcomes(new MrOutcomeParameters(d.procedure(),
                new MrOutcomeParameters.Response(-200, 50, 300), new MrOutcomeParameters.Response(-50, 10, 60),
                new MrOutcomeParameters.Response(-2, 1, 3)));
        for (MrOutcomes model : List.of(new MrOutcomes(), wild)) {
            for (VirtualPatient p : PATIENTS) {
                double[][] out = run(model, p, 40, 5, 60);
                for (double[] o : out) {
                    assertTrue(o[MrOutcomes.COL_NYHA] >= 1 && o[MrOutcomes.COL_NYHA] <= 4, "NYHA " + o[10]);
                    assertEquals(Math.rint(o[MrOutcomes.COL_NYHA]), o[MrOutcomes.COL_NYHA]);
                    assertTrue(o[MrOutcomes.COL_WALK] >= 0);
                    assertTrue(o[MrOutcomes.COL_KCCQ] >= 0 && o[MrOutcomes.COL_KCCQ] <= 100);
                }
            }
        }
    }

    @Test
    void aLargerRegurgitantReductionNeverWorsensAPatient() {
        MrOutcomes model = new MrOutcomes();
        int better = 0;
        for (VirtualPatient p : PATIENTS) {
            double[][] out = run(model, p, 40, 35, 25); // arm 2 removes 15 ml, arm 1 5 ml
            assertTrue(out[2][MrOutcomes.COL_NYHA] <= out[1][MrOutcomes.COL_NYHA], "patient " + p.id());
            assertTrue(out[2][MrOutcomes.COL_WALK] >= out[1][MrOutcomes.COL_WALK], "patient " + p.id());
            assertTrue(out[2][MrOutcomes.COL_KCCQ] >= out[1][MrOutcomes.COL_KCCQ], "patient " + p.id());
            better += out[2][MrOutcomes.COL_WALK] > out[1][MrOutcomes.COL_WALK] ? 1 : 0;
        }
        // pointwise for the same draws, so also in expectation; a failed implant gets no reduction in either arm
        assertTrue(better > 1000, better + " implanted patients walk further with the larger reduction");
    }

    @Test
    void compressionFollowsTheAnatomy() {
        MrOutcomes model = new MrOutcomes();
        MrOutcomeParameters.Procedure q = model.parameters().procedure();
        int crossing = 0;
        int compressed = 0;
        for (VirtualPatient p : PATIENTS) {
            MrPresentation s = (MrPresentation) p.presentation();
            boolean allows = s.crossingWithin(q.spanFromMm(), q.spanToMm());
            double[][] out = run(model, p, 40, 30, 30);
            boolean c = out[1][MrOutcomes.COL_COMPRESSED] == 1;
            assertFalse(c && !allows, "patient " + p.id() + " compressed without a crossing in the span");
            assertFalse(out[1][MrOutcomes.COL_MI] == 1 && !c, "patient " + p.id() + ": MI without compression");
            crossing += allows ? 1 : 0;
            compressed += c ? 1 : 0;
        }
        double expected = crossing * q.compressionGivenCrossing();
        double se = Math.sqrt(expected * (1 - q.compressionGivenCrossing()));
        assertEquals(expected, compressed, 5 * se, compressed + " compressed of " + crossing + " crossings");
        assertTrue(crossing < PATIENTS.size(), "some patients cannot be compressed");
    }

    @Test
    void drawsAreAPureFunctionOfSeedAndPatient() {
        assertEquals(MrOutcomes.Draws.of(RandomStreams.of(7), 12), MrOutcomes.Draws.of(RandomStreams.of(7), 12));
        assertFalse(MrOutcomes.Draws.of(RandomStreams.of(7), 12).equals(MrOutcomes.Draws.of(RandomStreams.of(7), 13)));
    }

    @Test
    void nyhaFollowUpRoundsAndClamps() {
        assertEquals(2, MrOutcomes.nyhaFollowUp(3, 0.6));
        assertEquals(3, MrOutcomes.nyhaFollowUp(3, 0.4));
        assertEquals(1, MrOutcomes.nyhaFollowUp(2, 5));
        assertEquals(4, MrOutcomes.nyhaFollowUp(3, -5));
    }
}
