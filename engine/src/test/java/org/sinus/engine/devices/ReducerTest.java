package org.sinus.engine.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Metric;

/**
 * The Reducer's resistance from its geometry (targets.md#C10) and what it does to the reference patient. Hand
 * calculation for the matured 3 mm neck in a 10 mm sinus at the reference patient's resting flow (150 g x
 * 0.72 ml/min/g = 1.8 ml/s): Borda-Carnot {@code rho/2 Q^2 (1/A_neck - 1/A_edge)^2 = 530 x (1.8e-6)^2 x
 * (141471 - 12732)^2 = 28.5 Pa = 0.213 mmHg}; Poiseuille over the 2 mm neck {@code 8 mu L Q / (pi r^4) = 6.3 Pa} and
 * the two 6 mm tapers about 5 Pa more: about 0.30 mmHg in all, a resistance of about 0.16 mmHg s/ml against the
 * native ostium's 0.616.
 */
class ReducerTest {

    @Test
    void resistanceFromGeometryMatchesTheHandCalculation() {
        Reducer matured = new Reducer(3, 10, 3650);
        double q = 1.8;
        double borda = Hydraulics.expansionCoefficient(3, 10) * q * q;
        assertEquals(28.5 / Hydraulics.PA_PER_MMHG, borda, 0.002, "Borda-Carnot drop, mmHg");
        assertEquals(6.3 / Hydraulics.PA_PER_MMHG, Hydraulics.tubeResistance(3, 2) * q, 0.002, "neck, mmHg");
        double r = matured.resistanceMmHgSPerMl(q);
        System.out.printf(Locale.ROOT, "Reducer 3/10 mm at 1.8 ml/s: %.3f mmHg s/ml (Borda-Carnot %.3f), drop %.2f "
                + "mmHg; at 4 x flow %.3f mmHg s/ml%n", r, borda / q, r * q, matured.resistanceMmHgSPerMl(4 * q));
        assertEquals(0.16, r, 0.02);
        assertTrue(matured.resistanceMmHgSPerMl(4 * q) > 3 * r, "the inertial loss grows with flow");
    }

    @Test
    void lumenNarrowsAsTheMeshEndothelialises() {
        assertEquals(10, new Reducer(3, 10, 0).lumenMm(), 1e-12, "bare stent: blood passes the mesh");
        assertEquals(3 + 7 * Math.exp(-1), new Reducer(3, 10, 30).lumenMm(), 1e-12);
        assertEquals(3, new Reducer(3, 10, 180).lumenMm(), 0.02, "COSIRA's 6 months: matured");
        double previous = Double.POSITIVE_INFINITY;
        for (int days = 0; days <= 180; days += 15) {
            double r = new Reducer(3, 10, days).resistanceMmHgSPerMl(1.8);
            assertTrue(r > previous || days == 0, "resistance rises as the lumen narrows");
            previous = r;
        }
    }

    @Test
    void raisesSinusPressureModestlyAndPersistently() {
        ArmPhysiology[][] r = DevicePatients.run(List.of(DevicePatients.stableAngina(false)),
                List.of(new Control(), new Reducer(3, 10, 0), new Reducer(3, 10, 30), new Reducer(3, 10, 180),
                        new Picso(1, 3, 20, 3, 90)));
        String[] labels = {"control", "Reducer day 0", "Reducer day 30", "Reducer day 180", "PICSO"};
        for (int k = 0; k < labels.length; k++) {
            System.out.println(DevicePatients.line(labels[k], r[k][0]) + String.format(Locale.ROOT,
                    " | at-risk endo %.3f epi %.3f ml/min/g", r[k][0].get(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G),
                    r[k][0].get(Metric.RISK_EPI_FLOW_ML_PER_MIN_PER_G)));
        }
        ArmPhysiology control = r[0][0];
        ArmPhysiology matured = r[3][0];
        double rise = matured.get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG);
        assertTrue(rise > 0.1 && rise < 3, "a modest rise of mean CS pressure: " + rise);
        assertTrue(rise < 0.2 * (r[4][0].get(Metric.CS_MEAN_MMHG) - control.get(Metric.CS_MEAN_MMHG)),
                "far below PICSO's intermittent rise");
        assertTrue(r[2][0].get(Metric.CS_MEAN_MMHG) < matured.get(Metric.CS_MEAN_MMHG), "still maturing at 30 days");
        assertEquals(control.get(Metric.CS_MEAN_MMHG), r[1][0].get(Metric.CS_MEAN_MMHG), 0.05, "bare stent: none");
        assertEquals(0, matured.get(Metric.OCCLUSION_FRACTION), 0, "never occluded");
        // Persistent: the rise holds after 20 beats of settling, in every measured beat (no release, no decay).
        assertTrue(matured.get(Metric.CS_DIASTOLIC_MMHG) > control.get(Metric.CS_DIASTOLIC_MMHG),
                "the floor of the sinus pressure is raised too");
        assertEquals(control.get(Metric.RISK_ENDO_EPI_RATIO), matured.get(Metric.RISK_ENDO_EPI_RATIO), 0.01,
                "at rest, with an open culprit, the redistribution is negligible");
    }
}
