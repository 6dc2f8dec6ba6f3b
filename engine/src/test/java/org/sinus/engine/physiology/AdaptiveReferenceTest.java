package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * The kernel's fixed-step RK4 (1 ms) against an independent adaptive solver, commons-math3's Dormand-Prince 8(5,3)
 * (Hairer, Norsett and Wanner, Solving Ordinary Differential Equations I, 1993) at relative and absolute tolerances
 * of 1e-10, on the stable-angina reference patient: raw model, no kernel, no autoregulation (which acts between
 * beats), the same initial state. Compared at the kernel's beat ends (the first 1 ms step end at or after each
 * multiple of the period): aortic pressure, LV volume and the sinus volume, and the beat means the kernel reports
 * (left Riemann sums over the 1 ms steps, as {@code Kernel} does, against the adaptive solver's exact quadrature
 * over the same window). Deterministic: nothing here fails by chance.
 */
class AdaptiveReferenceTest {
    /**
     * Beat means compared: aortic pressure, sinus pressure, at-risk and remote subendocardial inflow, at-risk
     * subepicardial venous pressure (the PICSO dose's quantity).
     */
    private static final int[] MEANS = {Observation.AORTIC_PRESSURE, Observation.SINUS_PRESSURE,
        Observation.LAYER_FLOW + CardiovascularModel.RISK_ENDO,
        Observation.LAYER_FLOW + CardiovascularModel.REMOTE_ENDO,
        Observation.VEIN_PRESSURE + CardiovascularModel.RISK_EPI};
    private static final String[] MEAN_NAMES = {"mean aortic", "mean CS", "risk endo flow", "remote endo flow",
        "risk vein"};
    private static final int[] STATES = {CardiovascularModel.AORTA, CardiovascularModel.LV_VOLUME,
        CardiovascularModel.SINUS};
    private static final String[] STATE_NAMES = {"aorta", "LV volume", "sinus volume"};
    private static final double STEP_S = Kernel.DEFAULT_STEP_S;
    private static final double END_S = 10;

    /**
     * One patient of the model as a commons-math3 system: the 12 states followed by the time integrals of the
     * observations in {@link #MEANS}, so the adaptive solver also integrates the beat means to its tolerance.
     */
    private static final class SinglePatient implements FirstOrderDifferentialEquations {
        final CardiovascularModel model;
        private final double[][] y = new double[CardiovascularModel.DIMENSION][1];
        private final double[][] dydt = new double[CardiovascularModel.DIMENSION][1];
        private final double[] obs = new double[Observation.SIZE];

        SinglePatient(CardiovascularModel model) {
            this.model = model;
        }

        @Override
        public int getDimension() {
            return CardiovascularModel.DIMENSION + MEANS.length;
        }

        @Override
        public void computeDerivatives(double t, double[] state, double[] rate) {
            for (int v = 0; v < CardiovascularModel.DIMENSION; v++) {
                y[v][0] = state[v];
            }
            model.derivatives(t, y, dydt, 0, 1);
            for (int v = 0; v < CardiovascularModel.DIMENSION; v++) {
                rate[v] = dydt[v][0];
            }
            model.observe(0, t, y, obs);
            for (int q = 0; q < MEANS.length; q++) {
                rate[CardiovascularModel.DIMENSION + q] = obs[MEANS[q]];
            }
        }
    }

    /** Worst relative differences over the beats: {@code [STATES..., MEANS...]}. */
    private static double[] compare(boolean occludeAfter3s, double tolerance, boolean print) {
        PatientParameters patient = ReferencePatients.stableAngina(false);
        // Fixed step, as the kernel integrates.
        CardiovascularModel fixedModel = new CardiovascularModel(ModelConstants.defaults(), 1);
        double[][] y = new double[CardiovascularModel.DIMENSION][1];
        fixedModel.load(0, patient, y);
        ExplicitRungeKutta rk = new ExplicitRungeKutta(ButcherTableau.RK4, CardiovascularModel.DIMENSION, 1);
        // Adaptive, from the same initial state.
        SinglePatient adaptiveSystem = new SinglePatient(new CardiovascularModel(ModelConstants.defaults(), 1));
        double[][] y0 = new double[CardiovascularModel.DIMENSION][1];
        adaptiveSystem.model.load(0, patient, y0);
        double[] z = new double[adaptiveSystem.getDimension()];
        for (int v = 0; v < CardiovascularModel.DIMENSION; v++) {
            z[v] = y0[v][0];
        }
        DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-12, 0.01, tolerance, tolerance);

        double period = fixedModel.periodS(0);
        double nextBeat = period;
        double beatStart = 0;
        double[] sums = new double[MEANS.length];
        double[] obs = new double[Observation.SIZE];
        double[] worst = new double[STATES.length + MEANS.length];
        long steps = Math.round(END_S / STEP_S);
        for (long s = 0; s < steps; s++) {
            double t = s * STEP_S;
            fixedModel.observe(0, t, y, obs);
            for (int q = 0; q < MEANS.length; q++) {
                sums[q] += obs[MEANS[q]] * STEP_S;
            }
            rk.step(fixedModel, t, STEP_S, y, 0, 1);
            double tEnd = (s + 1) * STEP_S;
            if (tEnd < nextBeat) {
                continue;
            }
            nextBeat += period;
            double[] zStart = z.clone();
            dp.integrate(adaptiveSystem, beatStart, z, tEnd, z);
            for (int k = 0; k < STATES.length; k++) {
                double a = z[STATES[k]];
                worst[k] = Math.max(worst[k], Math.abs(y[STATES[k]][0] - a) / Math.abs(a));
            }
            for (int q = 0; q < MEANS.length; q++) {
                double exact = (z[CardiovascularModel.DIMENSION + q] - zStart[CardiovascularModel.DIMENSION + q]);
                int k = STATES.length + q;
                worst[k] = Math.max(worst[k], Math.abs(sums[q] - exact) / Math.abs(exact));
                sums[q] = 0;
            }
            beatStart = tEnd;
            if (occludeAfter3s && tEnd >= 3) {
                fixedModel.csOstiumOpen[0] = 0;
                adaptiveSystem.model.csOstiumOpen[0] = 0;
            }
        }
        if (print) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s, RK4 1 ms vs DP853 %.0e:",
                    occludeAfter3s ? "sinus occluded from 3 s" : "sinus open", tolerance));
            for (int k = 0; k < worst.length; k++) {
                line.append(String.format(Locale.ROOT, " %s %.1e", k < STATES.length ? STATE_NAMES[k]
                        : MEAN_NAMES[k - STATES.length], worst[k]));
            }
            System.out.println(line);
        }
        return worst;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * Tolerance 1e-3 relative on every quantity, the order of {@link KernelNumericsTest}'s step-halving check (5e-3)
     * and a thousandth of the qualification tolerances, and 1e-5 on the states themselves: the beat means carry the
     * left Riemann sum's error as well as the integrator's (observed: states about 1e-6, means up to 3e-4, so the
     * quadrature, not RK4, dominates). The adaptive reference is itself checked by tightening its
     * tolerance a hundredfold: it must move by far less than the difference being judged.
     */
    @Test
    void fixedStepKernelAgreesWithAnAdaptiveSolver() {
        for (boolean occluded : new boolean[] {false, true}) {
            double[] worst = compare(occluded, 1e-10, true);
            double[] tighter = compare(occluded, 1e-12, false);
            double referenceMoves = 0;
            for (int k = 0; k < worst.length; k++) {
                referenceMoves = Math.max(referenceMoves, Math.abs(worst[k] - tighter[k]));
            }
            String label = occluded ? "sinus occluded" : "sinus open";
            System.out.printf(Locale.ROOT, "%s: worst relative difference %.2e; the reference moves by %.1e at "
                    + "tolerance 1e-12%n", label, max(worst), referenceMoves);
            assertTrue(max(worst) < 1e-3, label + ": worst relative difference " + max(worst));
            for (int k = 0; k < STATES.length; k++) {
                assertTrue(worst[k] < 1e-5, label + ": " + STATE_NAMES[k] + " differs by " + worst[k]);
            }
            assertTrue(referenceMoves < 0.1 * max(worst), label + ": adaptive reference not converged");
        }
    }
}
