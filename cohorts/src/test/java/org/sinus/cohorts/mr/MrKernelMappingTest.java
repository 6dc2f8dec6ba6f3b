package org.sinus.cohorts.mr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;

/** The mapping of {@code docs/cohort-functional-mr.md}, "Mapping", on hand-worked patients. */
class MrKernelMappingTest {

    /** EF 30%, EDV 300 ml (SV 90, ESV 210), RVol 40 ml, SBP/DBP 110/70, HR 75, wedge 20, RAP 8, EROA 0.35. */
    private static double[] patient(double edv, double esv) {
        final double[] c = new double[MrCovariates.COUNT];
        c[MrCovariates.EJECTION_FRACTION] = 100 * (edv - esv) / edv;
        c[MrCovariates.END_DIASTOLIC_VOLUME] = edv;
        c[MrCovariates.END_SYSTOLIC_VOLUME] = esv;
        c[MrCovariates.REGURGITANT_VOLUME] = 40;
        c[MrCovariates.SYSTOLIC] = 110;
        c[MrCovariates.DIASTOLIC] = 70;
        c[MrCovariates.HEART_RATE] = 75;
        c[MrCovariates.WEDGE_PRESSURE] = 20;
        c[MrCovariates.RIGHT_ATRIAL_PRESSURE] = 8;
        c[MrCovariates.EROA] = 0.35;
        c[MrCovariates.LV_MASS] = 250;
        c[MrCovariates.COLLATERAL_FLOW_INDEX] = 0.2;
        return c;
    }

    @Test
    void handWorkedPatient() {
        final MrKernelMapping.Result r = MrKernelMapping.map(1, patient(300, 210));
        final PatientParameters p = r.parameters();
        final HeartParameters h = p.heart();
        assertEquals(0, r.clampCount());
        assertEquals(75, h.heartRateBpm(), 0);
        assertEquals(99.0 / 195, h.emaxMmHgPerMl(), 1e-12, "Pes 0.9 x 110 = 99 over ESV - V0 = 195");
        assertEquals(20.0 / 285, h.eminMmHgPerMl(), 1e-12, "wedge 20 over EDV - V0 = 285");
        assertEquals(15, h.v0Ml(), 0);
        assertEquals(20, h.laPressureMmHg(), 0);
        assertEquals(8, h.raPressureMmHg(), 0);
        assertEquals(0.35, h.mitralEroaCm2(), 0);
        // Forward SV 90 - 40 = 50 ml; MAP 70 + 0.412 x 40 = 86.48; forward output 50 x 75 / 60 = 62.5 ml/s.
        assertEquals((86.48 - 8) / 62.5, p.vascular().systemicResistanceMmHgSPerMl(), 1e-12);
        assertEquals(0.65 * 50 / 40, p.vascular().arterialComplianceMlPerMmHg(), 1e-12);
        assertEquals(250, p.coronary().lvMassG(), 0);
        assertEquals(5.0 / 17, p.coronary().atRiskFraction(), 0);
        assertEquals(0.2, p.coronary().collateralFlowIndex(), 0);
        assertEquals(1, p.coronary().microvascularResistanceFactor(), 0);
        assertFalse(p.coronary().culpritOccluded());
    }

    @Test
    void aValueJustOutOfRangeIsClampedAndCounted() {
        // ESV 400: Emax = 99 / 385 = 0.257, below the kernel's 0.3 but within a factor 2.
        final MrKernelMapping.Result r = MrKernelMapping.map(2, patient(500, 400));
        assertEquals(1, r.clampCount());
        assertEquals(0.3, r.parameters().heart().emaxMmHgPerMl(), 0);
    }

    @Test
    void anUnmappablePatientSaysWhy() {
        // ESV 20 ml: Emax = 99 / 5 = 19.8 mmHg/ml, more than twice the maximum 6.
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MrKernelMapping.map(7, patient(100, 20)));
        assertTrue(e.getMessage().startsWith("functional-mr patient 7 cannot be mapped: derived emaxMmHgPerMl = 19.8"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("the allowed range [0.3, 6.0]"), e.getMessage());
    }
}
