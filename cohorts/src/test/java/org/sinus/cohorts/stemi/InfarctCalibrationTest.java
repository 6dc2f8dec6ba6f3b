package org.sinus.cohorts.stemi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.StemiPresentation;
import org.sinus.engine.outcome.InfarctInputs;
import org.sinus.engine.outcome.InfarctSizeModel;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Calibrates the infarct-size model's residual SD against the spread of targets.md#C21 (IQR 8.0 to 29.8% LV, a
 * ratio of 3.7 between the quartiles) on the anterior STEMI cohort, with a Nelder-Mead simplex, checks that
 * {@link InfarctSizeModel#defaults()} carries the fit, and reports the median, which is not fitted. Control arm
 * only: without therapy the infarct does not depend on the kernel. 20,000 patients, fixed seed; the model's
 * quantiles then have a sampling SE of about 0.2% LV.
 */
class InfarctCalibrationTest {
    private static final double[] TARGET = {8.0, 17.9, 29.8};
    private static StemiPresentation[] presentations;
    private static double[] residuals;

    @BeforeAll
    static void sample() {
        Cohort cohort = Cohorts.of("anterior-stemi");
        RandomStreams streams = RandomStreams.of(20261121);
        presentations = new StemiPresentation[20_000];
        residuals = new double[presentations.length];
        int n = 0;
        for (long id = 0; n < presentations.length; id++) {
            try {
                presentations[n] = cohort.sample(streams, id).presentation();
            } catch (IllegalArgumentException unmappable) {
                continue;
            }
            residuals[n] = Samplers.standardNormal(streams.stream(id, Purpose.OUTCOME)).sample();
            n++;
        }
    }

    static double[] quartiles(InfarctSizeModel model) {
        double[] is = new double[presentations.length];
        for (int i = 0; i < is.length; i++) {
            StemiPresentation p = presentations[i];
            is[i] = model.infarctSizePercentLv(new InfarctInputs(p.areaAtRiskPercentLv(), p.ischaemiaTimeMin(),
                    p.collateralFlowIndex()), 0, residuals[i]);
        }
        Arrays.sort(is);
        return new double[] {is[is.length / 4], is[is.length / 2], is[3 * is.length / 4]};
    }

    static InfarctSizeModel with(double sigma, double protectiveCfi) {
        InfarctSizeModel d = InfarctSizeModel.defaults();
        return new InfarctSizeModel(d.wavefrontShape(), d.humanHalfNecrosisMin(), d.referenceCfi(), protectiveCfi,
                d.reperfusionInjuryShare(), d.dose50MmHgH(), sigma);
    }

    static double loss(double[] x) {
        double[] q = quartiles(with(Math.exp(x[0]), InfarctSizeModel.defaults().protectiveCfi()));
        double e = Math.log(q[2] / q[0]) - Math.log(TARGET[2] / TARGET[0]);
        return e * e;
    }

    @Test
    void defaultsCarryTheFitToC21() {
        PointValuePair fit = new SimplexOptimizer(1e-10, 1e-10).optimize(new MaxEval(2000), GoalType.MINIMIZE,
                new NelderMeadSimplex(1, 0.3), new InitialGuess(new double[] {Math.log(0.3)}),
                new ObjectiveFunction(InfarctCalibrationTest::loss));
        double sigma = Math.exp(fit.getPoint()[0]);
        double[] defaults = quartiles(InfarctSizeModel.defaults());
        System.out.printf(Locale.ROOT, "C21 fit: residual sigma %.3f (loss %.2e); quartile ratio published %.2f,"
                + " defaults %.2f%n", sigma, fit.getValue(), TARGET[2] / TARGET[0], defaults[2] / defaults[0]);
        String[] names = {"25th percentile", "median", "75th percentile"};
        for (int j = 0; j < 3; j++) {
            System.out.printf(Locale.ROOT, "C21 infarct size %-16s published %5.1f   defaults %5.1f %% LV%n", names[j],
                    TARGET[j], defaults[j]);
        }
        assertEquals(sigma, InfarctSizeModel.defaults().residualSigma(), 0.01, "residual sigma");
        // The median is not fitted; docs/model.md reports its miss (13.6 vs 17.9). Pin it so that it cannot drift
        // unnoticed: a change of cohort or wavefront that moves it must update the report.
        assertEquals(13.6, defaults[1], 0.3, "untreated median infarct size, % LV (docs/model.md, section 5)");
    }
}
