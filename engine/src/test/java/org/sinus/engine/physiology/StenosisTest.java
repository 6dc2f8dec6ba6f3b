package org.sinus.engine.physiology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sinus.engine.devices.Control;

/**
 * A stenosis of the open culprit artery, its pressure loss from its geometry (Young and Tsai 1973; docs/model.md
 * section 1.2), on the stable-angina reference patient with the LAD open and a stenosis of 0 to 93% diameter. Gould
 * et al. (Am J Cardiol 1974) found resting coronary flow unchanged up to about 85% diameter stenosis, held by the
 * distal bed's dilation; the model's autoregulation must reproduce that, with the distal pressure falling as the
 * stenosis tightens, and resting flow failing beyond it once the bed is maximally dilated. The model holds resting
 * flow up to 70% and loses it from about 85% on (a fifth there, half at 93%).
 */
class StenosisTest {
    static final double[] STENOSIS = {0, 50, 70, 85, 93};
    private static ArmPhysiology[] results;

    @BeforeAll
    static void simulate() {
        List<PatientParameters> patients = new ArrayList<>();
        PatientParameters p = ReferencePatients.stableAngina(false);
        CoronaryParameters c = p.coronary();
        for (double s : STENOSIS) {
            patients.add(new PatientParameters(p.heart(), p.vascular(), new CoronaryParameters(c.lvMassG(),
                    c.atRiskFraction(), c.collateralFlowIndex(), c.microvascularResistanceFactor(), false, s)));
        }
        results = new Kernel(ModelConstants.defaults(), patients.size(), Kernel.DEFAULT_STEP_S).run(patients,
                new Control());
        for (int i = 0; i < STENOSIS.length; i++) {
            ArmPhysiology a = results[i];
            assertTrue(a.ok(), () -> a.failure());
            System.out.printf(Locale.ROOT, "stenosis %2.0f%%: Pd/Pa %.3f (distal %.1f mmHg), at-risk inflow endo %.3f"
                    + " epi %.3f ml/min/g, endo O2 balance %.2f%n", STENOSIS[i], distalOverAortic(i),
                    a.get(Metric.EPICARDIAL_MEAN_MMHG), a.get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    a.get(Metric.RISK_EPI_FLOW_ML_PER_MIN_PER_G), a.get(Metric.RISK_ENDO_O2_BALANCE));
        }
    }

    private static double distalOverAortic(int i) {
        return results[i].get(Metric.EPICARDIAL_MEAN_MMHG) / results[i].get(Metric.MEAN_AORTIC_MMHG);
    }

    private static double inflow(int i) {
        return results[i].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G) + results[i].get(Metric.RISK_EPI_FLOW_ML_PER_MIN_PER_G);
    }

    @Test
    void distalPressureFallsAsTheStenosisTightens() {
        for (int i = 1; i < STENOSIS.length; i++) {
            assertTrue(distalOverAortic(i) < distalOverAortic(i - 1), "Pd/Pa falls at " + STENOSIS[i] + "%");
        }
        assertTrue(distalOverAortic(1) > 0.95, "a 50% stenosis barely loses pressure at rest");
    }

    /**
     * Held within 5% up to 70%; at 85% the model's resting flow already falls by about a fifth (distal pressure 27
     * mmHg), where Gould's dogs still held it: the threshold depends on the assumed 10 mm length and 3 mm reference
     * diameter (docs/model.md section 1.2). At 93% it fails.
     */
    @Test
    void restingFlowHoldsUpTo70PercentAndFailsAtCriticalStenoses() {
        for (int i = 1; i <= 2; i++) {
            assertEquals(inflow(0), inflow(i), 0.05 * inflow(0), "resting flow held at " + STENOSIS[i] + "%");
        }
        assertTrue(inflow(4) < 0.9 * inflow(0), "resting flow falls at 93%: " + inflow(4) + " vs " + inflow(0));
    }
}
