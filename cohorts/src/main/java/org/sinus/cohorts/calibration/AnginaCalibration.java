package org.sinus.cohorts.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.cohorts.angina.AnginaOutcomeParameters;
import org.sinus.cohorts.angina.AnginaOutcomes;
import org.sinus.cohorts.angina.AnginaPresentation;
import org.sinus.cohorts.angina.RefractoryAnginaCohort;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.physiology.ModelConstants;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.ReducerSpec;

/**
 * Calibration of the angina outcome model ({@link AnginaOutcomes}; docs/cohort-refractory-angina.md, "Calibration")
 * to COSIRA (targets.md#C11). Three free parameters, fitted together by a Nelder-Mead simplex (Commons Math 3) to the
 * sham arm only: the placebo response's mean and SD of {@code ln T} to the shares improved by at least 2 (8/52) and at
 * least 1 (22/52) CCS classes, and the SAQ points per unit of {@code ln T} to the SAQ quality-of-life change (+7.6).
 * Loss: the sum of squared relative errors of the model's <em>expected</em> sham figures (each patient's probability
 * from the normal placebo draw, averaged over the virtual population: smooth in the parameters, which the realised
 * 0/1 outcomes are not). Fitted values are rounded (3 decimals, SAQ slope 0.1 point), then the realised figures are
 * checked.
 *
 * <p>The Reducer arm is <b>not fitted</b>: the model has no device-specific parameter. Its figures come from the kernel
 * (control and Reducer at its defaults, neck 3 mm, edges 10 mm, 180 days, on the first {@code kernelPatients} of the
 * population at ordinary effort) through the outcome model, and are validations with COSIRA's own 95% intervals as
 * bands. The Reducer arm's figure is the sham arm's (whole population) plus the paired Reducer-minus-sham difference
 * on the kernel patients. The note of a miss says what threshold gain would have been needed.
 */
public final class AnginaCalibration implements Calibration {
    /** The model's name. */
    public static final String MODEL = "angina-outcome";
    /** The parameter file, relative to the source root. */
    public static final String PARAMETER_FILE = "cohorts/src/main/resources/org/sinus/cohorts/angina/"
            + AnginaOutcomeParameters.PARAMETER_FILE;
    /** C11 (COSIRA, 52 per arm): sham and Reducer, improved by at least 2 and at least 1 CCS classes. */
    static final double SHAM_2 = 8 / 52.0;
    static final double SHAM_1 = 22 / 52.0;
    static final double REDUCER_2 = 18 / 52.0;
    static final double REDUCER_1 = 37 / 52.0;
    /** C11: SAQ quality-of-life change, points. */
    static final double SAQ_SHAM = 7.6;
    static final double SAQ_REDUCER = 17.6;
    /** COSIRA's arm size. */
    static final int N_PER_ARM = 52;

    private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);
    private static final int BATCH = 32;

    private final int patients;
    private final int kernelPatients;

    /**
     * @param patients patients the sham arm is fitted and checked on (20,000: SE of a share about 0.003)
     * @param kernelPatients of these, how many go through the kernel for the Reducer arm (each about 25 ms)
     */
    public AnginaCalibration(int patients, int kernelPatients) {
        if (patients < 100 || kernelPatients < BATCH || kernelPatients > patients) {
            throw new IllegalArgumentException("patients = " + patients + " must be at least 100 and kernelPatients = "
                    + kernelPatients + " in [" + BATCH + ", patients]");
        }
        this.patients = patients;
        this.kernelPatients = kernelPatients;
    }

    @Override
    public CalibrationReport run(long seed) {
        final AnginaOutcomeParameters start = AnginaOutcomeParameters.defaults();
        final Population population = Population.sample(seed, patients);
        final double[] fit = fit(population, start, SHAM_2, SHAM_1, SAQ_SHAM);
        final AnginaOutcomeParameters fitted = start.withFit(round(fit[0], 1e3), round(fit[1], 1e3),
                round(fit[2], 10));
        final AnginaOutcomes model = new AnginaOutcomes(fitted);
        final double[] sham = population.shamFigures(model);
        final KernelArm reducer = KernelArm.run(population, model, kernelPatients);
        final double[] gain = reducer.gainPercentQuantiles();
        final double needed = 100 * Math.expm1(population.uniformLogGainFor(model, REDUCER_2));
        final List<TargetCheck> checks = new ArrayList<>();
        checks.add(TargetCheck.within("C11", "sham: improved >= 2 CCS classes", SHAM_2, sham[0], 0.01, true, ""));
        checks.add(TargetCheck.within("C11", "sham: improved >= 1 CCS class", SHAM_1, sham[1], 0.01, true, ""));
        checks.add(TargetCheck.within("C11", "sham: SAQ quality-of-life change, points", SAQ_SHAM, sham[2], 0.4, true,
                ""));
        final String why = String.format(Locale.ROOT, "not fitted: the Reducer's effect is the kernel's; it raises"
                + " the effort-threshold demand by %.2f%% (median; 5th-95th %.2f to %.2f%%) and the mean CS pressure by"
                + " %.2f mmHg at effort in %d patients; a uniform gain of %.0f%% would give 18/52"
                + " (docs/cohort-refractory-angina.md)", gain[1], gain[0], gain[2], reducer.csRiseMmHg(),
                kernelPatients, needed);
        checks.add(band("Reducer: improved >= 2 CCS classes", REDUCER_2, sham[0] + reducer.difference(0), why));
        checks.add(band("Reducer: improved >= 1 CCS class", REDUCER_1, sham[1] + reducer.difference(1), why));
        checks.add(new TargetCheck("C11", "Reducer minus sham: improved >= 2 CCS classes", REDUCER_2 - SHAM_2,
                reducer.difference(0), REDUCER_2 - SHAM_2 - 1.96 * differenceSe(REDUCER_2, SHAM_2),
                REDUCER_2 - SHAM_2 + 1.96 * differenceSe(REDUCER_2, SHAM_2), false, why));
        // SE of the SAQ difference from its p = 0.03 (two-sided z), split equally between the arms: 10 / 2.17 / sqrt 2
        final double saqSe = (SAQ_REDUCER - SAQ_SHAM) / NORMAL.inverseSurvivalProbability(0.015) / Math.sqrt(2);
        checks.add(new TargetCheck("C11", "Reducer: SAQ quality-of-life change, points", SAQ_REDUCER,
                sham[2] + reducer.difference(2), SAQ_REDUCER - 1.96 * saqSe, SAQ_REDUCER + 1.96 * saqSe, false,
                why + "; band: arm SE from the difference's p = 0.03"));
        final Map<String, Double> values = new LinkedHashMap<>();
        values.put("placeboLogMean", fitted.placeboLogMean());
        values.put("placeboLogSd", fitted.placeboLogSd());
        values.put("saqQolPointsPerLog", fitted.saqQolPointsPerLog());
        final String method = String.format(Locale.ROOT, "Nelder-Mead (Commons Math 3) on the expected sham-arm"
                + " figures of %,d refractory-angina patients, seed %d, loss the squared relative errors to C11's sham"
                + " arm (8/52, 22/52, +7.6); rounded; Reducer arm through the kernel on the first %,d, not fitted",
                population.size(), seed, kernelPatients);
        return new CalibrationReport(MODEL, PARAMETER_FILE, values, checks, method);
    }

    /**
     * Fits the three placebo parameters to sham-arm figures.
     *
     * @param population the virtual population
     * @param start the fixed parameters (demand slope) and the start of the simplex
     * @param improved2 target share improved by at least 2 classes
     * @param improved1 target share improved by at least 1 class
     * @param saq target mean SAQ quality-of-life change, points
     * @return {placeboLogMean, placeboLogSd, saqQolPointsPerLog}, unrounded
     */
    static double[] fit(Population population, AnginaOutcomeParameters start, double improved2, double improved1,
            double saq) {
        final AnginaOutcomes shape = new AnginaOutcomes(start);
        final PointValuePair best = new SimplexOptimizer(1e-12, 1e-12).optimize(new MaxEval(4000), GoalType.MINIMIZE,
                new NelderMeadSimplex(new double[] {0.1, 0.3, 0.3}),
                new InitialGuess(new double[] {start.placeboLogMean(), Math.log(start.placeboLogSd()),
                    Math.log(Math.abs(start.saqQolPointsPerLog()) + 1)}),
                new ObjectiveFunction(x -> {
                    final double[] e = population.expected(shape, x[0], Math.exp(x[1]), 0);
                    final double s = Math.exp(x[2]) * x[0];
                    return sq(e[0] / improved2 - 1) + sq(e[1] / improved1 - 1) + sq(s / saq - 1);
                }));
        final double[] x = best.getPoint();
        return new double[] {x[0], Math.exp(x[1]), Math.exp(x[2])};
    }

    private static TargetCheck band(String quantity, double published, double model, String note) {
        final double half = 1.96 * Math.sqrt(published * (1 - published) / N_PER_ARM);
        return new TargetCheck("C11", quantity, published, model, published - half, published + half, false, note);
    }

    private static double differenceSe(double p1, double p2) {
        return Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / N_PER_ARM);
    }

    private static double sq(double x) {
        return x * x;
    }

    private static double round(double x, double scale) {
        return Math.round(x * scale) / scale;
    }

    /** Baseline classes, outcome draws and stress-state parameters, as a run has them. */
    record Population(int[] baselineClass, double[] u, double[] z, List<VirtualPatient> patients) {

        static Population sample(long seed, int n) {
            final RefractoryAnginaCohort cohort = new RefractoryAnginaCohort();
            final RandomStreams streams = RandomStreams.of(seed);
            final int[] c = new int[n];
            final double[] u = new double[n];
            final double[] z = new double[n];
            final List<VirtualPatient> patients = new ArrayList<>(n);
            for (int id = 0; id < n; id++) {
                final VirtualPatient p = cohort.sample(streams, id);
                final AnginaOutcomes.Draws d = AnginaOutcomes.draws(streams, id);
                patients.add(p);
                c[id] = ((AnginaPresentation) p.presentation()).ccsClass();
                u[id] = d.u();
                z[id] = d.z();
            }
            return new Population(c, u, z, patients);
        }

        int size() {
            return u.length;
        }

        /**
         * Expected shares improved by >= 2 and >= 1 classes with placebo {@code (mean, sd)} and a uniform log gain,
         * over the patients' baseline positions; the placebo draws are integrated out (normal).
         */
        double[] expected(AnginaOutcomes shape, double mean, double sd, double logGain) {
            double two = 0;
            double one = 0;
            for (int i = 0; i < u.length; i++) {
                final double t0 = shape.baselineLogDemand(baselineClass[i], u[i]);
                two += NORMAL.survivalProbability((shape.improvementBoundary(baselineClass[i], 2) - t0 - logGain
                        - mean) / sd);
                one += NORMAL.survivalProbability((shape.improvementBoundary(baselineClass[i], 1) - t0 - logGain
                        - mean) / sd);
            }
            return new double[] {two / u.length, one / u.length};
        }

        /** The uniform log gain over the sham at which the expected share improved by >= 2 classes is {@code p}. */
        double uniformLogGainFor(AnginaOutcomes model, double p) {
            final AnginaOutcomeParameters q = model.parameters();
            return new BrentSolver(1e-6).solve(200, g -> expected(model, q.placeboLogMean(), q.placeboLogSd(), g)[0]
                    - p, -1, 3);
        }

        /** Realised sham figures through {@link AnginaOutcomes#compute}: {>= 2, >= 1, mean SAQ change}. */
        double[] shamFigures(AnginaOutcomes model) {
            final ArmPhysiology control = KernelArm.balanceOnly(1);
            final List<ArmSpec> arms = List.of(new ArmSpec("sham", new NoDevice()));
            final double[] sums = new double[3];
            final double[][] out = new double[1][model.columns().size()];
            for (int i = 0; i < u.length; i++) {
                model.compute(patients.get(i), new AnginaOutcomes.Draws(u[i], z[i]), control,
                        new ArmPhysiology[] {control}, arms, out);
                sums[0] += out[0][0];
                sums[1] += out[0][1];
                sums[2] += out[0][3];
            }
            return new double[] {sums[0] / u.length, sums[1] / u.length, sums[2] / u.length};
        }
    }

    /** The Reducer arm through the kernel on the first patients of a population, paired with their sham arm. */
    record KernelArm(double[] meanDifference, double[] gainPercent, double csRiseMmHg) {

        static ArmPhysiology balanceOnly(double balance) {
            final double[] m = new double[Metric.values().length];
            m[Metric.RISK_ENDO_O2_BALANCE.ordinal()] = balance;
            return new ArmPhysiology(m, new double[0], null);
        }

        static KernelArm run(Population population, AnginaOutcomes model, int n) {
            final Kernel kernel = new Kernel(ModelConstants.defaults(), BATCH, Kernel.DEFAULT_STEP_S);
            final List<Device> devices = List.of(new Control(), Devices.of(ReducerSpec.defaults()));
            final List<ArmSpec> arms = List.of(new ArmSpec("sham", new NoDevice()),
                    new ArmSpec("reducer", ReducerSpec.defaults()));
            final double[] diff = new double[3];
            final double[] gain = new double[n];
            double cs = 0;
            final double[][] out = new double[2][model.columns().size()];
            for (int from = 0; from < n; from += BATCH) {
                final int to = Math.min(n, from + BATCH);
                final List<PatientParameters> batch = population.patients().subList(from, to).stream()
                        .map(VirtualPatient::parameters).toList();
                final ArmPhysiology[][] physiology = kernel.run(batch, devices);
                for (int i = from; i < to; i++) {
                    final ArmPhysiology control = physiology[0][i - from];
                    final ArmPhysiology reducer = physiology[1][i - from];
                    if (!control.ok() || !reducer.ok()) {
                        throw new IllegalStateException("refractory-angina patient " + i + " failed in the kernel: "
                                + (control.ok() ? reducer.failure() : control.failure()));
                    }
                    model.compute(population.patients().get(i),
                            new AnginaOutcomes.Draws(population.u()[i], population.z()[i]), control,
                            new ArmPhysiology[] {control, reducer}, arms, out);
                    diff[0] += (out[1][0] - out[0][0]) / n;
                    diff[1] += (out[1][1] - out[0][1]) / n;
                    diff[2] += (out[1][3] - out[0][3]) / n;
                    gain[i] = out[1][5];
                    cs += (reducer.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG)) / n;
                }
            }
            return new KernelArm(diff, gain, cs);
        }

        double difference(int k) {
            return meanDifference[k];
        }

        /** 5th, 50th and 95th percentiles of the gain, %. */
        double[] gainPercentQuantiles() {
            final double[] g = gainPercent.clone();
            Arrays.sort(g);
            return new double[] {g[(int) (0.05 * (g.length - 1))], g[(g.length - 1) / 2],
                g[(int) (0.95 * (g.length - 1))]};
        }
    }

    /**
     * Prints the calibration and, with {@code --write}, stores the fitted parameters in {@link #PARAMETER_FILE}
     * (run from the source root; the provenance line {@code # fitted: ...} is replaced).
     *
     * @param args {@code [--write]}
     * @throws IOException if the parameter file cannot be rewritten
     */
    public static void main(String[] args) throws IOException {
        final CalibrationReport r = new AnginaCalibration(20_000, 256).run(Calibrations.SEED);
        System.out.println(r.method());
        System.out.println("fitted " + r.fitted());
        System.out.println("| target | quantity | published | model | error | band | verdict |");
        for (TargetCheck c : r.checks()) {
            System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %+.3f | [%.3f, %.3f] | %s |%n", c.target(),
                    c.quantity(), c.published(), c.model(), c.error(), c.low(), c.high(),
                    c.pass() ? (c.fitted() ? "pass (fitted)" : "pass") : (c.fitted() ? "FAIL (fitted)" : "miss: "
                            + c.note()));
        }
        if (args.length > 0 && "--write".equals(args[0])) {
            final Path file = Path.of(PARAMETER_FILE);
            final List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            for (int i = 0; i < lines.size(); i++) {
                for (Map.Entry<String, Double> e : r.fitted().entrySet()) {
                    if (lines.get(i).startsWith(e.getKey() + "=")) {
                        lines.set(i, e.getKey() + "=" + e.getValue());
                    }
                }
                if (lines.get(i).startsWith("# fitted:")) {
                    lines.set(i, "# fitted: " + LocalDate.now(ZoneOffset.UTC) + " by AnginaCalibration --write; "
                            + r.method());
                }
            }
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            System.out.println("stored " + r.fitted() + " in " + file);
        }
    }
}
