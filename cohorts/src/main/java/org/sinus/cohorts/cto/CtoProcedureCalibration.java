package org.sinus.cohorts.cto;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.sinus.cohorts.calibration.CalibrationReport;
import org.sinus.cohorts.calibration.TargetCheck;
import org.sinus.cohorts.cto.CtoLesion.Tortuosity;
import org.sinus.cohorts.cto.CtoProcedureParameters.Crossing;
import org.sinus.cohorts.cto.CtoProcedureParameters.Events;
import org.sinus.cohorts.cto.CtoProcedureParameters.Perforation;
import org.sinus.cohorts.cto.CtoProcedureParameters.Resources;
import org.sinus.cohorts.cto.CtoProcedureParameters.Uncrossable;
import org.sinus.cohorts.cto.CtoProcedureParameters.Undilatable;
import org.sinus.cohorts.cto.CtoProcedureResult.Rescue;
import org.sinus.engine.random.RandomStreams;

/**
 * Fits the free parameters of {@link CtoProcedureModel} to targets.md#C27 to C32 with a Nelder-Mead simplex (Nelder
 * and Mead, Comput J 1965; Commons Math 3) on a fixed population of {@value #FIT_LESIONS} all-comer lesions
 * of run seed {@value #FIT_SEED} whose procedure draws are fixed too (common random numbers), and prints the table for
 * {@code docs/cto-lesions.md}. {@code ./sinus calibrate} runs it ({@link #report}); {@link #main} prints the table
 * (an argument sets the evaluations per block).
 *
 * <p>The parameters fall into four blocks fitted in turn, each to its own targets: crossing (C27, C28 failure OR,
 * C29), devices (C31 and the two device papers), resources (C32 time, fluoroscopy, contrast, C28 time slope) and
 * events (C32 perforation, C30). Later blocks hardly act on earlier targets (device failures add about 2% to technical
 * failure; the contrast budget couples resources to crossing), so the cycle is repeated {@value #ROUNDS} times. Device,
 * perforation and MACE targets are fitted on per-lesion probabilities (smooth in the parameters); crossing and time
 * targets on the simulated outcomes. A target is never an output: every value in the table is computed.
 */
public final class CtoProcedureCalibration {
    static final long FIT_SEED = 20_240_917L;
    static final int FIT_LESIONS = 4_000;
    static final int ROUNDS = 3;
    /** The parameter file relative to the source root, for {@code ./sinus calibrate --write}. */
    public static final String PARAMETER_FILE = "cohorts/src/main/resources/org/sinus/cohorts/cto/"
            + CtoProcedureParameters.PARAMETER_FILE;
    /** The keys of the free parameters in the parameter file, in block order. */
    public static final List<String> FITTED_KEYS = List.of("crossing.aweLogit", "crossing.escalationLogit",
            "crossing.logitPerDifficulty", "crossing.logitPerAccess", "crossing.timeLogPerDifficulty",
            "crossing.awe.medianMin", "uncrossable.logit", "uncrossable.calcOr", "uncrossable.tortuosityOr",
            "undilatable.logit", "undilatable.calcOr", "resources.postCrossingMedianMin",
            "resources.postCrossingLogPerDifficulty", "resources.fluoroPerIntenseMin", "resources.fluoroSigma",
            "resources.contrastPerIntenseMin", "resources.contrastSigma", "perforation.logit", "events.miLogit",
            "events.miCalcOr");

    /**
     * One published value and the band the model must fall in.
     *
     * @param id targets.md id, or the paper for a secondary target
     * @param quantity what is compared
     * @param published the published value
     * @param low lower end of the band
     * @param high upper end of the band
     * @param basis why the band is that wide
     * @param logScale compare on the log scale (odds ratios)
     * @param role "fitted" (in a block's loss), "input" (set directly from the source) or "check" (reported only)
     */
    record Target(String id, String quantity, double published, double low, double high, String basis,
            boolean logScale, String role) {
        Target(String id, String quantity, double published, double low, double high, String basis,
                boolean logScale) {
            this(id, quantity, published, low, high, basis, logScale, "fitted");
        }

        double loss(double model) {
            final double half = logScale ? (Math.log(high) - Math.log(low)) / 2 : (high - low) / 2;
            final double e = logScale ? (Math.log(model) - Math.log(published)) / half : (model - published) / half;
            return Double.isFinite(e) ? e * e : 1e6;
        }

        boolean passes(double model) {
            return model >= low && model <= high;
        }
    }

    static final String C27_BAND = "+/- 8 points: about 2 binomial SE for a group of 100 of the 494 lesions (group"
            + " sizes not in the stored text)";
    static final String C28_BAND = "+/- 8 points: about 2 binomial SE for a group of 70 of the 657 lesions (group"
            + " sizes not in the stored text)";
    static final List<Target> TARGETS = List.of(
        new Target("C27", "30-min wire crossing, J-CTO 0", 0.88, 0.80, 0.96, C27_BAND, false),
        new Target("C27", "30-min wire crossing, J-CTO 1", 0.67, 0.59, 0.75, C27_BAND, false),
        new Target("C27", "30-min wire crossing, J-CTO 2", 0.42, 0.34, 0.50, C27_BAND, false),
        new Target("C27", "30-min wire crossing, J-CTO >= 3", 0.10, 0.02, 0.18, C27_BAND, false),
        new Target("C28", "technical failure OR per J-CTO point", 2.04, 1.52, 2.80, "published 95% CI", true),
        new Target("C28", "procedure time per J-CTO point (min)", 22.3, 16.7, 27.9,
            "+/- 25% (the CI was cut off in the stored text)", false),
        new Target("C29", "technical failure, CASTLE 0-1", 0.08, 0.05, 0.11,
            "+/- 3 points (derivation 15.5% vs validation 12.2% failure overall)", false),
        new Target("C29", "technical failure, CASTLE >= 4", 0.35, 0.28, 0.42, "+/- 7 points (20% relative)", false),
        new Target("C30", "in-hospital MACE, moderate/severe calcium", 0.037, 0.024, 0.050,
            "2 binomial SE (about 843 patients)", false),
        new Target("C30", "in-hospital MACE, none/mild calcium", 0.018, 0.007, 0.029,
            "2 binomial SE (about 610 patients)", false),
        new Target("C31", "device-uncrossable, of wire-crossed", 0.09, 0.069, 0.111, "2 binomial SE (718)", false),
        new Target("C31", "BAM effective", 0.50, 0.40, 0.60, "+/- 10 points (small series)", false, "input"),
        new Target("C32", "procedure time mean (min)", 113, 101.7, 124.3, "+/- 10% (era, case mix)", false),
        new Target("C32", "procedure time SD (min)", 61, 48.8, 73.2, "+/- 20%", false),
        new Target("C32", "fluoroscopy mean (min)", 42, 37.8, 46.2, "+/- 10%", false),
        new Target("C32", "fluoroscopy SD (min)", 29, 23.2, 34.8, "+/- 20%", false),
        new Target("C32", "contrast mean (ml)", 294, 264.6, 323.4, "+/- 10%", false),
        new Target("C32", "contrast SD (ml)", 158, 126.4, 189.6, "+/- 20%", false),
        new Target("C32", "clinical perforation", 0.038, 0.030, 0.046,
            "+/- 0.8 points (4.2% in the external validation)", false),
        new Target("Karacsonyi 2017", "uncrossable: OR moderate/severe calcium", 4.2, 2.2, 8.1,
            "2 SE of the log OR (65 vs 653 lesions)", true),
        new Target("Karacsonyi 2017", "uncrossable: OR moderate/severe tortuosity", 2.9, 1.7, 5.0,
            "2 SE of the log OR", true),
        new Target("Tajti 2018", "balloon-undilatable, of wire-crossed", 0.12, 0.088, 0.152,
            "2 binomial SE (425)", false),
        new Target("Tajti 2018", "undilatable: OR moderate/severe calcium", 5.7, 2.5, 13.0,
            "2 SE of the log OR (52 vs 373 lesions)", true),
        new Target("C28 paper", "retrograde tried, J-CTO 0", 0.13, 0.05, 0.21, C28_BAND, false, "check"),
        new Target("C28 paper", "retrograde tried, J-CTO >= 3", 0.41, 0.33, 0.49, C28_BAND, false),
        new Target("PROGRESS-CTO NA 2017-23", "ADR tried, all lesions", 0.21, 0.11, 0.31,
            "+/- 10 points (EuroCTO, the C29 registry: 9.3%)", false, "check"),
        new Target("Rempakos 2023", "median wire time, all lesions (min)", 32, 24, 40, "+/- 25% (2012-2022 era)",
            false));
    static final int[] CROSSING_TARGETS = {0, 1, 2, 3, 4, 6, 7, 12, 24, 26};
    static final int[] DEVICE_TARGETS = {10, 19, 20, 21, 22};
    static final int[] RESOURCE_TARGETS = {5, 12, 13, 14, 15, 16, 17};
    static final int[] EVENT_TARGETS = {8, 9, 18};

    private CtoProcedureCalibration() {
    }

    /**
     * A fixed population: lesions, their procedure draws and their scores.
     *
     * @param lesions the lesions, ids 0 to n - 1
     * @param draws the procedure draws of each
     * @param jCto J-CTO scores
     * @param castle CASTLE scores
     */
    record Population(CtoLesion[] lesions, double[][] draws, int[] jCto, int[] castle) {
        static Population of(long seed, int n) {
            final RandomStreams streams = RandomStreams.of(seed);
            final CtoLesion[] lesions = new CtoLesion[n];
            final double[][] draws = new double[n][];
            final int[] jCto = new int[n];
            final int[] castle = new int[n];
            for (int i = 0; i < n; i++) {
                lesions[i] = CtoLesionSampler.allComers().sample(streams, i);
                draws[i] = CtoProcedureModel.draws(streams, i);
                jCto[i] = CtoScores.jCto(lesions[i]);
                castle[i] = CtoScores.castle(lesions[i]);
            }
            return new Population(lesions, draws, jCto, castle);
        }

        CtoProcedureResult[] simulate(CtoProcedureModel model) {
            final CtoProcedureResult[] results = new CtoProcedureResult[lesions.length];
            for (int i = 0; i < results.length; i++) {
                results[i] = model.simulate(lesions[i], draws[i]);
            }
            return results;
        }
    }

    /** The model's value of every target, in {@link #TARGETS} order. */
    static double[] values(CtoProcedureModel model, Population pop) {
        final CtoProcedureResult[] r = pop.simulate(model);
        final int n = r.length;
        final double[] v = new double[TARGETS.size()];
        for (int g = 0; g < 4; g++) {
            final int group = g;
            v[g] = rate(r, i -> Math.min(pop.jCto()[i], 3) == group, i -> r[i].wireCrossedWithin30Min());
        }
        final double[] score = new double[n];
        final double[] failure = new double[n];
        final double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = pop.jCto()[i];
            failure[i] = r[i].technicalSuccess() ? 0 : 1;
            time[i] = r[i].procedureTimeMin();
        }
        v[4] = Math.exp(logisticSlope(score, failure));
        v[5] = olsSlope(score, time);
        v[6] = rate(r, i -> pop.castle()[i] <= 1, i -> !r[i].technicalSuccess());
        v[7] = rate(r, i -> pop.castle()[i] >= 4, i -> !r[i].technicalSuccess());
        // Expected values of the last-stage events given each simulated path (smooth in their parameters).
        final double[] mace = new double[n];
        final double[] perforation = new double[n];
        final double[] uncrossable = new double[n];
        final double[] undilatable = new double[n];
        for (int i = 0; i < n; i++) {
            final CtoLesion l = pop.lesions()[i];
            final CtoProcedureResult x = r[i];
            final boolean atherectomy = x.rescueUsed() == Rescue.ATHERECTOMY;
            final boolean highPressure = x.balloonUndilatable();
            perforation[i] = model.perforationProbability(l, x.adrAttempted(), x.retrogradeAttempted(), atherectomy,
                    highPressure);
            final double noOther = perforation[i] * (1 - model.parameters().perforation().tamponadeShare())
                    * (1 - model.otherMaceProbability(true)) + (1 - perforation[i]) * (1 - model.otherMaceProbability(
                            false));
            mace[i] = 1 - (1 - model.miProbability(l, x.retrogradeAttempted())) * noOther;
            uncrossable[i] = x.crossed() ? model.uncrossableProbability(l) : Double.NaN;
            undilatable[i] = x.crossed() && !(x.deviceUncrossable() && atherectomy && !x.technicalSuccess()
                    && !x.balloonUndilatable()) ? model.undilatableProbability(l) : Double.NaN;
        }
        v[8] = mean(mace, i -> CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]));
        v[9] = mean(mace, i -> !CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]));
        v[10] = mean(uncrossable, i -> true);
        final double bam = model.parameters().uncrossable().bamSuccess();
        v[11] = rate(r, i -> r[i].deviceUncrossable(), i -> pop.draws()[i][CtoProcedureModel.U_BAM] < bam);
        final double[][] moments = {moments(r, CtoProcedureResult::procedureTimeMin),
            moments(r, CtoProcedureResult::fluoroscopyMin), moments(r, CtoProcedureResult::contrastMl)};
        for (int k = 0; k < 3; k++) {
            v[12 + 2 * k] = moments[k][0];
            v[13 + 2 * k] = moments[k][1];
        }
        v[18] = mean(perforation, i -> true);
        v[19] = expectedOddsRatio(uncrossable, i -> CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]));
        v[20] = expectedOddsRatio(uncrossable, i -> {
            final Tortuosity t = pop.lesions()[i].access().proximalTortuosity();
            return t == Tortuosity.MODERATE || t == Tortuosity.SEVERE;
        });
        v[21] = mean(undilatable, i -> true);
        v[22] = expectedOddsRatio(undilatable, i -> CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]));
        v[23] = rate(r, i -> pop.jCto()[i] == 0, i -> r[i].retrogradeAttempted());
        v[24] = rate(r, i -> pop.jCto()[i] >= 3, i -> r[i].retrogradeAttempted());
        v[25] = rate(r, i -> true, i -> r[i].adrAttempted());
        final double[] wire = new double[n];
        for (int i = 0; i < n; i++) {
            wire[i] = r[i].crossingTimeMin();
        }
        v[26] = median(wire, i -> true);
        return v;
    }

    /** Fits all blocks in turn, {@code rounds} times. */
    static CtoProcedureParameters fit(CtoProcedureParameters start, Population pop, int rounds, int maxEvalPerBlock) {
        CtoProcedureParameters p = start;
        for (int round = 0; round < rounds; round++) {
            p = fitBlock(p, pop, CROSSING_TARGETS, CtoProcedureCalibration::crossingX,
                    CtoProcedureCalibration::withCrossing, maxEvalPerBlock);
            p = fitBlock(p, pop, DEVICE_TARGETS, CtoProcedureCalibration::deviceX,
                    CtoProcedureCalibration::withDevices, maxEvalPerBlock);
            p = fitBlock(p, pop, RESOURCE_TARGETS, CtoProcedureCalibration::resourceX,
                    CtoProcedureCalibration::withResources, maxEvalPerBlock);
            p = fitBlock(p, pop, EVENT_TARGETS, CtoProcedureCalibration::eventX,
                    CtoProcedureCalibration::withEvents, maxEvalPerBlock);
        }
        return p;
    }

    /** Sum of squared band-scaled errors over the given targets. */
    static double loss(CtoProcedureParameters p, Population pop, int[] targets) {
        final double[] v = values(CtoProcedureModel.of(p), pop);
        double sum = 0;
        for (int t : targets) {
            sum += TARGETS.get(t).loss(v[t]);
        }
        return sum;
    }

    interface Wither {
        CtoProcedureParameters apply(CtoProcedureParameters p, double[] x);
    }

    static CtoProcedureParameters fitBlock(CtoProcedureParameters start, Population pop, int[] targets,
            Function<CtoProcedureParameters, double[]> toX, Wither with, int maxEval) {
        final double[] x0 = toX.apply(start);
        final Object[] best = {start, loss(start, pop, targets)};
        try {
            new SimplexOptimizer(1e-7, 1e-9).optimize(new MaxEval(maxEval), GoalType.MINIMIZE,
                    new NelderMeadSimplex(x0.length, 0.2), new InitialGuess(x0), new ObjectiveFunction(x -> {
                        final CtoProcedureParameters p;
                        final double l;
                        try {
                            p = with.apply(start, x);
                            l = loss(p, pop, targets);
                        } catch (IllegalArgumentException outOfRange) {
                            return 1e9;
                        }
                        if (l < (double) best[1]) {
                            best[0] = p;
                            best[1] = l;
                        }
                        return l;
                    }));
        } catch (TooManyEvaluationsException stop) {
            // keep the best point seen
        }
        return (CtoProcedureParameters) best[0];
    }

    // Free parameters of each block, on an unbounded scale (logs of positive quantities).

    static double[] crossingX(CtoProcedureParameters p) {
        final Crossing c = p.crossing();
        return new double[] {c.aweLogit(), c.escalationLogit(), Math.log(c.logitPerDifficulty()),
            Math.log(c.logitPerAccess()), Math.log(c.timeLogPerDifficulty()), Math.log(c.awe().medianMin())};
    }

    static CtoProcedureParameters withCrossing(CtoProcedureParameters p, double[] x) {
        final Crossing c = p.crossing();
        return new CtoProcedureParameters(p.difficulty(), p.access(), new Crossing(x[0], x[1], Math.exp(x[2]),
                Math.exp(x[3]), Math.exp(x[4]), c.attemptSigma(), c.budgetMin(), c.contrastBudgetMl(),
                new CtoProcedureParameters.Attempt(c.awe().difficultyShare(), Math.exp(x[5])), c.adr(), c.rwe(),
                c.rdr()), p.uncrossable(), p.undilatable(), p.resources(), p.ischaemia(), p.perforation(), p.events());
    }

    static double[] deviceX(CtoProcedureParameters p) {
        return new double[] {p.uncrossable().logit(), Math.log(p.uncrossable().calcOr()),
            Math.log(p.uncrossable().tortuosityOr()), p.undilatable().logit(), Math.log(p.undilatable().calcOr())};
    }

    static CtoProcedureParameters withDevices(CtoProcedureParameters p, double[] x) {
        final Uncrossable u = p.uncrossable();
        final Undilatable d = p.undilatable();
        return new CtoProcedureParameters(p.difficulty(), p.access(), p.crossing(),
                new Uncrossable(x[0], Math.exp(x[1]), Math.exp(x[2]), u.bamSuccess(), u.atherectomySuccess(),
                        u.attemptMin(), u.bamMin(), u.atherectomyMin()),
                new Undilatable(x[3], Math.exp(x[4]), d.highPressureSuccess(), d.ivlSuccess(), d.atherectomySuccess(),
                        d.highPressureMin(), d.ivlMin(), d.atherectomyMin()),
                p.resources(), p.ischaemia(), p.perforation(), p.events());
    }

    static double[] resourceX(CtoProcedureParameters p) {
        final Resources r = p.resources();
        return new double[] {Math.log(r.postCrossingMedianMin()), r.postCrossingLogPerDifficulty(),
            CtoProcedureModel.logit(r.fluoroPerIntenseMin()), Math.log(r.fluoroSigma()),
            Math.log(r.contrastPerIntenseMin()), Math.log(r.contrastSigma())};
    }

    static CtoProcedureParameters withResources(CtoProcedureParameters p, double[] x) {
        final Resources r = p.resources();
        return new CtoProcedureParameters(p.difficulty(), p.access(), p.crossing(), p.uncrossable(),
                p.undilatable(), new Resources(r.setupMedianMin(), r.setupSigma(), Math.exp(x[0]),
                        r.postCrossingSigma(), x[1], r.closingMin(), r.perforationMin(),
                        CtoProcedureModel.logistic(x[2]), r.fluoroOtherShare(), Math.exp(x[3]), r.contrastSetupMl(),
                        Math.exp(x[4]), r.contrastOtherShare(), Math.exp(x[5])),
                p.ischaemia(), p.perforation(), p.events());
    }

    static double[] eventX(CtoProcedureParameters p) {
        return new double[] {p.perforation().logit(), p.events().miLogit(), Math.log(p.events().miCalcOr())};
    }

    static CtoProcedureParameters withEvents(CtoProcedureParameters p, double[] x) {
        final Perforation f = p.perforation();
        final Events e = p.events();
        return new CtoProcedureParameters(p.difficulty(), p.access(), p.crossing(), p.uncrossable(),
                p.undilatable(), p.resources(), p.ischaemia(),
                new Perforation(x[0], f.age65Or(), f.calcOr(), f.bluntCapOr(), f.adrOr(), f.retrogradeOr(),
                        f.atherectomyOr(), f.highPressureOr(), f.tamponadeShare()),
                new Events(x[1], Math.exp(x[2]), e.miRetrogradeOr(), e.otherMaceProbability(),
                        e.otherMacePerforationOr()));
    }

    // Statistics.

    interface IntPredicate {
        boolean test(int i);
    }

    static double rate(CtoProcedureResult[] r, IntPredicate in, IntPredicate event) {
        int n = 0;
        int k = 0;
        for (int i = 0; i < r.length; i++) {
            if (in.test(i)) {
                n++;
                k += event.test(i) ? 1 : 0;
            }
        }
        return (double) k / n;
    }

    /** Mean of the non-NaN values in the subset. */
    static double mean(double[] x, IntPredicate in) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            if (in.test(i) && !Double.isNaN(x[i])) {
                sum += x[i];
                n++;
            }
        }
        return sum / n;
    }

    /** Odds ratio of the expected 2 x 2 table: event probability {@code p} (NaN = not at risk) by exposure. */
    static double expectedOddsRatio(double[] p, IntPredicate exposed) {
        final double[] events = new double[2];
        final double[] nonEvents = new double[2];
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                final int e = exposed.test(i) ? 1 : 0;
                events[e] += p[i];
                nonEvents[e] += 1 - p[i];
            }
        }
        return events[1] / nonEvents[1] / (events[0] / nonEvents[0]);
    }

    static double[] moments(CtoProcedureResult[] r, java.util.function.ToDoubleFunction<CtoProcedureResult> f) {
        double sum = 0;
        double sumSq = 0;
        for (CtoProcedureResult x : r) {
            final double v = f.applyAsDouble(x);
            sum += v;
            sumSq += v * v;
        }
        final double mean = sum / r.length;
        return new double[] {mean, Math.sqrt((sumSq - r.length * mean * mean) / (r.length - 1))};
    }

    static double olsSlope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= x.length;
        my /= x.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    /** Slope of a univariable logistic regression of {@code y} (0/1) on {@code x}, by Newton's method. */
    static double logisticSlope(double[] x, double[] y) {
        double b0 = 0;
        double b1 = 0;
        for (int iteration = 0; iteration < 50; iteration++) {
            double g0 = 0;
            double g1 = 0;
            double h00 = 0;
            double h01 = 0;
            double h11 = 0;
            for (int i = 0; i < x.length; i++) {
                final double p = CtoProcedureModel.logistic(b0 + b1 * x[i]);
                final double w = p * (1 - p);
                g0 += y[i] - p;
                g1 += (y[i] - p) * x[i];
                h00 += w;
                h01 += w * x[i];
                h11 += w * x[i] * x[i];
            }
            final double det = h00 * h11 - h01 * h01;
            final double d0 = (h11 * g0 - h01 * g1) / det;
            final double d1 = (h00 * g1 - h01 * g0) / det;
            b0 += d0;
            b1 += d1;
            if (Math.abs(d0) + Math.abs(d1) < 1e-10) {
                break;
            }
        }
        return b1;
    }

    /** The target table in Markdown, with pass/fail. */
    static String table(double[] v) {
        final StringBuilder s = new StringBuilder(
                "| id | quantity | published | model | error | band | role | pass |\n"
                + "| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (int t = 0; t < TARGETS.size(); t++) {
            final Target target = TARGETS.get(t);
            final boolean percent = target.published() < 1;
            final String format = percent ? "%.1f%%" : "%.2f";
            final double scale = percent ? 100 : 1;
            s.append(String.format(Locale.ROOT, "| %s | %s | " + format + " | " + format + " | %+.0f%% | "
                    + format + " to " + format + " | %s | %s |%n", target.id(), target.quantity(),
                    scale * target.published(), scale * v[t], 100 * (v[t] - target.published()) / target.published(),
                    scale * target.low(), scale * target.high(), target.role(),
                    target.passes(v[t]) ? "pass" : target.role().equals("check") ? "miss" : "FAIL"));
        }
        return s.toString();
    }

    /** Associations that are not fitted: rates by score group and strategy use, for the docs. */
    static List<String> checks(CtoProcedureModel model, Population pop) {
        final CtoProcedureResult[] r = pop.simulate(model);
        final List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "technical success %.1f%% (EuroCTO 84.5-87.8%%, C32 cohort 85.5%%);"
                + " retrograde tried %.1f%%, ADR tried %.1f%% (EuroCTO 20.2%% / 9.3%%; C32 cohort retrograde 34%%)",
                100 * rate(r, i -> true, i -> r[i].technicalSuccess()),
                100 * rate(r, i -> true, i -> r[i].retrogradeAttempted()),
                100 * rate(r, i -> true, i -> r[i].adrAttempted())));
        lines.add(String.format(Locale.ROOT, "retrograde tried, moderate/severe vs none/mild calcium %.1f%% vs %.1f%%"
                + " (Karacsonyi 2017: 54%% vs 30%%)",
                100 * rate(r, i -> CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]),
                        i -> r[i].retrogradeAttempted()),
                100 * rate(r, i -> !CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]),
                        i -> r[i].retrogradeAttempted())));
        lines.add(String.format(Locale.ROOT, "technical success, moderate/severe vs none/mild calcium %.1f%% vs %.1f%%"
                + " (PROGRESS-CTO 2012-2023, 13,079 PCIs: 83.0%% vs 89.9%%)",
                100 * rate(r, i -> CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]),
                        i -> r[i].technicalSuccess()),
                100 * rate(r, i -> !CtoProcedureModel.moderateOrSevereCalcium(pop.lesions()[i]),
                        i -> r[i].technicalSuccess())));
        lines.add(byGroup("technical success by J-CTO 0/1/2/>=3 (J-CTO registry: 97.0/92.1/86.5/73.6)", r,
                i -> Math.min(pop.jCto()[i], 3), 4, i -> r[i].technicalSuccess()));
        lines.add(byGroup("technical success by PROGRESS-CTO 0/1/2/3/4", r,
                i -> CtoScores.progressCto(pop.lesions()[i]), 5, i -> r[i].technicalSuccess()));
        lines.add(byGroup("technical success by CL easy/intermediate/difficult/very difficult", r,
                i -> CtoScores.clDifficulty(CtoScores.cl(pop.lesions()[i])).ordinal(), 4,
                i -> r[i].technicalSuccess()));
        lines.add(byGroup("technical failure by CASTLE 0-1/2/3/>=4 (8% to 35%)", r,
                i -> CtoScores.castleGroup(pop.castle()[i]).ordinal(), 4, i -> !r[i].technicalSuccess()));
        lines.add(byGroup("30-min crossing by KCCT < 4 / >= 4", r, i -> CtoScores.kcct(pop.lesions()[i]) >= 4 ? 1 : 0,
                2, i -> r[i].wireCrossedWithin30Min()));
        lines.add(byGroup("30-min crossing by CT-RECTOR 0/1/2/>=3", r,
                i -> Math.min(CtoScores.ctRector(pop.lesions()[i]), 3), 4, i -> r[i].wireCrossedWithin30Min()));
        final double[] wire = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            wire[i] = r[i].crossed() ? r[i].crossingTimeMin() : Double.NaN;
        }
        lines.add(String.format(Locale.ROOT, "median wire time of crossed lesions %.0f min (Rempakos 2023, 2012-2022:"
                + " 32 min); procedure time, uncrossable vs other, median %.0f vs %.0f min (Karacsonyi 2017: 208 vs"
                + " 135)", median(wire, i -> true), median(times(r), i -> r[i].deviceUncrossable()),
                median(times(r), i -> r[i].crossed() && !r[i].deviceUncrossable())));
        final double[] wireAll = new double[r.length];
        final double[] post = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            wireAll[i] = r[i].crossingTimeMin();
        }
        final double[] crossedAfter = new double[3];
        final double[] after = {30, 90, 150};
        for (int k = 0; k < 3; k++) {
            final double t = after[k];
            crossedAfter[k] = rate(r, i -> r[i].crossingTimeMin() > t, i -> r[i].crossed());
        }
        for (int i = 0; i < r.length; i++) {
            post[i] = r[i].technicalSuccess() ? r[i].procedureTimeMin() - r[i].crossingTimeMin() : Double.NaN;
        }
        lines.add(String.format(Locale.ROOT, "median time after wire insertion's end (set-up + post-crossing) of"
                + " successful procedures %.0f min (Rempakos 2023: 20 + 53 min)", median(post, i -> true)));
        lines.add(String.format(Locale.ROOT, "median wire time, all %.0f min; crossed if not by 30 / 90 / 150 min:"
                + " %.1f%% / %.1f%% / %.1f%% (Rempakos 2023, 30 / 90 / 180 min: 76.7 / 60.7 / 42.7%%)",
                median(wireAll, i -> true), 100 * crossedAfter[0], 100 * crossedAfter[1], 100 * crossedAfter[2]));
        lines.add(byGroup("crossing strategy NONE/AWE/ADR/RWE/RDR", r, i -> 0, 1, i -> true) + " |"
                + java.util.Arrays.stream(CtoProcedureResult.Strategy.values()).map(st -> String.format(Locale.ROOT,
                        " %s %.1f%%", st, 100 * rate(r, i -> true, i -> r[i].crossingStrategy() == st)))
                        .reduce("", String::concat));
        lines.add(String.format(Locale.ROOT, "tamponade %.2f%%, periprocedural MI %.2f%%, MACE %.2f%%; ischaemic"
                + " minutes mean %.1f (no target)", 100 * rate(r, i -> true, i -> r[i].tamponade()),
                100 * rate(r, i -> true, i -> r[i].periproceduralMi()),
                100 * rate(r, i -> true, i -> r[i].inHospitalMace()), moments(r, CtoProcedureResult::ischaemicMin)[0]));
        return lines;
    }

    private static double[] times(CtoProcedureResult[] r) {
        final double[] t = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            t[i] = r[i].procedureTimeMin();
        }
        return t;
    }

    static double median(double[] x, IntPredicate in) {
        final double[] kept = java.util.stream.IntStream.range(0, x.length).filter(i -> in.test(i) && !Double.isNaN(
                x[i])).mapToDouble(i -> x[i]).sorted().toArray();
        return kept.length == 0 ? Double.NaN : kept[kept.length / 2];
    }

    interface IntToInt {
        int apply(int i);
    }

    static String byGroup(String name, CtoProcedureResult[] r, IntToInt group, int groups, IntPredicate event) {
        final StringBuilder s = new StringBuilder(name).append(":");
        for (int g = 0; g < groups; g++) {
            final int gg = g;
            s.append(String.format(Locale.ROOT, " %.1f%%", 100 * rate(r, i -> group.apply(i) == gg, event)));
        }
        return s.toString();
    }

    /**
     * The calibration as {@code ./sinus calibrate} reports it: the fit from {@link CtoProcedureParameters#defaults()}
     * on the fit population, then every target on a fresh population of 20,000 lesions of {@code seed}. The
     * report names {@link #PARAMETER_FILE} and the {@link #FITTED_KEYS} with their fitted values (rounded to 4
     * significant digits), which {@code ./sinus calibrate --write} stores there.
     *
     * @param seed the check population's seed
     * @param maxEvalPerBlock Nelder-Mead evaluations per block and round (0: check the defaults only)
     * @return the report
     */
    public static CalibrationReport report(long seed, int maxEvalPerBlock) {
        final CtoProcedureParameters start = CtoProcedureParameters.defaults();
        final CtoProcedureParameters fitted = maxEvalPerBlock == 0 ? start
                : rounded(fit(start, Population.of(FIT_SEED, FIT_LESIONS), ROUNDS, maxEvalPerBlock));
        final double[] v = values(CtoProcedureModel.of(fitted), Population.of(seed, 20_000));
        final List<TargetCheck> checks = new java.util.ArrayList<>();
        for (int t = 0; t < v.length; t++) {
            final Target target = TARGETS.get(t);
            checks.add(new TargetCheck(target.id(), target.quantity(), target.published(), v[t], target.low(),
                    target.high(), target.role().equals("fitted"), target.role().equals("fitted") ? ""
                            : target.role() + ": " + target.basis()));
        }
        final Map<String, Double> all = fitted.toProperties();
        final Map<String, Double> before = start.toProperties();
        final Map<String, Double> params = new LinkedHashMap<>();
        double moved = 0;
        for (String key : FITTED_KEYS) {
            params.put(key, all.get(key));
            moved = Math.max(moved, Math.abs(all.get(key) - before.get(key)) / Math.abs(before.get(key)));
        }
        final String method = String.format(Locale.ROOT, "Nelder-Mead (Commons Math 3), 4 blocks x %d rounds x %d"
                + " evaluations on %,d lesions of seed %d, checked on 20,000 lesions of seed %d, rounded to 4"
                + " significant digits; largest relative change of a fitted parameter against the file: %.3g",
                ROUNDS, maxEvalPerBlock, FIT_LESIONS, FIT_SEED, seed, moved);
        return new CalibrationReport("cto-procedure", PARAMETER_FILE, params, checks, method);
    }

    /** The parameters with the fitted keys rounded as {@code --write} stores them, so the check is of the file. */
    static CtoProcedureParameters rounded(CtoProcedureParameters p) {
        final java.util.Properties props = new java.util.Properties();
        p.toProperties().forEach((k, v) -> props.setProperty(k, Double.toString(FITTED_KEYS.contains(k) ? round(v)
                : v)));
        return CtoProcedureParameters.fromProperties(props);
    }

    /** Rounds to 4 significant digits, as the parameter file keeps them. */
    static double round(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(4)).doubleValue();
    }

    public static void main(String[] args) {
        final int maxEval = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        final Population pop = Population.of(FIT_SEED, FIT_LESIONS);
        final CtoProcedureParameters fitted = maxEval == 0 ? CtoProcedureParameters.defaults()
                : fit(CtoProcedureParameters.defaults(), pop, ROUNDS, maxEval);
        System.out.println("fitted: " + fitted);
        final CtoProcedureModel model = CtoProcedureModel.of(fitted);
        System.out.print(table(values(model, pop)));
        checks(model, pop).forEach(System.out::println);
    }
}
