package org.sinus.engine.physiology;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;
import org.sinus.engine.devices.SinusOcclusion;

/**
 * Fits the five free venous constants of {@link ModelConstants.Veins} (ostium and Thebesian resistance, venous
 * squeeze, venous and sinus compliance) to targets.md#C01, C02 and C04 on the stable-angina reference patient with
 * a Nelder-Mead simplex (Nelder and Mead, Comput J 1965; commons-math3), and prints the fit table for
 * {@code docs/model.md}. Run: {@code mvn -pl engine test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.sinus.engine.physiology.KernelCalibration}.
 */
public final class KernelCalibration {
    /** Targets: C01 mean open / occluded, C02 pulse open / occluded, C04 seconds to plateau. */
    static final double[] TARGETS = {4.1, 22.0, 4.3, 36.1, 11.5};
    static final String[] NAMES = {"C01 mean CS pressure, open (mmHg)", "C01 mean CS pressure, occluded (mmHg)",
        "C02 CS pulse pressure, open (mmHg)", "C02 CS pulse pressure, occluded (mmHg)",
        "C04 time to occlusion plateau (s)"};

    private KernelCalibration() {
    }

    /** The model's values of the five targets under {@code constants}. */
    static double[] model(ModelConstants constants) {
        Kernel kernel = new Kernel(constants, 1, Kernel.DEFAULT_STEP_S);
        List<PatientParameters> p = List.of(ReferencePatients.stableAngina(false));
        ArmPhysiology open = kernel.run(p, new Control())[0];
        ArmPhysiology occluded = kernel.run(p, new SinusOcclusion(40))[0];
        ArmPhysiology picso = kernel.run(p, new Picso(1.0, 3, 60, 3, 200))[0];
        return new double[] {open.get(Metric.CS_MEAN_MMHG), occluded.get(Metric.CS_MEAN_MMHG),
            open.get(Metric.CS_PULSE_MMHG), occluded.get(Metric.CS_PULSE_MMHG), picso.deviceMetrics()[1]};
    }

    static ModelConstants withVeins(double[] x) {
        ModelConstants d = ModelConstants.defaults();
        ModelConstants.Veins v = d.veins();
        return new ModelConstants(d.valves(), d.microcirculation(), new ModelConstants.Veins(
                1 / (1 + Math.exp(-x[0])), Math.exp(x[1]), Math.exp(x[2]), Math.exp(x[3]), Math.exp(x[4]),
                v.drainShare(), v.venoVenousFactor()));
    }

    static double[] toX(ModelConstants.Veins v) {
        return new double[] {Math.log(v.imPressureVein() / (1 - v.imPressureVein())),
            Math.log(v.complianceMlPerMmHgPer100g()), Math.log(v.thebesianResistancePer100g()),
            Math.log(v.ostiumResistanceMmHgSPerMl()), Math.log(v.sinusComplianceMlPerMmHg())};
    }

    static double loss(double[] x) {
        double[] m = model(withVeins(x));
        double sum = 0;
        for (int j = 0; j < TARGETS.length; j++) {
            double e = (m[j] - TARGETS[j]) / TARGETS[j];
            sum += Double.isFinite(e) ? e * e : 1e6;
        }
        return sum;
    }

    public static void main(String[] args) {
        if (args.length == 6 && args[0].equals("table")) {
            double g = Double.parseDouble(args[1]);
            double[] x = {Math.log(g / (1 - g)), Math.log(Double.parseDouble(args[2])),
                Math.log(Double.parseDouble(args[3])), Math.log(Double.parseDouble(args[4])),
                Math.log(Double.parseDouble(args[5]))};
            table(withVeins(x));
            return;
        }
        SimplexOptimizer opt = new SimplexOptimizer(1e-6, 1e-8);
        PointValuePair best = opt.optimize(new MaxEval(Integer.parseInt(args.length > 0 ? args[0] : "400")),
                new ObjectiveFunction(KernelCalibration::loss), GoalType.MINIMIZE,
                new InitialGuess(toX(ModelConstants.defaults().veins())), new NelderMeadSimplex(5, 0.3));
        ModelConstants fitted = withVeins(best.getPoint());
        System.out.println("fitted: " + fitted.veins() + "  loss " + best.getValue() + " evals " + opt.getEvaluations());
        table(fitted);
    }

    static void table(ModelConstants constants) {
        double[] m = model(constants);
        System.out.println("| target | published | model | error |");
        System.out.println("| --- | --- | --- | --- |");
        for (int j = 0; j < TARGETS.length; j++) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %+.0f%% |%n", NAMES[j], TARGETS[j], m[j],
                    100 * (m[j] - TARGETS[j]) / TARGETS[j]);
        }
    }
}
