package org.sinus.engine.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.junit.jupiter.api.Test;

class InfarctSizeModelTest {
    /** targets.md#C26: canine transmural necrosis (fraction) after minutes of occlusion (Reimer et al. 1977). */
    private static final double[] MINUTES = {40, 180, 360, 1440};
    private static final double[] NECROSIS = {0.38, 0.57, 0.71, 0.85};

    private final InfarctSizeModel model = InfarctSizeModel.defaults();

    /** The default shape is the least-squares Weibull fit to C26; re-fitting must give it back. */
    @Test
    void wavefrontShapeIsTheFitToReimer() {
        SimplexOptimizer opt = new SimplexOptimizer(1e-12, 1e-12);
        PointValuePair fit = opt.optimize(new MaxEval(5000), GoalType.MINIMIZE, new NelderMeadSimplex(2, 0.2),
                new InitialGuess(new double[] {Math.log(1.0), Math.log(100)}), new ObjectiveFunction(x -> {
                    double k = Math.exp(x[0]);
                    double tau = Math.exp(x[1]);
                    double sum = 0;
                    for (int j = 0; j < MINUTES.length; j++) {
                        double e = 1 - Math.exp(-Math.pow(MINUTES[j] / tau, k)) - NECROSIS[j];
                        sum += e * e;
                    }
                    return sum;
                }));
        double k = Math.exp(fit.getPoint()[0]);
        double tau = Math.exp(fit.getPoint()[1]);
        System.out.printf(Locale.ROOT, "C26 wavefront fit (dogs): k = %.3f, tau = %.0f min, RMS error %.3f%n", k, tau,
                Math.sqrt(fit.getValue() / MINUTES.length));
        for (int j = 0; j < MINUTES.length; j++) {
            System.out.printf(Locale.ROOT, "  %5.0f min: published %.2f, fit %.2f%n", MINUTES[j], NECROSIS[j],
                    1 - Math.exp(-Math.pow(MINUTES[j] / tau, k)));
        }
        assertEquals(k, model.wavefrontShape(), 0.01);
    }

    @Test
    void humanHalfNecrosisTimeHoldsAtReferenceCollaterals() {
        assertEquals(0.5, model.necrosisFraction(288, model.referenceCfi()), 1e-12);
        double salvage = 1 - model.necrosisFraction(180, model.referenceCfi());
        System.out.printf(Locale.ROOT, "C24 salvage after 3 h: published 0.58 +/- 0.22, model %.2f%n", salvage);
        assertEquals(0.58, salvage, 0.22);
    }

    @Test
    void collateralsAndTherapyOnlyEverShrinkTheInfarct() {
        InfarctInputs in = new InfarctInputs(40, 180, 0.1);
        double none = model.infarctSizePercentLv(in, 0, 0);
        assertTrue(model.infarctSizePercentLv(new InfarctInputs(40, 180, 0.2), 0, 0) < none);
        assertTrue(model.infarctSizePercentLv(in, 10, 0) < none);
        assertTrue(model.infarctSizePercentLv(in, 100, 0) < model.infarctSizePercentLv(in, 10, 0));
        assertEquals(0, model.infarctSizePercentLv(new InfarctInputs(40, 180, 0.35), 0, 0), 0);
        assertTrue(model.infarctSizePercentLv(in, 0, 8) <= 40, "never larger than the area at risk");
        assertEquals(0.25, model.therapyPrevented(model.dose50MmHgH()), 1e-12);
    }
}
