package org.sinus.cohorts.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.StemiPresentation;
import org.sinus.engine.outcome.InfarctInputs;
import org.sinus.engine.outcome.InfarctSizeModel;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Calibration of the infarct-size model ({@code docs/model.md}, section 5). Two free parameters, fitted in turn with
 * a Nelder-Mead simplex (Commons Math 3): the wavefront's Weibull shape, least squares to Reimer's canine transmural
 * necrosis at 40 min, 3 h, 6 h and 24 h ({@code targets.md#C26}, with its own free scale); then the residual SD, to
 * the ratio of the third to the first quartile of untreated infarct size in the anterior STEMI cohort (C21, IQR 8.0
 * to 29.8% LV). Without therapy the infarct does not depend on the kernel, so only the cohort is sampled. Fitted
 * values are rounded to two decimals, the precision the targets carry. Validations, not fitted: C21's median and
 * quartiles.
 */
public final class InfarctCalibration implements Calibration {
    /** The model's name and parameter file. */
    public static final String MODEL = "infarct-size";
    /** The parameter file, relative to the source root. */
    public static final String PARAMETER_FILE = "engine/src/main/resources/org/sinus/engine/outcome/"
            + InfarctSizeModel.PARAMETER_FILE;
    /** C26: minutes of occlusion. */
    static final double[] MINUTES = {40, 180, 360, 1440};
    /** C26: transmural necrosis, fraction of the area at risk. */
    static final double[] NECROSIS = {0.38, 0.57, 0.71, 0.85};
    /** C21: infarct size quartiles, % LV. */
    static final double[] C21 = {8.0, 17.9, 29.8};

    private final int patients;

    /** @param patients anterior STEMI patients the residual SD is fitted on (20,000: quartile SE about 0.2% LV) */
    public InfarctCalibration(int patients) {
        if (patients < 100) {
            throw new IllegalArgumentException("patients = " + patients + " must be at least 100");
        }
        this.patients = patients;
    }

    @Override
    public CalibrationReport run(long seed) {
        List<TargetCheck> checks = new ArrayList<>();
        double[] wavefront = fitWavefront();
        double shape = round2(wavefront[0]);
        double tau = wavefront[1];
        for (int j = 0; j < MINUTES.length; j++) {
            double model = 1 - Math.exp(-Math.pow(MINUTES[j] / tau, shape));
            checks.add(TargetCheck.within("C26", String.format(Locale.ROOT, "transmural necrosis after %.0f min (dogs)",
                    MINUTES[j]), NECROSIS[j], model, 0.05, true, ""));
        }
        Population population = sample(seed);
        InfarctSizeModel base = InfarctSizeModel.defaults().withFit(shape, InfarctSizeModel.defaults().residualSigma());
        PointValuePair fit = new SimplexOptimizer(1e-10, 1e-10).optimize(new MaxEval(2000), GoalType.MINIMIZE,
                new NelderMeadSimplex(1, 0.3), new InitialGuess(new double[] {Math.log(0.5)}),
                new ObjectiveFunction(x -> {
                    double[] q = population.quartiles(base.withFit(shape, Math.exp(x[0])));
                    double e = Math.log(q[2] / q[0]) - Math.log(C21[2] / C21[0]);
                    return e * e;
                }));
        double sigma = round2(Math.exp(fit.getPoint()[0]));
        double[] q = population.quartiles(base.withFit(shape, sigma));
        checks.add(TargetCheck.within("C21", "infarct size, 75th over 25th percentile", C21[2] / C21[0], q[2] / q[0],
                0.05 * C21[2] / C21[0], true, ""));
        String why = "not fitted: the cohort's area at risk is C24's all-territory 34 +/- 10% LV, while anterior"
                + " infarcts are larger (C25); docs/model.md section 5";
        checks.add(TargetCheck.within("C21", "median infarct size, % LV", C21[1], q[1], 2.0, false, why));
        checks.add(TargetCheck.within("C21", "25th percentile of infarct size, % LV", C21[0], q[0], 2.0, false, why));
        checks.add(TargetCheck.within("C21", "75th percentile of infarct size, % LV", C21[2], q[2], 2.0, false, why));
        Map<String, Double> fitted = new LinkedHashMap<>();
        fitted.put("wavefrontShape", shape);
        fitted.put("residualSigma", sigma);
        String method = String.format(Locale.ROOT, "Nelder-Mead (Commons Math 3): wavefrontShape by least squares to"
                + " C26 (Weibull scale %.0f min fitted with it); residualSigma to log(Q3/Q1) of C21 on %,d untreated"
                + " anterior-STEMI patients, seed %d; both rounded to 0.01", tau, population.size(), seed);
        return new CalibrationReport(MODEL, PARAMETER_FILE, fitted, checks, method);
    }

    /** {shape, scale in min} of the least-squares Weibull through C26. */
    static double[] fitWavefront() {
        PointValuePair fit = new SimplexOptimizer(1e-12, 1e-12).optimize(new MaxEval(5000), GoalType.MINIMIZE,
                new NelderMeadSimplex(2, 0.2), new InitialGuess(new double[] {Math.log(1.0), Math.log(100)}),
                new ObjectiveFunction(x -> {
                    double k = Math.exp(x[0]);
                    double tau = Math.exp(x[1]);
                    double sum = 0;
                    for (int j = 0; j < MINUTES.length; j++) {
                        double e = 1 - Math.exp(-Math.pow(MINUTES[j] / tau, k)) - NECROSIS[j];
                        sum += e * e;
                    }
                    return sum;
                }));
        return new double[] {Math.exp(fit.getPoint()[0]), Math.exp(fit.getPoint()[1])};
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private Population sample(long seed) {
        Cohort cohort = Cohorts.of("anterior-stemi");
        RandomStreams streams = RandomStreams.of(seed);
        InfarctInputs[] inputs = new InfarctInputs[patients];
        double[] residuals = new double[patients];
        int n = 0;
        for (long id = 0; n < patients; id++) {
            StemiPresentation p;
            try {
                p = (StemiPresentation) cohort.sample(streams, id).presentation();
            } catch (IllegalArgumentException unmappable) {
                continue; // the run's failure ledger would hold it
            }
            inputs[n] = new InfarctInputs(p.areaAtRiskPercentLv(), p.ischaemiaTimeMin(), p.collateralFlowIndex());
            residuals[n] = Samplers.standardNormal(streams.stream(id, Purpose.OUTCOME)).sample();
            n++;
        }
        return new Population(inputs, residuals);
    }

    /** Untreated presentations and their residual draws, as a run draws them. */
    record Population(InfarctInputs[] inputs, double[] residuals) {
        int size() {
            return inputs.length;
        }

        /** {Q1, median, Q3} of untreated infarct size, % LV. */
        double[] quartiles(InfarctSizeModel model) {
            double[] is = new double[inputs.length];
            for (int i = 0; i < is.length; i++) {
                is[i] = model.infarctSizePercentLv(inputs[i], 0, residuals[i]);
            }
            Arrays.sort(is);
            return new double[] {is[is.length / 4], is[is.length / 2], is[3 * is.length / 4]};
        }
    }
}
