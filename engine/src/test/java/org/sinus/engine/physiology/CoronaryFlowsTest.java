package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;

/**
 * {@link CoronaryFlows} against {@link CardiovascularModel#derivatives}: on random patients (the box of
 * {@code VectorDerivativesTest}), states, times and actuators, the flows rebuild the derivatives of the four
 * microvascular, four venous and the sinus volumes within {@value #TOLERANCE} of the larger of the derivative and 1
 * ml/s. Deterministic (seed {@value #SEED}); it fails when the model's coronary flows change and the helper does not.
 */
class CoronaryFlowsTest {
    private static final long SEED = 20270311;
    private static final int PATIENTS = 2_000;
    private static final double TOLERANCE = 1e-12;

    @Test
    void flowsRebuildTheCoronaryDerivatives() {
        RandomStreams streams = RandomStreams.of(SEED);
        CardiovascularModel m = new CardiovascularModel(ModelConstants.defaults(), PATIENTS, KernelPath.SCALAR);
        double[][] y = new double[CardiovascularModel.DIMENSION][PATIENTS];
        double[][] dydt = new double[CardiovascularModel.DIMENSION][PATIENTS];
        double[] q = new double[CoronaryFlows.SIZE];
        double worst = 0;
        String where = "";
        int retrograde = 0;
        int reversedDrain = 0;
        int reversedVenoVenous = 0;
        for (int round = 0; round < 4; round++) {
            double timeS = 30 * streams.stream(round, Purpose.TRIAL).nextDouble();
            for (int i = 0; i < PATIENTS; i++) {
                m.load(i, VectorDerivativesTest.boxPatient(streams, i), y);
                VectorDerivativesTest.randomise(m, i, y, streams.stream(i, Purpose.DEVICE, round));
            }
            m.derivatives(timeS, y, dydt, 0, PATIENTS);
            for (int i = 0; i < PATIENTS; i++) {
                CoronaryFlows.of(m, i, timeS, y, q);
                double[] rebuilt = new double[CardiovascularModel.DIMENSION];
                for (int l = 0; l < 4; l++) {
                    rebuilt[CardiovascularModel.MICRO + l] = q[CoronaryFlows.ARTERIOLAR + l]
                            - q[CoronaryFlows.CAPILLARY + l];
                    retrograde += q[CoronaryFlows.CAPILLARY + l] < 0 ? 1 : 0;
                }
                for (int t = 0; t < 2; t++) {
                    int endo = 2 * t;
                    int epi = endo + 1;
                    double vv = q[CoronaryFlows.VENO_VENOUS];
                    rebuilt[CardiovascularModel.VEIN + endo] = q[CoronaryFlows.CAPILLARY + endo]
                            - q[CoronaryFlows.THEBESIAN + t] - q[CoronaryFlows.TRANSMURAL + t];
                    rebuilt[CardiovascularModel.VEIN + epi] = q[CoronaryFlows.CAPILLARY + epi]
                            + q[CoronaryFlows.TRANSMURAL + t] - q[CoronaryFlows.DRAIN + t] + (t == 0 ? -vv : vv);
                    if (t == 0) {
                        rebuilt[CardiovascularModel.VEIN + epi] += q[CoronaryFlows.GREAT_VEIN_PUMP];
                    }
                    reversedDrain += q[CoronaryFlows.DRAIN + t] < 0 ? 1 : 0;
                }
                reversedVenoVenous += q[CoronaryFlows.VENO_VENOUS] < 0 ? 1 : 0;
                rebuilt[CardiovascularModel.SINUS] = q[CoronaryFlows.DRAIN] + q[CoronaryFlows.DRAIN + 1]
                        + (q[CoronaryFlows.PUMP] + q[CoronaryFlows.GRAFT]) - q[CoronaryFlows.OSTIUM];
                for (int s = CardiovascularModel.MICRO; s <= CardiovascularModel.SINUS; s++) {
                    double expected = dydt[s][i];
                    double error = Math.abs(rebuilt[s] - expected) / Math.max(1, Math.abs(expected));
                    assertTrue(Double.isFinite(expected) && error <= TOLERANCE, "state " + s + ", patient " + i
                            + ", t = " + timeS + ": derivative " + expected + ", from the flows " + rebuilt[s]);
                    if (error > worst) {
                        worst = error;
                        where = String.format(Locale.ROOT, "state %d, patient %d: %s vs %s", s, i, expected,
                                rebuilt[s]);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "CoronaryFlows vs derivatives, %d patients x 4 states: worst scaled "
                + "difference %.2e (%s); retrograde capillary flows %d, reversed drains %d, remote-to-risk veno-venous"
                + " %d%n", PATIENTS, worst, where, retrograde, reversedDrain, reversedVenoVenous);
        assertTrue(retrograde > 100 && reversedDrain > 100 && reversedVenoVenous > 100, "every sign is exercised");
    }
}
