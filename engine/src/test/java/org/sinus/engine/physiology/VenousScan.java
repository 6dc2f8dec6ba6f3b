package org.sinus.engine.physiology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Icso;
import org.sinus.engine.devices.Picso;
import org.sinus.engine.devices.SinusOcclusion;

/**
 * Development tool (hypothesis A of the hump study, docs/model.md section 4.1): for a fixed venous structure (the
 * transmural factor and the Thebesian resistance, which decide how the subendocardial plexus drains), refits the
 * other four venous constants (venous compliance, ostium resistance, sinus compliance, knee) to C01, C02 and C04 with
 * the same loss and simplex as {@link KernelCalibration}, then prints the fit, the control Thebesian share and the
 * CFI sweep of the at-risk subendocardium's oxygen balance under PICSO, ICSO, a steady partial occlusion and
 * permanent occlusion. Nothing of the sweep enters the fit.
 *
 * <p>Arguments: {@code scan EVALS tm1,tm2,.. th1,th2,..} (grid, each point refitted), or {@code at tm,cv,th,os,cs,knee}
 * (no fit).
 */
public final class VenousScan {
    static final double[] CFI = {0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4};

    private VenousScan() {
    }

    static ModelConstants veins(double tm, double cv, double th, double os, double cs, double knee) {
        ModelConstants d = ModelConstants.defaults();
        return new ModelConstants(d.valves(), d.microcirculation(), new ModelConstants.Veins(tm, cv, th, os, cs, knee));
    }

    /** Steady partial obstruction of the ostium: its resistance times {@code factor} (a Reducer-like narrowing). */
    static Device partial(double factor) {
        return new Device() {
            @Override
            public String name() {
                return "partial";
            }

            @Override
            public Protocol protocol() {
                return new SinusOcclusion(40).protocol();
            }

            @Override
            public List<String> metricNames() {
                return List.of();
            }

            @Override
            public Controller controller(int capacity) {
                return new Controller() {
                    @Override
                    public void start(int i, double timeS) {
                    }

                    @Override
                    public void act(double timeS, CardiovascularModel model, int from, int to) {
                        for (int i = from; i < to; i++) {
                            model.ostiumResistanceFactor[i] = factor;
                        }
                    }

                    @Override
                    public CycleEvent onBeatEnd(int i, double timeS, double csSystolicMmHg) {
                        return CycleEvent.COMPLETED;
                    }

                    @Override
                    public void metrics(int i, double[] out) {
                    }
                };
            }
        };
    }

    static double thebesianShare(ModelConstants c) {
        Kernel kernel = new Kernel(c, 1, Kernel.DEFAULT_STEP_S);
        return kernel.run(List.of(ReferencePatients.stableAngina(false)), new Control())[0]
                .get(Metric.THEBESIAN_FRACTION);
    }

    static String sweep(ModelConstants c) {
        double[] t = KernelCalibration.model(c);
        List<PatientParameters> ps = new ArrayList<>();
        for (double cfi : CFI) {
            ps.add(CollateralDependenceTest.withCfi(cfi));
        }
        Kernel k = new Kernel(c, ps.size(), Kernel.DEFAULT_STEP_S);
        List<Device> arms = List.of(new Control(), new Picso(1.0, 3, 20, 3, 90), new Icso(10, 3), partial(4),
                new SinusOcclusion(40));
        ArmPhysiology[][] r = k.run(ps, arms);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "  C01 %.1f/%.1f C02 %.1f/%.1f C04 %.1f s  thebesian share (control, LAD open) %.3f%n", t[0], t[1],
                t[2], t[3], t[4], thebesianShare(c)));
        sb.append("  CFI  | endo O2 ctl | dPICSO  dICSO10/3 dPartialx4 dPerm | CS mean ctl/PICSO/x4/perm"
                + " | endo flow ctl dPICSO dPerm | endo/epi ctl PICSO perm\n");
        for (int i = 0; i < CFI.length; i++) {
            double b = r[0][i].get(Metric.RISK_ENDO_O2_BALANCE);
            sb.append(String.format(Locale.ROOT,
                    "  %.2f | %.3f | %+.4f %+.4f %+.4f %+.4f | %.1f/%.1f/%.1f/%.1f | %.3f %+.4f %+.4f"
                            + " | %.2f %.2f %.2f%n",
                    CFI[i], b, r[1][i].get(Metric.RISK_ENDO_O2_BALANCE) - b,
                    r[2][i].get(Metric.RISK_ENDO_O2_BALANCE) - b, r[3][i].get(Metric.RISK_ENDO_O2_BALANCE) - b,
                    r[4][i].get(Metric.RISK_ENDO_O2_BALANCE) - b, r[0][i].get(Metric.CS_MEAN_MMHG),
                    r[1][i].get(Metric.CS_MEAN_MMHG), r[3][i].get(Metric.CS_MEAN_MMHG),
                    r[4][i].get(Metric.CS_MEAN_MMHG), r[0][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[1][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G)
                            - r[0][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[4][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G)
                            - r[0][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[0][i].get(Metric.RISK_ENDO_EPI_RATIO), r[1][i].get(Metric.RISK_ENDO_EPI_RATIO),
                    r[4][i].get(Metric.RISK_ENDO_EPI_RATIO)));
        }
        return sb.toString();
    }

    /** Refits cv, os, cs, knee at fixed tm and th; returns {tm, cv, th, os, cs, knee, loss}. */
    static double[] fit(double tm, double th, int evals) {
        ModelConstants.Veins d = ModelConstants.defaults().veins();
        int[] free = {1, 3, 4, 5};
        double[] start = KernelCalibration.toX(d);
        double[] x0 = new double[free.length];
        for (int j = 0; j < free.length; j++) {
            x0[j] = start[free[j]];
        }
        double[][] best = {x0.clone(), {Double.POSITIVE_INFINITY}};
        java.util.function.Function<double[], double[]> full = x -> new double[] {tm,
            KernelCalibration.bounded(x[0], 1), th, KernelCalibration.bounded(x[1], 3),
            KernelCalibration.bounded(x[2], 4), KernelCalibration.bounded(x[3], 5)};
        try {
            new SimplexOptimizer(1e-6, 1e-8).optimize(new MaxEval(evals), GoalType.MINIMIZE,
                    new NelderMeadSimplex(free.length, 0.3), new InitialGuess(x0), new ObjectiveFunction(x -> {
                        double[] v = full.apply(x);
                        double[] m = KernelCalibration.model(veins(v[0], v[1], v[2], v[3], v[4], v[5]));
                        double sum = 0;
                        for (int j = 0; j < m.length; j++) {
                            double e = (m[j] - KernelCalibration.TARGETS[j]) / KernelCalibration.TARGETS[j];
                            sum += Double.isFinite(e) ? e * e : 1e6;
                        }
                        if (sum < best[1][0]) {
                            best[0] = x.clone();
                            best[1][0] = sum;
                        }
                        return sum;
                    }));
        } catch (TooManyEvaluationsException e) {
            // best point seen
        }
        double[] v = full.apply(best[0]);
        return new double[] {v[0], v[1], v[2], v[3], v[4], v[5], best[1][0]};
    }

    public static void main(String[] args) {
        if (args[0].equals("at")) {
            for (int a = 1; a < args.length; a++) {
                String[] f = args[a].split(",");
                System.out.println(args[a]);
                System.out.print(sweep(veins(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                        Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]))));
            }
            return;
        }
        int evals = Integer.parseInt(args[1]);
        for (String tms : args[2].split(",")) {
            for (String ths : args[3].split(",")) {
                double[] v = fit(Double.parseDouble(tms), Double.parseDouble(ths), evals);
                System.out.printf(Locale.ROOT, "tm %.3g th %.3g -> %.4g,%.4g,%.4g,%.4g,%.4g,%.4g loss %.4f%n", v[0],
                        v[2], v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
                System.out.print(sweep(veins(v[0], v[1], v[2], v[3], v[4], v[5])));
                System.out.flush();
            }
        }
    }
}
