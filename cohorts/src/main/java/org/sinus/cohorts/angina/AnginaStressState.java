package org.sinus.cohorts.angina;

import org.sinus.cohorts.KernelMappings;
import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.PatientParameters;
import org.sinus.engine.physiology.VascularParameters;

/**
 * The physiological state in which the kernel sees a refractory angina patient: ordinary effort, not rest. Angina is
 * an effort symptom and the CCS class is defined by the effort that provokes it; a CCS III patient has angina at
 * 2 to 5 METs (Goldman's specific activity scale, below), so the oxygen balance that decides whether a device changes
 * the patient's angina is the one at that effort. From the resting mapping ({@link AnginaKernelMapping}):
 * <pre>
 *   HR_stress   = HR_rest + 30 bpm
 *   Emax_stress = 1.3 Emax_rest
 *   R_stress    = 0.7 R_rest
 * </pre>
 * everything else (filling pressures, compliance, coronary anatomy) as at rest. All three are <b>assumptions</b>
 * (docs/cohort-refractory-angina.md, "Stress state"): brisk walking on the level is about 3 to 4 METs; on
 * beta-blockade (optimal medical therapy) the heart rate rises by roughly 7 to 10 bpm per MET above rest, sympathetic
 * inotropy is blunted, and the systemic resistance falls by about a third in moderate dynamic exercise. Cross-check in
 * the kernel (256 patients): myocardial oxygen demand per gram rises from 0.129 to 0.195 ml/min/g on average, a factor
 * 1.52, which with the demand slope of {@link AnginaOutcomeParameters#demandSlopePerMet()} (0.2 per MET) is 3.6 METs,
 * inside the CCS III band.
 *
 * <p>A value pushed out of its record's range (Emax above 6 mmHg/ml in about 8% of patients, whose resting Emax is
 * already at or near the maximum; the resistance below 0.3) is clamped and counted, as in the resting mapping; the
 * stress state never makes a patient unmappable (every factor keeps the value within a factor 2 of the range).
 */
public final class AnginaStressState {
    /** Heart rate rise from rest to ordinary effort, bpm (assumption, see above). */
    public static final double HEART_RATE_RISE_BPM = 30;
    /** End-systolic elastance at ordinary effort over rest (assumption: blunted sympathetic inotropy). */
    public static final double CONTRACTILITY_FACTOR = 1.3;
    /** Systemic resistance at ordinary effort over rest (assumption: vasodilation of working muscle). */
    public static final double RESISTANCE_FACTOR = 0.7;

    private AnginaStressState() {
    }

    /**
     * The stress-state parameters of a patient and how many values were clamped.
     *
     * @param parameters the kernel parameters at ordinary effort
     * @param clampCount how many of them were clamped into their range
     */
    public record Result(PatientParameters parameters, int clampCount) {
    }

    /**
     * Moves a patient from rest to ordinary effort.
     *
     * @param patientId the patient id, for messages
     * @param rest the resting parameters
     * @return the stress-state parameters and the clamps this step added
     */
    public static Result of(long patientId, PatientParameters rest) {
        final KernelMappings.Clamp k = new KernelMappings.Clamp(AnginaCohortSampler.NAME, patientId);
        final HeartParameters h = rest.heart();
        final HeartParameters heart = new HeartParameters(
                k.apply("stress heartRateBpm", h.heartRateBpm() + HEART_RATE_RISE_BPM, 30, 200),
                k.apply("stress emaxMmHgPerMl", CONTRACTILITY_FACTOR * h.emaxMmHgPerMl(), 0.3, 6),
                h.eminMmHgPerMl(), h.v0Ml(), h.laPressureMmHg(), h.raPressureMmHg(), h.mitralEroaCm2());
        final VascularParameters v = rest.vascular();
        final VascularParameters vascular = new VascularParameters(
                k.apply("stress systemicResistanceMmHgSPerMl", RESISTANCE_FACTOR * v.systemicResistanceMmHgSPerMl(),
                        0.3, 4),
                v.arterialComplianceMlPerMmHg());
        return new Result(new PatientParameters(heart, vascular, rest.coronary()), k.count());
    }
}
