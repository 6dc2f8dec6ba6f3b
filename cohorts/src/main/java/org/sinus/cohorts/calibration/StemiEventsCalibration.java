package org.sinus.cohorts.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.StemiPresentation;
import org.sinus.cohorts.stemi.StemiEvents;
import org.sinus.engine.outcome.InfarctInputs;
import org.sinus.engine.outcome.InfarctSizeModel;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * Calibration of the STEMI one-year event model ({@link StemiEvents}; {@code docs/model.md}, section 5.1) on the
 * untreated anterior STEMI cohort, with the infarct-size model in force. Four free parameters: the MVO share's
 * log-normal median and SD, by a Nelder-Mead simplex (Commons Math 3) to the MVO median and third quartile of de
 * Waha et al. (C23's source: 0.47 and 2.54% LV; least squares on the log scale), and the two baseline hazards, each
 * solved exactly (Brent, Commons Math 3) so that the cohort's mean one-year risk is Stone et al.'s Kaplan-Meier figure
 * (C22's source: death 2.2%, heart-failure admission 2.6%). Validation, not fitted: C23's MVO prevalence (a sampled
 * covariate) and the share of deaths and admissions in the top infarct quartile.
 */
public final class StemiEventsCalibration implements Calibration {
    /** The model's name. */
    public static final String MODEL = "stemi-events";
    /** The parameter file, relative to the source root. */
    public static final String PARAMETER_FILE = "cohorts/src/main/resources/org/sinus/cohorts/stemi/"
            + StemiEvents.PARAMETER_FILE;
    /** de Waha et al. 2017: MVO median and third quartile, % LV. */
    static final double MVO_MEDIAN = 0.47;
    static final double MVO_Q3 = 2.54;
    /** Stone et al. 2016: one-year Kaplan-Meier risks. */
    static final double DEATH_1Y = 0.022;
    static final double HF_1Y = 0.026;

    private final int patients;

    /** @param patients untreated anterior STEMI patients to fit on (20,000: the MVO quantiles' SE about 0.03% LV) */
    public StemiEventsCalibration(int patients) {
        if (patients < 100) {
            throw new IllegalArgumentException("patients = " + patients + " must be at least 100");
        }
        this.patients = patients;
    }

    @Override
    public CalibrationReport run(long seed) {
        Population pop = sample(seed, InfarctSizeModel.defaults());
        StemiEvents base = StemiEvents.defaults();
        PointValuePair fit = new SimplexOptimizer(1e-10, 1e-10).optimize(new MaxEval(4000), GoalType.MINIMIZE,
                new NelderMeadSimplex(new double[] {0.5, 0.2}), new InitialGuess(new double[] {-2, Math.log(1.0)}),
                new ObjectiveFunction(x -> {
                    double[] q = pop.mvoQuantiles(base.withFit(x[0], Math.exp(x[1]), 0, 0));
                    double e1 = Math.log(q[0] / MVO_MEDIAN);
                    double e2 = Math.log(q[1] / MVO_Q3);
                    return Double.isFinite(e1) && Double.isFinite(e2) ? e1 * e1 + e2 * e2 : 1e9;
                }));
        double mu = round3(fit.getPoint()[0]);
        double sd = round3(Math.exp(fit.getPoint()[1]));
        StemiEvents mvoFitted = base.withFit(mu, sd, 0, 0);
        BrentSolver brent = new BrentSolver(1e-9);
        double deathB = round3(brent.solve(200, b -> pop.meanDeathRisk(mvoFitted.withFit(mu, sd, b, 0)) - DEATH_1Y,
                -15, 0));
        double hfB = round3(brent.solve(200, b -> pop.meanHeartFailureRisk(mvoFitted.withFit(mu, sd, 0, b)) - HF_1Y,
                -15, 0));
        StemiEvents fitted = base.withFit(mu, sd, deathB, hfB);

        List<TargetCheck> checks = new ArrayList<>();
        double[] q = pop.mvoQuantiles(fitted);
        checks.add(TargetCheck.within("C23", "median MVO, % LV (de Waha et al. 2017)", MVO_MEDIAN, q[0], 0.1, true,
                ""));
        checks.add(TargetCheck.within("C23", "75th percentile of MVO, % LV (de Waha et al. 2017)", MVO_Q3, q[1], 0.25,
                true, ""));
        checks.add(TargetCheck.within("C22", "one-year death, untreated (Stone et al. 2016, Kaplan-Meier)", DEATH_1Y,
                pop.meanDeathRisk(fitted), 0.001, true, ""));
        checks.add(TargetCheck.within("C22", "one-year heart-failure admission, untreated (Stone et al. 2016)", HF_1Y,
                pop.meanHeartFailureRisk(fitted), 0.001, true, ""));
        double prevalence = pop.mvoPrevalence();
        double se = Math.sqrt(0.569 * 0.431 / patients);
        checks.add(TargetCheck.within("C23", "MVO present", 0.569, prevalence, 4 * se + 0.02, false,
                "a sampled covariate; band 4 SE plus 0.02 for the copula's thresholding"));

        Map<String, Double> values = new LinkedHashMap<>();
        values.put("mvoRatioLogMedian", mu);
        values.put("mvoRatioLogSd", sd);
        values.put("deathLogHazard", deathB);
        values.put("hfLogHazard", hfB);
        String method = String.format(Locale.ROOT, "Nelder-Mead (Commons Math 3) for the MVO share to de Waha's median"
                + " and Q3 (log least squares), then Brent roots for the baseline hazards to Stone's one-year risks;"
                + " %,d untreated anterior-STEMI patients, seed %d, the infarct-size model in force; rounded to 0.001",
                pop.size(), seed);
        return new CalibrationReport(MODEL, PARAMETER_FILE, values, checks, method);
    }

    private static double round3(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private Population sample(long seed, InfarctSizeModel model) {
        Cohort cohort = Cohorts.of("anterior-stemi");
        RandomStreams streams = RandomStreams.of(seed);
        double[] infarct = new double[patients];
        boolean[] mvo = new boolean[patients];
        double[] zMvo = new double[patients];
        int n = 0;
        for (long id = 0; n < patients; id++) {
            StemiPresentation p;
            try {
                p = (StemiPresentation) cohort.sample(streams, id).presentation();
            } catch (IllegalArgumentException unmappable) {
                continue; // the run's failure ledger would hold it
            }
            NormalizedGaussianSampler normal = Samplers.standardNormal(streams.stream(id, Purpose.OUTCOME));
            double z = normal.sample();
            zMvo[n] = normal.sample();
            infarct[n] = model.infarctSizePercentLv(
                    new InfarctInputs(p.areaAtRiskPercentLv(), p.ischaemiaTimeMin(), p.collateralFlowIndex()), 0, z);
            mvo[n] = p.microvascularObstruction();
            n++;
        }
        return new Population(infarct, mvo, zMvo);
    }

    /** Untreated infarcts with the MVO draws a run makes. */
    record Population(double[] infarct, boolean[] mvo, double[] zMvo) {
        int size() {
            return infarct.length;
        }

        double mvoPrevalence() {
            int k = 0;
            for (boolean b : mvo) {
                k += b ? 1 : 0;
            }
            return (double) k / mvo.length;
        }

        double mvo(StemiEvents e, int i) {
            return e.mvoPercentLv(mvo[i], infarct[i], zMvo[i]);
        }

        /** {median, Q3} of MVO extent over all patients, % LV. */
        double[] mvoQuantiles(StemiEvents e) {
            double[] m = new double[infarct.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = mvo(e, i);
            }
            Arrays.sort(m);
            return new double[] {m[m.length / 2], m[3 * m.length / 4]};
        }

        double meanDeathRisk(StemiEvents e) {
            double s = 0;
            for (int i = 0; i < infarct.length; i++) {
                s += e.deathRisk(infarct[i], mvo(e, i));
            }
            return s / infarct.length;
        }

        double meanHeartFailureRisk(StemiEvents e) {
            double s = 0;
            for (int i = 0; i < infarct.length; i++) {
                s += e.heartFailureRisk(infarct[i]);
            }
            return s / infarct.length;
        }
    }
}
