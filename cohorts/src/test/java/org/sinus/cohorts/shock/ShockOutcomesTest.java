package org.sinus.cohorts.shock;

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
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.ImpellaSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.VaEcmoSpec;

/**
 * The outcome model's properties, exact (no statistical tolerance): the same draws in every arm, a higher cardiac
 * power output never raises the death probability, complications rise with the device's access, and an event under
 * a smaller access also happens under a larger one (common random numbers). The empirical complication rates over
 * 4,000 patients are compared with the model's mean probabilities at 4.89 SEs (false-failure rate below 1e-5 for the
 * eight checks; fixed seed, deterministic).
 */
class ShockOutcomesTest {
    private static final ShockOutcomes MODEL = new ShockOutcomes(ShockOutcomeParameters.defaults());
    private static final List<ArmSpec> ARMS = List.of(new ArmSpec("control", new NoDevice()),
            new ArmSpec("iabp", IabpSpec.defaults()), new ArmSpec("impella", ImpellaSpec.defaults()),
            new ArmSpec("ecmo", VaEcmoSpec.defaults()));

    private static ArmPhysiology physiology(double cpoW) {
        final double[] m = new double[Metric.values().length];
        m[Metric.CARDIAC_POWER_OUTPUT_W.ordinal()] = cpoW;
        m[Metric.MEAN_AORTIC_MMHG.ordinal()] = 70;
        m[Metric.CARDIAC_OUTPUT_L_PER_MIN.ordinal()] = cpoW * 451 / 70;
        m[Metric.SYSTEMIC_FLOW_L_PER_MIN.ordinal()] = cpoW * 451 / 70;
        m[Metric.LVEDP_MMHG.ordinal()] = 24;
        return new ArmPhysiology(m, new double[0], null);
    }

    private static double[][] compute(VirtualPatient p, RandomStreams streams, ArmPhysiology... byArm) {
        final double[][] out = new double[ARMS.size()][MODEL.columns().size()];
        MODEL.compute(p, byArm[0], byArm, ARMS, streams, out);
        return out;
    }

    @Test
    void sameDrawsInEveryArmAndEventsNestByAccess() {
        final RandomStreams streams = RandomStreams.of(5);
        final int n = 4_000;
        final double[] events = new double[ARMS.size() * 2];
        final double[] expected = new double[ARMS.size() * 2];
        final double[] q = new double[4];
        for (int id = 0; id < n; id++) {
            final VirtualPatient p = ShockCohortSampler.sample(ShockPopulation.ECLS_SHOCK, streams, id).patient();
            final ArmPhysiology same = physiology(0.6);
            final double[][] out = compute(p, streams, same, same, same, same);
            // identical physiology: death differs only through the arms' complications; with none, identical rows
            for (int a = 1; a < ARMS.size(); a++) {
                for (int k = 1; k <= 2; k++) {
                    assertTrue(out[a][k] >= out[a - 1][k], "patient " + id + ": event " + k + " nests by access");
                }
                assertTrue(out[a][1] >= out[0][1] && out[a][2] >= out[0][2], "no device complication below control");
            }
            assertArrayEquals(out[0], compute(p, streams, same, same, same, same)[0], "the same draws on a rerun");
            for (int a = 0; a < ARMS.size(); a++) {
                events[2 * a] += out[a][1];
                events[2 * a + 1] += out[a][2];
                MODEL.parameters().complicationProbabilities((ShockPresentation) p.presentation(),
                        DeviceAccess.of(ARMS.get(a).device()), q);
                expected[2 * a] += q[0];
                expected[2 * a + 1] += q[1];
            }
        }
        for (int k = 0; k < events.length; k++) {
            final double pk = expected[k] / n;
            assertEquals(pk, events[k] / n, 4.89 * Math.sqrt(pk * (1 - pk) / n) + 1e-9, "complication rate " + k);
        }
        assertTrue(expected[6] > expected[4] && expected[4] > expected[2] && expected[2] > expected[0],
                "bleeding rises with access: control < IABP < Impella CP < VA-ECMO");
        assertTrue(expected[7] > expected[5] && expected[5] > expected[3] && expected[3] > expected[1],
                "vascular complications rise with access");
    }

    @Test
    void higherCardiacPowerNeverRaisesDeath() {
        final VirtualPatient p = ShockCohortSampler.sample(ShockPopulation.IABP_SHOCK_II, RandomStreams.of(9), 1)
                .patient();
        final ShockPresentation s = (ShockPresentation) p.presentation();
        final ShockOutcomeParameters par = MODEL.parameters();
        for (int events = 0; events < 16; events++) {
            double previous = 1;
            for (double cpo = 0.05; cpo < 3; cpo *= 1.1) {
                final double risk = par.death().probability(s.riskScore(), cpo, events);
                assertTrue(risk <= previous, "CPO " + cpo + " W, events " + events);
                previous = risk;
            }
        }
        for (int id = 0; id < 200; id++) {
            final VirtualPatient q = ShockCohortSampler.sample(ShockPopulation.ECLS_SHOCK, RandomStreams.of(9), id)
                    .patient();
            final RandomStreams streams = RandomStreams.of(9);
            final double[][] low = compute(q, streams, physiology(0.4), physiology(0.4), physiology(0.4),
                    physiology(0.4));
            final double[][] high = compute(q, streams, physiology(0.9), physiology(0.9), physiology(0.9),
                    physiology(0.9));
            for (int a = 0; a < ARMS.size(); a++) {
                assertTrue(high[a][0] <= low[a][0], "a death at high CPO is a death at low CPO (same draw)");
                assertTrue(high[a][5] < low[a][5], "death probability falls with CPO");
            }
        }
    }

    @Test
    void rejectsAFailedArm() {
        final VirtualPatient p = ShockCohortSampler.sample(ShockPopulation.ECLS_SHOCK, RandomStreams.of(1), 0)
                .patient();
        final ArmPhysiology ok = physiology(0.6);
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> compute(p, RandomStreams.of(1), ok, physiology(Double.NaN), ok, ok));
        assertTrue(e.getMessage().contains("arm iabp") && e.getMessage().contains("cardiac power output"),
                e.getMessage());
    }
}
