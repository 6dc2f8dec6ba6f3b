package org.sinus.cohorts.angina;

import org.sinus.cohorts.KernelMappings;
import org.sinus.engine.physiology.CoronaryParameters;
import org.sinus.engine.physiology.PatientParameters;

/**
 * Refractory angina covariates to kernel parameters. The heart and circulation follow the anterior STEMI mapping
 * ({@link KernelMappings#heartAndVessels}, shared with it), by standard
 * ventricular-arterial coupling:
 * <pre>
 *   SV   = EF EDV,  ESV = EDV - SV                                 (ml)
 *   Pes  = 0.9 SBP                                                  Kelly et al., Circulation 1992;86:513
 *   Ea   = Pes / SV                                                 Sunagawa et al., Am J Physiol 1983;245:H773
 *   Ees  = Pes / (ESV - V0),  V0 = 15 ml                            Suga and Sagawa, Circ Res 1974; V0 assumption
 *   Emin = (PCWP - 1 mmHg) / (EDV - V0)                             linear EDPVR through V0; offset assumption
 *   MAP  = DBP + 0.412 (SBP - DBP)                                  Meaney et al., Heart 2000;84:64
 *   R    = (MAP - RAP) / (SV HR / 60),   C = 0.65 SV / (SBP - DBP)  Chemla et al., Am J Physiol 1998; factor assumption
 * </pre>
 * The at-risk territory is the chronically ischaemic one: its share of the LV, its CFI, an intact microcirculation
 * (factor 1), and {@code culpritOccluded} for a chronic total occlusion; an open culprit carries its diameter
 * stenosis ({@code CoronaryParameters.culpritStenosisPercent}), whose pressure loss the kernel takes from its geometry
 * (Young and Tsai; docs/model.md section 1.2). The stenosis also travels in
 * {@link AnginaPresentation#culpritStenosisPercent()}.
 *
 * <p>A derived value outside its record's range is clamped into it and counted, as long as it is within a factor of
 * {@code MAX_CLAMP_FACTOR} (2) of the range; further out, or not finite and positive, {@link #map} throws an
 * {@link IllegalArgumentException} naming the patient, the parameter, the value and the range (the sampler then
 * rejects the draw).
 */
public final class AnginaKernelMapping {
    /** Microvascular resistance factor of the chronic at-risk territory (assumption: no microvascular disease). */
    public static final double MICROVASCULAR_RESISTANCE_FACTOR = 1;

    private AnginaKernelMapping() {
    }

    /**
     * The mapped parameters of one patient.
     *
     * @param parameters the kernel parameters
     * @param clampCount how many parameters were clamped into their range
     * @param arterialElastanceMmHgPerMl the effective arterial elastance {@code Ea} used
     */
    public record Result(PatientParameters parameters, int clampCount, double arterialElastanceMmHgPerMl) {
    }

    /**
     * Maps one patient's covariates.
     *
     * @param patientId the patient id, for messages
     * @param c covariates indexed as in {@link AnginaCovariates}; not modified
     * @return the parameters and the clamp count
     * @throws IllegalArgumentException if a derived parameter is not finite and positive, or too far out of range
     */
    public static Result map(long patientId, double[] c) {
        final KernelMappings.Clamp k = new KernelMappings.Clamp("refractory-angina", patientId);
        final KernelMappings.Haemodynamics h = KernelMappings.heartAndVessels(k, c[AnginaCovariates.HEART_RATE],
                c[AnginaCovariates.SYSTOLIC], c[AnginaCovariates.DIASTOLIC], c[AnginaCovariates.END_DIASTOLIC_VOLUME],
                c[AnginaCovariates.EJECTION_FRACTION], c[AnginaCovariates.WEDGE_PRESSURE],
                c[AnginaCovariates.RIGHT_ATRIAL_PRESSURE]);
        final CoronaryParameters coronary = new CoronaryParameters(
                k.apply("lvMassG", c[AnginaCovariates.LV_MASS], 60, 400),
                k.apply("atRiskFraction", c[AnginaCovariates.ISCHAEMIC_TERRITORY] / 100, 0.02, 0.8),
                c[AnginaCovariates.COLLATERAL_FLOW_INDEX],
                MICROVASCULAR_RESISTANCE_FACTOR,
                c[AnginaCovariates.CHRONIC_TOTAL_OCCLUSION] == 1,
                c[AnginaCovariates.CHRONIC_TOTAL_OCCLUSION] == 1 ? 0 : c[AnginaCovariates.CULPRIT_STENOSIS]);
        return new Result(new PatientParameters(h.heart(), h.vascular(), coronary), k.count(),
                h.arterialElastanceMmHgPerMl());
    }
}
