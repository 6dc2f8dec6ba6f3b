package org.sinus.cohorts.stemi;

import org.sinus.cohorts.KernelMappings;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;

/**
 * The one place where STEMI covariates become kernel parameters, by standard ventricular-arterial coupling. Every
 * equation and constant is in {@code docs/cohorts.md}, "Mapping":
 * <pre>
 *   SV   = EF EDV,  ESV = EDV - SV                                 (ml)
 *   Pes  = 0.9 SBP                                                  Kelly et al., Circulation 1992;86:513
 *   Ea   = Pes / SV                                                 Sunagawa et al., Am J Physiol 1983;245:H773
 *   Ees  = Pes / (ESV - V0),  V0 = 15 ml                            Suga and Sagawa, Circ Res 1974; V0 assumption
 *   Emin = (LVEDP - 1 mmHg) / (EDV - V0),  LVEDP = PCWP             linear EDPVR through V0; offset assumption
 *   MAP  = DBP + 0.412 (SBP - DBP)                                  Meaney et al., Heart 2000;84:64
 *   CO   = SV HR / 60                                               (ml/s)
 *   R    = (MAP - RAP) / CO                                         (mmHg s/ml)
 *   C    = 0.65 SV / (SBP - DBP)                                    Chemla et al., Am J Physiol 1998; factor assumption
 * </pre>
 * With these, {@code SV = (EDV - V0) Ees / (Ees + Ea)} holds exactly (Sunagawa 1983), which
 * {@link #ejectionFractionPercent(HeartParameters, double)} inverts for the round-trip test.
 *
 * <p>A derived value outside its record's range is clamped into it and counted, as long as it is within a factor of
 * {@link KernelMappings#MAX_CLAMP_FACTOR} of the range; further out, or not finite and positive, the patient cannot be
 * mapped and {@link #map} throws an {@link IllegalArgumentException} naming the patient, the parameter, the value and the range.
 */
public final class StemiKernelMapping {
    private StemiKernelMapping() {
    }

    /**
     * The mapped parameters of one patient.
     *
     * @param parameters the kernel parameters
     * @param clampCount how many parameters were clamped into their range
     * @param arterialElastanceMmHgPerMl the effective arterial elastance {@code Ea} used (before any clamp of Ees)
     */
    public record Result(PatientParameters parameters, int clampCount, double arterialElastanceMmHgPerMl) {
    }

    /**
     * Maps one patient's covariates.
     *
     * @param patientId the patient id, for messages
     * @param c covariates indexed as in {@link StemiCovariates}; not modified
     * @param microvascularResistanceFactor at-risk microvascular resistance multiplier (1 without MVO)
     * @return the parameters and the clamp count
     * @throws IllegalArgumentException if a derived parameter is not finite and positive, or too far out of range
     */
    public static Result map(long patientId, double[] c, double microvascularResistanceFactor) {
        final KernelMappings.Clamp k = new KernelMappings.Clamp("anterior-stemi", patientId);
        final KernelMappings.Haemodynamics h = KernelMappings.heartAndVessels(k, c[StemiCovariates.HEART_RATE],
                c[StemiCovariates.SYSTOLIC], c[StemiCovariates.DIASTOLIC], c[StemiCovariates.END_DIASTOLIC_VOLUME],
                c[StemiCovariates.EJECTION_FRACTION], c[StemiCovariates.WEDGE_PRESSURE],
                c[StemiCovariates.RIGHT_ATRIAL_PRESSURE]);
        final CoronaryParameters coronary = new CoronaryParameters(
                k.apply("lvMassG", c[StemiCovariates.LV_MASS], 60, 400),
                k.apply("atRiskFraction", c[StemiCovariates.AREA_AT_RISK] / 100, 0.02, 0.8),
                c[StemiCovariates.COLLATERAL_FLOW_INDEX],
                k.apply("microvascularResistanceFactor", microvascularResistanceFactor, 1, 10),
                false);
        return new Result(new PatientParameters(h.heart(), h.vascular(), coronary), k.count(),
                h.arterialElastanceMmHgPerMl());
    }

    /**
     * Recomputes the ejection fraction the mapped heart would eject against {@code Ea}, from
     * {@code EDV = V0 + (LAP - offset) / Emin} and {@code SV = (EDV - V0) Ees / (Ees + Ea)} (Sunagawa et al. 1983).
     * Equals the covariate exactly when nothing was clamped.
     *
     * @param heart mapped heart parameters
     * @param arterialElastanceMmHgPerMl effective arterial elastance, mmHg/ml
     * @return ejection fraction, %
     */
    public static double ejectionFractionPercent(HeartParameters heart, double arterialElastanceMmHgPerMl) {
        final double filling = (heart.laPressureMmHg() - KernelMappings.FILLING_OFFSET_MMHG) / heart.eminMmHgPerMl();
        final double edv = heart.v0Ml() + filling;
        final double ees = heart.emaxMmHgPerMl();
        return 100 * filling * ees / (ees + arterialElastanceMmHgPerMl) / edv;
    }
}
