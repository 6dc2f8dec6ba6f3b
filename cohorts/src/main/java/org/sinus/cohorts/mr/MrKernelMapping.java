package org.sinus.cohorts.mr;

import org.sinus.cohorts.KernelMappings;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.VascularParameters;

/**
 * The one place where functional-MR covariates become kernel parameters. It follows the STEMI mapping
 * ({@code docs/cohorts.md}, "Mapping") with one change: the ventricle ejects into two outlets, so the arterial side
 * sees only the forward stroke volume. Equations and constants: {@code docs/cohort-functional-mr.md}, "Mapping".
 * <pre>
 *   SV   = EF EDV,  ESV = EDV - SV,  SVf = SV - RVol                  (ml; RVol from MrCovariates)
 *   Pes  = 0.9 SBP                                                  Kelly et al., Circulation 1992;86:513
 *   Ees  = Pes / (ESV - V0),  V0 = 15 ml                            Suga and Sagawa, Circ Res 1974; V0 assumption
 *   Emin = PCWP / (EDV - V0)                                        linear EDPVR through V0; LVEDP = PCWP (below)
 *   MAP  = DBP + 0.412 (SBP - DBP)                                  Meaney et al., Heart 2000;84:64
 *   COf  = SVf HR / 60                                              (ml/s, forward output)
 *   R    = (MAP - RAP) / COf                                        (mmHg s/ml)
 *   C    = 0.65 SVf / (SBP - DBP)                                   Chemla et al., Am J Physiol 1998; factor assumption
 *   EROA -> mitralEroaCm2; LV mass; at-risk (circumflex) fraction 0.29; CFI; no MVO; artery open
 * </pre>
 *
 * <p>The at-risk territory is the circumflex's: the artery a CS annuloplasty device may compress where it crosses
 * under the great cardiac vein (model.md 8.8, targets.md#C20). It is 5 of the 17 segments of the AHA model
 * (segments 5, 6, 11, 12, 16; Cerqueira et al., Circulation 2002, recalled, not checked), 0.29 of the LV; there is no
 * acute culprit (artery open, microcirculation intact), whatever the aetiology.
 *
 * <p>A derived value outside its record's range is clamped into it and counted, as long as it is within a factor of
 * {@link KernelMappings#MAX_CLAMP_FACTOR} of the range; further out, or not finite and positive, the patient cannot be
 * mapped and {@link #map} throws an {@link IllegalArgumentException} naming the patient, the parameter, the value and the range.
 */
public final class MrKernelMapping {
    /**
     * LV end-diastolic pressure below the mean LA (wedge) pressure, mmHg: 0, not the STEMI mapping's 1. The kernel's
     * passive LA (no atrial kick) equilibrates with the LV by end-diastole and its v-wave is small, so its LVEDP is
     * within 0.1 mmHg of the wedge pressure at the median; with 1 it was 0.9 mmHg high, and the EDV 5% large
     * (MrKernelFidelityTest).
     */
    public static final double FILLING_OFFSET_MMHG = 0;
    /** Circumflex territory: 5 of 17 AHA segments (Cerqueira et al., Circulation 2002). */
    public static final double CIRCUMFLEX_FRACTION = 5.0 / 17;

    private MrKernelMapping() {
    }

    /**
     * The mapped parameters of one patient.
     *
     * @param parameters the kernel parameters
     * @param clampCount how many parameters were clamped into their range
     */
    public record Result(PatientParameters parameters, int clampCount) {
    }

    /**
     * Maps one patient's covariates.
     *
     * @param patientId the patient id, for messages
     * @param c covariates indexed as in {@link MrCovariates}; not modified
     * @return the parameters and the clamp count
     * @throws IllegalArgumentException if a derived parameter is not finite and positive, or too far out of range
     */
    public static Result map(long patientId, double[] c) {
        final double edv = c[MrCovariates.END_DIASTOLIC_VOLUME];
        final double esv = c[MrCovariates.END_SYSTOLIC_VOLUME];
        final double forward = edv - esv - c[MrCovariates.REGURGITANT_VOLUME];
        final double sbp = c[MrCovariates.SYSTOLIC];
        final double dbp = c[MrCovariates.DIASTOLIC];
        final double hr = c[MrCovariates.HEART_RATE];
        final double wedge = c[MrCovariates.WEDGE_PRESSURE];
        final double ra = c[MrCovariates.RIGHT_ATRIAL_PRESSURE];
        final double mapMmHg = dbp + KernelMappings.MAP_FORM_FACTOR * (sbp - dbp);

        final KernelMappings.Clamp k = new KernelMappings.Clamp("functional-mr", patientId);
        final HeartParameters heart = new HeartParameters(
                k.apply("heartRateBpm", hr, 30, 200),
                k.apply("emaxMmHgPerMl", KernelMappings.PES_OVER_SBP * sbp / (esv - KernelMappings.V0_ML), 0.3, 6),
                k.apply("eminMmHgPerMl", (wedge - FILLING_OFFSET_MMHG) / (edv - KernelMappings.V0_ML), 0.02, 0.5),
                KernelMappings.V0_ML,
                k.apply("laPressureMmHg", wedge, 2, 40),
                k.apply("raPressureMmHg", ra, 0, 25),
                k.apply("mitralEroaCm2", c[MrCovariates.EROA], 0, 1));
        final VascularParameters vascular = new VascularParameters(
                k.apply("systemicResistanceMmHgSPerMl", (mapMmHg - ra) / (forward * hr / 60), 0.3, 4),
                k.apply("arterialComplianceMlPerMmHg", KernelMappings.COMPLIANCE_OVER_SV_PP * forward / (sbp - dbp), 0.3,
                        4));
        final CoronaryParameters coronary = new CoronaryParameters(
                k.apply("lvMassG", c[MrCovariates.LV_MASS], 60, 400),
                CIRCUMFLEX_FRACTION,
                c[MrCovariates.COLLATERAL_FLOW_INDEX],
                1,
                false);
        return new Result(new PatientParameters(heart, vascular, coronary), k.count());
    }
}
