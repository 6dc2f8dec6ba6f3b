package org.sinus.cohorts.angina;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.cohorts.stemi.StemiKernelMapping;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.VascularParameters;

/** The covariate-to-kernel mapping, by hand and over the shared sample. */
class AnginaKernelMappingTest {

    /**
     * A man of 70 with a chronic total occlusion: HR 60, BP 130/70, EF 50% of EDV 130 ml, LV 150 g, territory 30% LV,
     * CFI 0.35, RAP 5, PCWP 11 mmHg. By hand: SV 65, ESV 65 ml; Pes 117 mmHg; Ea = 117 / 65 = 1.8; Ees = 117 / 50 =
     * 2.34; Emin = 10 / 115 = 0.0869565; MAP = 70 + 0.412 x 60 = 94.72; CO 65 ml/s; R = 89.72 / 65 = 1.3803077;
     * C = 0.65 x 65 / 60 = 0.7041667.
     */
    @Test
    void handWorkedPatient() {
        final double[] c = patient(50, 130);
        final AnginaKernelMapping.Result r = AnginaKernelMapping.map(1, c);
        final HeartParameters h = r.parameters().heart();
        final VascularParameters v = r.parameters().vascular();
        final CoronaryParameters k = r.parameters().coronary();
        assertEquals(0, r.clampCount());
        assertEquals(1.8, r.arterialElastanceMmHgPerMl(), 1e-12);
        assertEquals(60, h.heartRateBpm(), 0);
        assertEquals(2.34, h.emaxMmHgPerMl(), 1e-12);
        assertEquals(10.0 / 115, h.eminMmHgPerMl(), 1e-12);
        assertEquals(15, h.v0Ml(), 0);
        assertEquals(11, h.laPressureMmHg(), 0);
        assertEquals(5, h.raPressureMmHg(), 0);
        assertEquals(89.72 / 65, v.systemicResistanceMmHgSPerMl(), 1e-12);
        assertEquals(0.65 * 65 / 60, v.arterialComplianceMlPerMmHg(), 1e-12);
        assertEquals(150, k.lvMassG(), 0);
        assertEquals(0.30, k.atRiskFraction(), 1e-15);
        assertEquals(0.35, k.collateralFlowIndex(), 0);
        assertEquals(1, k.microvascularResistanceFactor(), 0);
        assertTrue(k.culpritOccluded());
        assertEquals(50, StemiKernelMapping.ejectionFractionPercent(h, r.arterialElastanceMmHgPerMl()), 1e-9);
    }

    @Test
    void anOpenStenosedCulpritIsAnUnobstructedArteryInTheKernel() {
        final double[] c = patient(50, 130);
        c[AnginaCovariates.CHRONIC_TOTAL_OCCLUSION] = 0;
        c[AnginaCovariates.CULPRIT_STENOSIS] = 85;
        c[AnginaCovariates.COLLATERAL_FLOW_INDEX] = 0.2;
        final CoronaryParameters k = AnginaKernelMapping.map(2, c).parameters().coronary();
        assertFalse(k.culpritOccluded(), "CoronaryParameters has no stenosis: see the docs' open points");
        assertEquals(0.2, k.collateralFlowIndex(), 0);
        final AnginaPresentation p = AnginaCohortSampler.presentation(c);
        assertEquals(85, p.culpritStenosisPercent(), 0);
        assertFalse(p.chronicTotalOcclusion());
    }

    /** EF 70% of 100 ml: ESV 30, Ees = 117 / 15 = 7.8 is within a factor 2 of the maximum 6: clamped and counted. */
    @Test
    void aModeratelyHighElastanceIsClampedAndCounted() {
        final AnginaKernelMapping.Result r = AnginaKernelMapping.map(3, patient(70, 100));
        assertEquals(1, r.clampCount());
        assertEquals(6, r.parameters().heart().emaxMmHgPerMl(), 0);
    }

    /** EF 78% of 70 ml: ESV 15.4 ml, 0.4 ml above V0, so Ees = 117 / 0.4 = 292.5 mmHg/ml: unmappable. */
    @Test
    void anUnmappablePatientNamesTheParameter() {
        final IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> AnginaKernelMapping.map(42, patient(78, 70)));
        assertTrue(e.getMessage().startsWith("refractory-angina patient 42 cannot be mapped: derived emaxMmHgPerMl = "
                + "292.5"), e.getMessage());
        assertTrue(e.getMessage().endsWith("is more than a factor 2.0 outside the allowed range [0.3, 6.0]"),
                e.getMessage());
    }

    /** With nothing clamped, Sunagawa's coupling returns the sampled EF exactly (as for the STEMI mapping). */
    @Test
    void ejectionFractionRoundTripsForUnclampedPatients() {
        double worst = 0;
        int checked = 0;
        for (AnginaCohortSampler.Sample s : AnginaSample.get().accepted) {
            final VirtualPatient p = s.patient();
            if (p.clampedParameterCount() > 0) {
                continue;
            }
            final double ea = AnginaKernelMapping.map(p.id(), p.covariates()).arterialElastanceMmHgPerMl();
            final double ef = StemiKernelMapping.ejectionFractionPercent(p.parameters().heart(), ea);
            worst = Math.max(worst, Math.abs(ef - p.covariate(AnginaCovariates.EJECTION_FRACTION)));
            checked++;
        }
        assertTrue(checked > 18_000, "unclamped patients " + checked);
        assertTrue(worst < 1e-9, "worst EF round-trip error " + worst);
    }

    private static double[] patient(double ejectionFraction, double edv) {
        final double[] c = new double[AnginaCovariates.COUNT];
        c[AnginaCovariates.AGE] = 70;
        c[AnginaCovariates.HEART_RATE] = 60;
        c[AnginaCovariates.SYSTOLIC] = 130;
        c[AnginaCovariates.DIASTOLIC] = 70;
        c[AnginaCovariates.EJECTION_FRACTION] = ejectionFraction;
        c[AnginaCovariates.END_DIASTOLIC_VOLUME] = edv;
        c[AnginaCovariates.LV_MASS] = 150;
        c[AnginaCovariates.CCS_CLASS] = 3;
        c[AnginaCovariates.SAQ_ANGINA_FREQUENCY] = 40;
        c[AnginaCovariates.ISCHAEMIC_TERRITORY] = 30;
        c[AnginaCovariates.CHRONIC_TOTAL_OCCLUSION] = 1;
        c[AnginaCovariates.CULPRIT_STENOSIS] = 100;
        c[AnginaCovariates.COLLATERAL_FLOW_INDEX] = 0.35;
        c[AnginaCovariates.RIGHT_ATRIAL_PRESSURE] = 5;
        c[AnginaCovariates.WEDGE_PRESSURE] = 11;
        return c;
    }
}
