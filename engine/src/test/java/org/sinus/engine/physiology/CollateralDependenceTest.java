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
 * at-risk territory lives on collaterals) is swept over CFI, under control, PICSO and permanent sinus occlusion, and
 * the change of the at-risk subendocardium's perfusion, net arterial inflow and oxygen balance is printed.
 *
 * <p><b>The kernel in force (collateral recruitment on, fitted to Ido 2001) shows the published hump.</b> The at-risk
 * subendocardium is ischaemic (oxygen balance below 1) up to a CFI between 0.2 and 0.3 and not above it, as Seiler's
 * threshold of about 0.25 says. PICSO has no effect at CFI 0 (nothing to recruit), lowers the oxygen deficit at CFI
 * 0.1 to 0.2, and has none once collaterals prevent ischaemia: the window of the published source of the sentence
 * (Stoller et al., Heart 2013; {@link #printsTheComparisonWithStoller2013}), with its sign. Only Ido's flow ratio is
 * fitted; the shape is not. Acute permanent occlusion helps more than PICSO, as Ido measured: physiology.md's
 * "permanent occlusion does not help" is the hours after (docs/model.md section 4.1, the decision of session 10).
 *
 * <p><b>Without the recruitment</b> ({@code -Dsinus.recruitment=off}, the passive network: Sato's non-beating heart)
 * PICSO lowers the ischaemic layer's perfusion and balance over the whole ischaemic range, the more the higher the
 * CFI up to 0.2: the same window, the opposite sign. Those tests assert that shape as found, so that a change of the
 * passive network is noticed.
 */
class CollateralDependenceTest {
    static final double[] CFI = {0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5};

    /** The kernel in force (recruitment on). */
    private static ArmPhysiology[] control;
    private static ArmPhysiology[] picso;
    private static ArmPhysiology[] permanent;
    /** The same sweep with the recruitment off (the passive network; docs/model.md section 4.1). */
    private static ArmPhysiology[] controlOff;
    private static ArmPhysiology[] picsoOff;

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
        ArmPhysiology[][] r = new Kernel(ModelConstants.defaults(ModelConstants.FITTED_COLLATERAL_RECRUITMENT_PER_MMHG),
                CFI.length, Kernel.DEFAULT_STEP_S).run(patients, List.of(new Control(), new Picso(1.0, 3, 20, 3, 90),
                new org.sinus.engine.devices.SinusOcclusion(40)));
        control = r[0];
        picso = r[1];
        permanent = r[2];
        ArmPhysiology[][] off = new Kernel(ModelConstants.defaults(0), CFI.length, Kernel.DEFAULT_STEP_S)
                .run(patients, List.of(new Control(), new Picso(1.0, 3, 20, 3, 90)));
        controlOff = off[0];
        picsoOff = off[1];
        for (ArmPhysiology[][] set : List.of(r, off)) {
            for (ArmPhysiology[] arm : set) {
                for (ArmPhysiology a : arm) {
                    assertTrue(a.ok(), () -> "reference patient failed: " + a.failure());
                }
            }
        }
        System.out.println("| CFI | endo perfusion ctl / PICSO (ml/min/g) | change | arterial inflow ctl / PICSO"
                + " (ml/min/g) | change | retrograde ctl / PICSO | O2 balance ctl / PICSO | change | wedge ctl / PICSO"
                + " (mmHg) | O2 balance change, recruitment off |");
        for (int i = 0; i < CFI.length; i++) {
            System.out.printf(Locale.ROOT, "| %.2f | %.3f / %.3f | %+.4f | %.3f / %.3f | %+.4f | %.3f / %.3f |"
                    + " %.3f / %.3f | %+.4f | %.1f / %.1f | %+.4f |%n", CFI[i],
                    control[i].get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                    picso[i].get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                    delta(picso, control, i, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G),
                    control[i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    picso[i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    delta(picso, control, i, Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    control[i].get(Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G),
                    picso[i].get(Metric.RISK_ENDO_RETROGRADE_ML_PER_MIN_PER_G),
                    control[i].get(Metric.RISK_ENDO_O2_BALANCE), picso[i].get(Metric.RISK_ENDO_O2_BALANCE),
                    delta(picso, control, i, Metric.RISK_ENDO_O2_BALANCE),
                    control[i].get(Metric.EPICARDIAL_MEAN_MMHG), picso[i].get(Metric.EPICARDIAL_MEAN_MMHG),
                    delta(picsoOff, controlOff, i, Metric.RISK_ENDO_O2_BALANCE));
        }
    }

    /** {@code arm} minus {@code reference} of {@code m} at CFI index {@code i}. */
    private static double delta(ArmPhysiology[] arm, ArmPhysiology[] reference, int i, Metric m) {
        return arm[i].get(m) - reference[i].get(m);
    }

    /**
     * The published hump's source: Stoller, Traupe, Khattab, de Marchi, Steck, Seiler, "Effects of coronary sinus
     * occlusion on myocardial ischaemia in humans: role of coronary collateral function", Heart 2013;99:548 (35
     * patients with chronic stable coronary disease, two 2-min coronary balloon occlusions, with and without
     * intermittent CS occlusion). Intracoronary ECG ST elevation at 2 min fell from 1.85 +/- 1.45 to 1.33 +/- 1.25 mV
     * (-28%) with iCSO; the reduction was related to CFI by a Lorentzian function (r^2 0.61), greatest at CFI 0.05 to
     * 0.20 and absent at low and high CFI. The model's nearest quantity is the at-risk layers' oxygen deficit,
     * {@code max(0, 1 - balance)}, under the PICSO console (the abstract gives no iCSO cycle); printed side by side,
     * with the passive network's (recruitment off) beside it. Nothing is fitted to this table: the shape is asserted
     * in {@link #theHumpEmerges}.
     */
    @Test
    void printsTheComparisonWithStoller2013() {
        System.out.println("| CFI | endo O2 deficit ctl / PICSO / permanent | change PICSO |"
                + " epi O2 deficit ctl / PICSO | change | recruitment off: endo ctl / PICSO | change |"
                + " published (Stoller 2013, ST elevation) |");
        for (int i = 0; i < CFI.length; i++) {
            double endo0 = deficit(control[i], Metric.RISK_ENDO_O2_BALANCE);
            double endo1 = deficit(picso[i], Metric.RISK_ENDO_O2_BALANCE);
            double endo2 = deficit(permanent[i], Metric.RISK_ENDO_O2_BALANCE);
            double epi0 = deficit(control[i], Metric.RISK_EPI_O2_BALANCE);
            double epi1 = deficit(picso[i], Metric.RISK_EPI_O2_BALANCE);
            double off0 = deficit(controlOff[i], Metric.RISK_ENDO_O2_BALANCE);
            double off1 = deficit(picsoOff[i], Metric.RISK_ENDO_O2_BALANCE);
            String published = CFI[i] < 0.05 ? "no effect" : CFI[i] <= 0.2 ? "greatest reduction" : "no effect";
            System.out.printf(Locale.ROOT, "| %.2f | %.3f / %.3f / %.3f | %s | %.3f / %.3f | %s | %.3f / %.3f | %s |"
                    + " %s |%n", CFI[i], endo0, endo1, endo2, relative(endo0, endo1), epi0, epi1,
                    relative(epi0, epi1), off0, off1, relative(off0, off1), published);
        }
        System.out.println("Stoller 2013: ST elevation 1.85 -> 1.33 mV with iCSO (-28%), greatest at CFI 0.05-0.20");
        assertTrue(deficit(control[0], Metric.RISK_ENDO_O2_BALANCE) > 0, "the sweep starts ischaemic");
    }

    /**
     * Stoller's hump, in the kernel in force: no effect at CFI 0 (nothing to recruit), a reduction of the
     * subendocardial oxygen deficit at CFI 0.1 to 0.2, little at 0.05 (less than at 0.15), none once collaterals
     * prevent ischaemia (0.3 and above); and PICSO raises the at-risk subendocardium's arterial inflow there
     * (physiology.md: "intermittent occlusion shifts flow towards the at-risk subendocardium").
     */
    @Test
    void theHumpEmerges() {
        for (int i = 0; i < CFI.length; i++) {
            double gain = deficit(control[i], Metric.RISK_ENDO_O2_BALANCE)
                    - deficit(picso[i], Metric.RISK_ENDO_O2_BALANCE);
            if (CFI[i] == 0) {
                assertTrue(Math.abs(gain) < 0.02, "no effect without collaterals: " + gain);
            } else if (CFI[i] >= 0.1 && CFI[i] <= 0.2) {
                assertTrue(gain > 0, "PICSO lowers the deficit at CFI " + CFI[i] + ": " + gain);
                assertTrue(delta(picso, control, i, Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G) > 0,
                        "PICSO raises the at-risk subendocardium's arterial inflow at CFI " + CFI[i]);
            } else if (CFI[i] >= 0.3) {
                assertTrue(deficit(control[i], Metric.RISK_ENDO_O2_BALANCE) == 0
                        && deficit(picso[i], Metric.RISK_ENDO_O2_BALANCE) == 0, "no ischaemia at CFI " + CFI[i]);
            }
        }
        int at005 = java.util.Arrays.binarySearch(CFI, 0.05);
        int at015 = java.util.Arrays.binarySearch(CFI, 0.15);
        double gain005 = deficit(control[at005], Metric.RISK_ENDO_O2_BALANCE)
                - deficit(picso[at005], Metric.RISK_ENDO_O2_BALANCE);
        double gain015 = deficit(control[at015], Metric.RISK_ENDO_O2_BALANCE)
                - deficit(picso[at015], Metric.RISK_ENDO_O2_BALANCE);
        assertTrue(gain005 < gain015, "little at very low CFI: " + gain005 + " at 0.05 against " + gain015
                + " at 0.15");
    }

    /**
     * Acute permanent occlusion helps the collateral-fed subendocardium more than PICSO (Ido 2001 measured it:
     * sustained sinus occlusion doubled its flow), against physiology.md's "permanent occlusion does not help", which
     * describes the hours and weeks after (oedema and haemorrhage, seed 000 on Beck II; docs/model.md section 4.1).
     * Asserted as found, so that a change is noticed.
     */
    @Test
    void acutePermanentOcclusionHelpsMoreThanPicsoAsIdoMeasured() {
        for (int i = 0; i < CFI.length; i++) {
            if (control[i].get(Metric.RISK_ENDO_O2_BALANCE) < 1 && CFI[i] > 0) {
                assertTrue(permanent[i].get(Metric.RISK_ENDO_O2_BALANCE) > picso[i].get(Metric.RISK_ENDO_O2_BALANCE),
                        "as found: permanent above PICSO at CFI " + CFI[i]);
            }
        }
    }

    private static double deficit(ArmPhysiology a, Metric balance) {
        return Math.max(0, 1 - a.get(balance));
    }

    private static String relative(double before, double after) {
        return before > 1e-9 ? String.format(Locale.ROOT, "%+.0f%%", 100 * (after / before - 1)) : "none";
    }

    /**
     * Ischaemic below a CFI of 0.2 to 0.3, not above (Seiler: about 0.25 prevents ischaemia during occlusion). The
     * control arm's sinus pressure stays below the recruitment knee, so this holds with and without recruitment.
     */
    @Test
    void ischaemiaThresholdLiesBetweenCfi02And03() {
        for (int i = 0; i < CFI.length; i++) {
            double balance = control[i].get(Metric.RISK_ENDO_O2_BALANCE);
            assertTrue(CFI[i] <= 0.2 ? balance < 1 : balance > 1, "control O2 balance at CFI " + CFI[i] + ": "
                    + balance);
            assertTrue(balance == controlOff[i].get(Metric.RISK_ENDO_O2_BALANCE),
                    "control does not reach the knee: recruitment changes nothing at CFI " + CFI[i]);
        }
    }

    /**
     * Recruitment off (the passive network), as found: wherever the layer is ischaemic, PICSO lowers its perfusion and
     * oxygen balance; where it is not, PICSO changes them by under 3%.
     */
    @Test
    void withoutRecruitmentPicsoLowersIschaemicPerfusionAndBarelyTouchesTheRest() {
        for (int i = 0; i < CFI.length; i++) {
            double perfusion = controlOff[i].get(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G);
            double balance = controlOff[i].get(Metric.RISK_ENDO_O2_BALANCE);
            if (balance < 1) {
                assertTrue(delta(picsoOff, controlOff, i, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G) < 0,
                        "perfusion loss at CFI " + CFI[i]);
                assertTrue(delta(picsoOff, controlOff, i, Metric.RISK_ENDO_O2_BALANCE) < 0,
                        "balance loss at CFI " + CFI[i]);
            } else {
                assertTrue(Math.abs(delta(picsoOff, controlOff, i, Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G))
                        < 0.03 * perfusion, "little change at CFI " + CFI[i]);
            }
        }
    }

    /**
     * Recruitment off, as found: the loss grows with CFI up to 0.2 (back-pressure on a larger collateral inflow), then
     * shrinks.
     */
    @Test
    void withoutRecruitmentTheLossGrowsWithCollateralsUpToTheThreshold() {
        for (int i = 1; i < CFI.length && CFI[i] <= 0.2; i++) {
            assertTrue(delta(picsoOff, controlOff, i, Metric.RISK_ENDO_O2_BALANCE)
                    < delta(picsoOff, controlOff, i - 1, Metric.RISK_ENDO_O2_BALANCE),
                    "a larger loss at CFI " + CFI[i]);
        }
        int at02 = java.util.Arrays.binarySearch(CFI, 0.2);
        assertTrue(delta(picsoOff, controlOff, at02 + 1, Metric.RISK_ENDO_O2_BALANCE)
                > delta(picsoOff, controlOff, at02, Metric.RISK_ENDO_O2_BALANCE), "smaller beyond the threshold");
    }
}
