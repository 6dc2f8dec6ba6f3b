package org.sinus.cohorts.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sinus.cohorts.shock.DeviceAccess;
import org.sinus.cohorts.shock.ShockCohortSampler;
import org.sinus.cohorts.shock.ShockOutcomeParameters;
import org.sinus.cohorts.shock.ShockPopulation;
import org.sinus.cohorts.shock.ShockPresentation;
import org.sinus.engine.random.RandomStreams;

/**
 * {@link ShockCalibration#fit} recovers known parameters from synthetic data: two populations of 3,000 sampled
 * patients with synthetic kernel cardiac power (the covariates' CPO, times 0.95 under control and 1.2 under the
 * device, for the first 64), trial figures computed exactly from chosen parameters, the fit started from the
 * defaults. Deterministic (the figures have no sampling noise). Tolerances are the optimiser's: intercepts within
 * 0.05 log-odds, the slope per French within 0.005.
 */
class ShockCalibrationTest {
    @Test
    void recoversKnownParameters() {
        final ShockCalibration.Population iabp = synthetic(ShockPopulation.IABP_SHOCK_II, DeviceAccess.of(
                org.sinus.engine.scenario.IabpSpec.defaults()));
        final ShockCalibration.Population ecls = synthetic(ShockPopulation.ECLS_SHOCK, DeviceAccess.of(
                org.sinus.engine.scenario.VaEcmoSpec.defaults()));
        final double[] truth = {-3.5, 1.2, 0.06, -3.1, 0.08, -2.4};
        ShockOutcomeParameters p = ShockOutcomeParameters.defaults();
        p = ShockCalibration.withBleeding(p, truth[0], truth[1], truth[2]);
        p = ShockCalibration.withVascular(p, truth[3], truth[4]);
        p = ShockCalibration.withDeathIntercept(p, truth[5]);
        final double[] a = ShockCalibration.predict(iabp, p);
        final double[] e = ShockCalibration.predict(ecls, p);
        final ShockCalibration.Trial c33 = new ShockCalibration.Trial(300, 300, a[0], a[1], a[2], a[3], a[4], a[5]);
        final ShockCalibration.Trial c34 = new ShockCalibration.Trial(208, 209, e[0], e[1], e[2], e[3], e[4], e[5]);
        final ShockOutcomeParameters f = ShockCalibration.fit(iabp, ecls, ShockOutcomeParameters.defaults(), c33, c34);
        assertEquals(truth[0], f.bleeding().intercept(), 0.05, "bleeding.intercept");
        assertEquals(truth[1], f.bleedingEclsDefinition(), 0.05, "bleeding.eclsShockDefinition");
        assertEquals(truth[2], f.bleeding().perFr(), 0.005, "bleeding.perFr");
        assertEquals(truth[3], f.vascular().intercept(), 0.05, "vascular.intercept");
        assertEquals(truth[4], f.vascular().perFr(), 0.005, "vascular.perFr");
        // one intercept, two control arms computed from it: recovered exactly up to the optimiser
        assertEquals(truth[5], f.death().intercept(), 0.05, "death.intercept");
    }

    private static ShockCalibration.Population synthetic(ShockPopulation pop, DeviceAccess device) {
        final RandomStreams streams = RandomStreams.of(31);
        final ShockPresentation[] patients = new ShockPresentation[3_000];
        for (int id = 0; id < patients.length; id++) {
            patients[id] = (ShockPresentation) ShockCohortSampler.sample(pop, streams, id).patient().presentation();
        }
        final double[] control = new double[64];
        final double[] withDevice = new double[64];
        for (int i = 0; i < 64; i++) {
            control[i] = 0.95 * patients[i].cardiacPowerW();
            withDevice[i] = 1.2 * patients[i].cardiacPowerW();
        }
        return new ShockCalibration.Population(patients, control, withDevice, control, withDevice, device);
    }
}
