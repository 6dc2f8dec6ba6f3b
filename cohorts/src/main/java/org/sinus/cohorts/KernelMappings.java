package org.sinus.cohorts;

import org.sinus.engine.physiology.HeartParameters;
import org.sinus.engine.physiology.VascularParameters;

/**
 * What every cohort's kernel mapping shares: the clamping of derived parameters into their records' ranges, and the
 * heart and vessels from bedside haemodynamics by ventricular-arterial coupling (the equations and their sources are
 * in {@code docs/cohorts.md}, "Mapping", and in {@code stemi.StemiKernelMapping}).
 */
public final class KernelMappings {
    /** End-systolic over brachial systolic pressure (Kelly et al., Circulation 1992). */
    public static final double PES_OVER_SBP = 0.9;
    /** Unstressed LV volume, ml (assumption: 10-20 ml is the usual lumped-model choice). */
    public static final double V0_ML = 15;
    /** LV end-diastolic pressure below mean LA / wedge pressure, mmHg (assumption: residual filling gradient). */
    public static final double FILLING_OFFSET_MMHG = 1;
    /** Form factor of mean over pulse pressure (Meaney et al., Heart 2000). */
    public static final double MAP_FORM_FACTOR = 0.412;
    /** Two-element Windkessel compliance over SV/PP (assumption; Chemla et al. 1998 for SV/PP). */
    public static final double COMPLIANCE_OVER_SV_PP = 0.65;
    /** A value further than this factor outside its range is a mapping failure, not a clamp. */
    public static final double MAX_CLAMP_FACTOR = 2;

    private KernelMappings() {
    }

    /**
     * The heart and vessels of a patient, and the arterial elastance used.
     *
     * @param heart the heart's parameters
     * @param vascular the systemic vessels' parameters
     * @param arterialElastanceMmHgPerMl the effective arterial elastance {@code Ea = Pes / SV}
     */
    public record Haemodynamics(HeartParameters heart, VascularParameters vascular,
            double arterialElastanceMmHgPerMl) {
    }

    /**
     * Heart and vessels from heart rate, blood pressures, end-diastolic volume, ejection fraction and filling
     * pressures: {@code SV = EF EDV}, {@code Pes = 0.9 SBP}, {@code Ea = Pes / SV}, {@code Ees = Pes / (ESV - V0)},
     * {@code Emin = (PCWP - 1) / (EDV - V0)}, {@code MAP = DBP + 0.412 (SBP - DBP)}, {@code R = (MAP - RAP) / (SV HR /
     * 60)}, {@code C = 0.65 SV / (SBP - DBP)}.
     *
     * @param k the patient's clamp
     * @throws IllegalArgumentException if a derived parameter cannot be mapped
     */
    public static Haemodynamics heartAndVessels(Clamp k, double hr, double sbp, double dbp, double edv,
            double efPercent, double wedge, double ra) {
        final double sv = efPercent / 100 * edv;
        final double esv = edv - sv;
        final double pes = PES_OVER_SBP * sbp;
        final double mapMmHg = dbp + MAP_FORM_FACTOR * (sbp - dbp);
        final double coMlPerS = sv * hr / 60;
        final HeartParameters heart = new HeartParameters(
                k.apply("heartRateBpm", hr, 30, 200),
                k.apply("emaxMmHgPerMl", pes / (esv - V0_ML), 0.3, 6),
                k.apply("eminMmHgPerMl", (wedge - FILLING_OFFSET_MMHG) / (edv - V0_ML), 0.02, 0.5),
                V0_ML,
                k.apply("laPressureMmHg", wedge, 2, 40),
                k.apply("raPressureMmHg", ra, 0, 25));
        final VascularParameters vascular = new VascularParameters(
                k.apply("systemicResistanceMmHgSPerMl", (mapMmHg - ra) / coMlPerS, 0.3, 4),
                k.apply("arterialComplianceMlPerMmHg", COMPLIANCE_OVER_SV_PP * sv / (sbp - dbp), 0.3, 4));
        return new Haemodynamics(heart, vascular, pes / sv);
    }

    /**
     * Clamps derived values into their ranges and counts the clamps: a value within a factor
     * {@link #MAX_CLAMP_FACTOR} of its range is clamped, one further out (or not finite and positive) makes the
     * patient unmappable. One per patient, owned by one thread.
     */
    public static final class Clamp {
        private final String cohort;
        private final long patientId;
        private int count;

        /**
         * @param cohort the cohort's name, for messages
         * @param patientId the patient id, for messages
         */
        public Clamp(String cohort, long patientId) {
            this.cohort = cohort;
            this.patientId = patientId;
        }

        /** How many values were clamped. */
        public int count() {
            return count;
        }

        /**
         * @return {@code value}, or the nearer end of {@code [min, max]} (counted)
         * @throws IllegalArgumentException naming the patient, the field, the value and the range
         */
        public double apply(String field, double value, double min, double max) {
            if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
                throw fail(field, value, min, max, "is not finite and positive");
            }
            if (value >= min && value <= max) {
                return value;
            }
            if (value < min / MAX_CLAMP_FACTOR || value > max * MAX_CLAMP_FACTOR) {
                throw fail(field, value, min, max, "is more than a factor " + MAX_CLAMP_FACTOR + " outside");
            }
            count++;
            return Math.min(max, Math.max(min, value));
        }

        private IllegalArgumentException fail(String field, double value, double min, double max, String what) {
            return new IllegalArgumentException(cohort + " patient " + patientId + " cannot be mapped: derived "
                    + field + " = " + value + " " + what + " the allowed range [" + min + ", " + max + "]");
        }
    }
}
