package org.sinus.engine.physiology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;
import org.sinus.engine.devices.SinusOcclusion;

/**
 * Development tool: for venous constants given as arguments ({@code tm,cv,th,os,cs,knee} each), prints C01, C02 and
 * C04 on the stable-angina reference patient and the PICSO and permanent-occlusion changes of the at-risk
 * subendocardium over CFI with the LAD occluded (physiology.md section 4's collateral dependence).
 */
public final class HumpExplore {
    static final double[] CFI = {0.0, 0.1, 0.15, 0.2, 0.3};

    public static void main(String[] args) {
        for (String a : args) {
            String[] f = a.split(",");
            ModelConstants d = ModelConstants.defaults();
            ModelConstants c = new ModelConstants(d.valves(), d.microcirculation(), new ModelConstants.Veins(
                    Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
            report(a, c);
        }
    }

    static void report(String label, ModelConstants c) {
        double[] t = KernelCalibration.model(c);
        List<PatientParameters> ps = new ArrayList<>();
        for (double cfi : CFI) {
            ps.add(CollateralDependenceTest.withCfi(cfi));
        }
        Kernel k = new Kernel(c, ps.size(), Kernel.DEFAULT_STEP_S);
        ArmPhysiology[][] r = k.run(ps, List.of(new Control(), new Picso(1.0, 3, 20, 3, 90), new SinusOcclusion(40)));
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s  C01 %.1f/%.1f C02 %.1f/%.1f C04 %.1f s%n", label, t[0], t[1], t[2], t[3], t[4]));
        for (int i = 0; i < CFI.length; i++) {
            sb.append(String.format(Locale.ROOT, "  CFI %.2f inflow %.3f  PICSO %+.4f perm %+.4f | O2 %.3f PICSO %+.4f"
                    + " perm %+.4f | endo vein ctl/picso/perm %.1f/%.1f/%.1f thebesian %.3f/%.3f%n", CFI[i],
                    r[0][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[1][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G) - r[0][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[2][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G) - r[0][i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[0][i].get(Metric.RISK_ENDO_O2_BALANCE),
                    r[1][i].get(Metric.RISK_ENDO_O2_BALANCE) - r[0][i].get(Metric.RISK_ENDO_O2_BALANCE),
                    r[2][i].get(Metric.RISK_ENDO_O2_BALANCE) - r[0][i].get(Metric.RISK_ENDO_O2_BALANCE),
                    r[0][i].get(Metric.RISK_VEIN_MEAN_MMHG), r[1][i].get(Metric.RISK_VEIN_MEAN_MMHG),
                    r[2][i].get(Metric.RISK_VEIN_MEAN_MMHG), r[0][i].get(Metric.THEBESIAN_FRACTION),
                    r[2][i].get(Metric.THEBESIAN_FRACTION)));
        }
        System.out.print(sb);
    }
}
