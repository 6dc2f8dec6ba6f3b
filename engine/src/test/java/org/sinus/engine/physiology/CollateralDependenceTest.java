package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Picso;

/**
 * physiology.md section 4: "The benefit of CS occlusion depends on collaterals: little at very low CFI, most at
 * low-to-middle CFI, little again at high CFI." The stable-angina reference patient with the LAD occluded (the
 * at-risk territory lives on collaterals) is swept over CFI, under control and PICSO, and the PICSO-minus-control
 * change of the at-risk subendocardium's perfusion, net arterial inflow and oxygen balance is printed.
 *
 * <p><b>By default (collateral recruitment off) the published hump does NOT emerge.</b> With the at-risk territory
 * autoregulating (bounded by maximal
 * dilation) and the collateral conductance set from CFI against the maximally dilated bed, the at-risk subendocardium
 * is ischaemic (oxygen balance below 1) up to a CFI between 0.2 and 0.3 and not above it, as Seiler's threshold of
 * about 0.25 says. Over the whole ischaemic range PICSO LOWERS the layer's perfusion and oxygen balance, the more the
 * higher the CFI up to 0.2 (the venous back-pressure acts on a larger collateral inflow), then the loss shrinks; above
 * the threshold the territory is autoregulated and PICSO changes it by about 1%. Without the recruitment no mechanism in
 * the kernel lets venous pressure raise a maximally dilated bed's arterial inflow (docs/model.md section 4.1); with it
 * on ({@link #withRecruitmentTheHumpEmergesAndPermanentOcclusionHelpsMore}) the hump emerges.
 *
 * <p>Against the published source of the sentence (Stoller et al., Heart 2013; {@link
 * #printsTheComparisonWithStoller2013}) the model's effect lies in the same CFI window, 0.05 to 0.20, with the opposite
 * sign.
 *
 * <p>The tests assert the shape the kernel shows, so that a kernel change that produces the published hump fails
 * them and is noticed; nothing is tuned to any pattern.
 */
class CollateralDependenceTest {
    static final double[] CFI = {0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};

    private static ArmPhysiology[] control;
    private static ArmPhysiology[] picso;
    /** The same sweep with the collateral recruitment on (Ido-fitted; docs/model.md section 4.1). */
    private static ArmPhysiology[] controlOn;
    private static ArmPhysiology[] picsoOn;
    private static ArmPhysiology[] permanentOn;

    static PatientParameters withCfi(double cfi) {
        PatientParameters p = ReferencePatients.stableAngina(true);
        CoronaryParameters c = p.coronary();
        return new PatientParameters(p.heart(), p.vascular(), new CoronaryParameters(c.lvMassG(), c.atRiskFraction(),
                cfi, c.microvascularResistanceFactor(), c.culpritOccluded()));
    }

    @BeforeAll
    static void simulate() {
        List<PatientParameters> patients = new ArrayList<>();
        for (double cfi : CFI) {
            patients.add(withCfi(cfi));
        }
        Kernel kernel = new Kernel(ModelConstants.defaults(), CFI.length, Kernel.DEFAULT_STEP_S);
        ArmPhysiology[][] r = kernel.run(patients, List.of(new Control(), new Picso(1.0, 3, 20, 3, 90)));
        control = r[0];
        picso = r[1];
        ModelConstants d = ModelConstants.defaults();
        ModelConstants on = new ModelConstants(d.valves(), d.microcirculation().withCollateralRecruitment(
                ModelConstants.FITTED_COLLATERAL_RECRUITMENT_PER_MMHG), d.veins(), d.circulation());
        ArmPhysiology[][] ro = new Kernel(on, CFI.length, Kernel.DEFAULT_STEP_S).run(patients, List.of(new Control(),
                new Picso(1.0, 3, 20, 3, 90), new org.sinus.engine.devices.SinusOcclusion(40)));
        controlOn = ro[0];
        picsoOn = ro[1];
        permanentOn = ro[2];
        for (ArmPhysiology[] arm : ro) {
            for (ArmPhysiology a : arm) {
                assertTrue(a.ok(), () -> "reference patient failed with recruitment on: " + a.failure());
            }
        }
        for (int i = 0; i < CFI.length; i++) {
            for (ArmPhysiology a : List.of(control[i], picso[i])) {
                assertTrue(a.ok(), () -> "reference patient failed: " + a.failure());
            }
        }
        System.out.println("| CFI | endo perfusion ctl / PICSO (ml/min/g) | change | arterial inflow ctl / PICSO"
                + " (ml/min/g) | change | retrograde ctl / PICSO | O2 balance ctl / PICSO | change | wedge ctl / PICSO"
                + " (mmHg) |");
        for (int i = 0; i < CFI.length; i++) {
            System.out.printf(Locale.ROOT, "| %.2f | %.3f / %.3f | %+.4f | %.3f / %.3f | %+.4f | %.3f / %.3f |"
                    + " %.3f / %.3f | %+.4f | %.1f / %.1f |%n", CFI[i],
                    control[i].get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                    picso[i].get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                    delta(i, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                    control[i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    picso[i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    delta(i, Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    control[i].get(Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G),
                    picso[i].get(Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G),
                    control[i].get(Metric.RISK_ENDO_O2_BALANCE), picso[i].get(Metric.RISK_ENDO_O2_BALANCE),
                    delta(i, Metric.RISK_ENDO_O2_BALANCE),
                    control[i].get(Metric.EPICARDIAL_MEAN_MMHG), picso[i].get(Metric.EPICARDIAL_MEAN_MMHG));
        }
    }

    /** PICSO minus control of {@code m} at CFI index {@code i}. */
    private static double delta(int i, Metric m) {
        return picso[i].get(m) - control[i].get(m);
    }

    private static void assertFallsWithCfi(Metric m) {
        for (int i = 1; i < CFI.length; i++) {
            assertTrue(delta(i, m) < delta(i - 1, m), m.column() + ": PICSO's change at CFI " + CFI[i]
                    + " should be below that at CFI " + CFI[i - 1] + " (" + delta(i, m) + " vs " + delta(i - 1, m)
                    + ")");
        }
    }

    /**
     * The published hump's source: Stoller, Traupe, Khattab, de Marchi, Steck, Seiler, "Effects of coronary sinus
     * occlusion on myocardial ischaemia in humans: role of coronary collateral function", Heart 2013;99:548 (35 patients
     * with chronic stable coronary disease, two 2-min coronary balloon occlusions, with and without intermittent CS
     * occlusion). Intracoronary ECG ST elevation at 2 min fell from 1.85 +/- 1.45 to 1.33 +/- 1.25 mV (-28%) with
     * iCSO; the reduction was related to CFI by a Lorentzian function (r^2 0.61), greatest at CFI 0.05 to 0.20 and absent
     * at low and high CFI. The model's nearest quantity is the at-risk layers' oxygen deficit, {@code max(0, 1 -
     * balance)}, under the PICSO console (the abstract gives no iCSO cycle); printed side by side. The model's change
     * has the opposite sign wherever the layer is ischaemic, so nothing here is asserted beyond the tests below.
     */
    @Test
    void printsTheComparisonWithStoller2013() {
        System.out.println("| CFI | endo O2 deficit ctl / PICSO | change | epi O2 deficit ctl / PICSO | change |"
                + " with recruitment: endo ctl / PICSO / permanent | change PICSO | published (Stoller 2013, ST"
                + " elevation) |");
        for (int i = 0; i < CFI.length; i++) {
            double endo0 = deficit(control[i], Metric.RISK_ENDO_O2_BALANCE);
            double endo1 = deficit(picso[i], Metric.RISK_ENDO_O2_BALANCE);
            double epi0 = deficit(control[i], Metric.RISK_EPI_O2_BALANCE);
            double epi1 = deficit(picso[i], Metric.RISK_EPI_O2_BALANCE);
            double on0 = deficit(controlOn[i], Metric.RISK_ENDO_O2_BALANCE);
            double on1 = deficit(picsoOn[i], Metric.RISK_ENDO_O2_BALANCE);
            double on2 = deficit(permanentOn[i], Metric.RISK_ENDO_O2_BALANCE);
            String published = CFI[i] < 0.05 ? "no effect" : CFI[i] <= 0.2 ? "greatest reduction" : "no effect";
            System.out.printf(Locale.ROOT, "| %.2f | %.3f / %.3f | %s | %.3f / %.3f | %s | %.3f / %.3f / %.3f | %s |"
                    + " %s |%n", CFI[i], endo0, endo1, relative(endo0, endo1), epi0, epi1, relative(epi0, epi1), on0,
                    on1, on2, relative(on0, on1), published);
        }
        System.out.println("Stoller 2013: ST elevation 1.85 -> 1.33 mV with iCSO (-28%), greatest at CFI 0.05-0.20");
        assertTrue(deficit(control[0], Metric.RISK_ENDO_O2_BALANCE) > 0, "the sweep starts ischaemic");
    }

    /**
     * With the collateral recruitment on (fitted to Ido 2001), Stoller's hump emerges in the subendocardial oxygen
     * deficit: no effect at CFI 0 (nothing to recruit), a reduction at CFI 0.1 to 0.2, none once collaterals prevent
     * ischaemia (0.3 and above), the largest reduction inside (0, 0.25]. And permanent occlusion then helps the
     * at-risk subendocardium more than PICSO, acutely (as Ido measured), against physiology.md's "permanent occlusion
     * does not help": docs/model.md section 4.1.
     */
    @Test
    void withRecruitmentTheHumpEmergesAndPermanentOcclusionHelpsMore() {
        double best = 0;
        double bestCfi = -1;
        for (int i = 0; i < CFI.length; i++) {
            double gain = deficit(controlOn[i], Metric.RISK_ENDO_O2_BALANCE)
                    - deficit(picsoOn[i], Metric.RISK_ENDO_O2_BALANCE);
            if (CFI[i] == 0) {
                assertTrue(Math.abs(gain) < 0.02, "no effect without collaterals: " + gain);
            } else if (CFI[i] >= 0.1 && CFI[i] <= 0.2) {
                assertTrue(gain > 0, "PICSO lowers the deficit at CFI " + CFI[i] + ": " + gain);
            } else if (CFI[i] >= 0.3) {
                assertTrue(deficit(controlOn[i], Metric.RISK_ENDO_O2_BALANCE) == 0
                        && deficit(picsoOn[i], Metric.RISK_ENDO_O2_BALANCE) == 0, "no ischaemia at CFI " + CFI[i]);
            }
            if (gain > best) {
                best = gain;
                bestCfi = CFI[i];
            }
            if (controlOn[i].get(Metric.RISK_ENDO_O2_BALANCE) < 1 && CFI[i] > 0) {
                assertTrue(permanentOn[i].get(Metric.RISK_ENDO_O2_BALANCE)
                        > picsoOn[i].get(Metric.RISK_ENDO_O2_BALANCE), "as found: permanent above PICSO at CFI "
                        + CFI[i]);
            }
        }
        assertTrue(bestCfi > 0 && bestCfi <= 0.25, "the largest reduction lies at low-to-middle CFI: " + bestCfi);
    }

    private static double deficit(ArmPhysiology a, Metric balance) {
        return Math.max(0, 1 - a.get(balance));
    }

    private static String relative(double before, double after) {
        return before > 1e-9 ? String.format(Locale.ROOT, "%+.0f%%", 100 * (after / before - 1)) : "none";
    }

    /** Ischaemic below a CFI of 0.2 to 0.3, not above (Seiler: about 0.25 prevents ischaemia during occlusion). */
    @Test
    void ischaemiaThresholdLiesBetweenCfi02And03() {
        for (int i = 0; i < CFI.length; i++) {
            double balance = control[i].get(Metric.RISK_ENDO_O2_BALANCE);
            assertTrue(CFI[i] <= 0.2 ? balance < 1 : balance > 1, "control O2 balance at CFI " + CFI[i] + ": "
                    + balance);
        }
    }

    /**
     * NOT the published behaviour: wherever the layer is ischaemic, PICSO lowers its perfusion and oxygen balance;
     * where it is not, PICSO changes them by under 3%.
     */
    @Test
    void picsoLowersIschaemicPerfusionAndBarelyTouchesTheRest() {
        for (int i = 0; i < CFI.length; i++) {
            double perfusion = control[i].get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G);
            double balance = control[i].get(Metric.RISK_ENDO_O2_BALANCE);
            if (balance < 1) {
                assertTrue(delta(i, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G) < 0, "perfusion loss at CFI " + CFI[i]);
                assertTrue(delta(i, Metric.RISK_ENDO_O2_BALANCE) < 0, "balance loss at CFI " + CFI[i]);
            } else {
                assertTrue(Math.abs(delta(i, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G)) < 0.03 * perfusion,
                        "little change at CFI " + CFI[i]);
            }
        }
    }

    /** The loss grows with CFI up to 0.2 (back-pressure on a larger collateral inflow), then shrinks. */
    @Test
    void lossGrowsWithCollateralsUpToTheThreshold() {
        for (int i = 1; i < CFI.length && CFI[i] <= 0.2; i++) {
            assertTrue(delta(i, Metric.RISK_ENDO_O2_BALANCE) < delta(i - 1, Metric.RISK_ENDO_O2_BALANCE),
                    "a larger loss at CFI " + CFI[i]);
        }
        int at02 = java.util.Arrays.binarySearch(CFI, 0.2);
        assertTrue(delta(at02 + 1, Metric.RISK_ENDO_O2_BALANCE) > delta(at02, Metric.RISK_ENDO_O2_BALANCE),
                "smaller beyond the threshold");
    }
}
