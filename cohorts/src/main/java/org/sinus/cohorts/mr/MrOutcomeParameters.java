package org.sinus.cohorts.mr;

import java.util.Properties;
import org.sinus.engine.outcome.ParameterFiles;

/**
 * The parameters of the functional-MR outcome models ({@link MrOutcomes}), read from {@value #PARAMETER_FILE} beside
 * this class; the fitted ones are rewritten by {@code ./sinus calibrate --write}
 * ({@code org.sinus.cohorts.calibration.MrCalibration}). Equations, units and sources:
 * {@code docs/cohort-functional-mr.md}, "Outcome models".
 *
 * @param procedure implant, compression and complication probabilities
 * @param walk the 6-minute walk response, m
 * @param kccq the KCCQ overall score response, points
 * @param nyha the NYHA class response, classes (latent improvement, rounded)
 */
public record MrOutcomeParameters(Procedure procedure, Response walk, Response kccq, Response nyha) {
    /** The parameter file, a resource beside this class. */
    public static final String PARAMETER_FILE = "mr-outcomes.properties";

    private static final MrOutcomeParameters DEFAULTS = fromProperties(load());

    public MrOutcomeParameters {
        if (procedure == null || walk == null || kccq == null || nyha == null) {
            throw new IllegalArgumentException("MR outcome parameters: procedure, walk, kccq and nyha are required");
        }
    }

    /**
     * What happens at an implant attempt, per attempt.
     *
     * @param implantFailure probability that no device is left implanted (access, insufficient acute reduction,
     *     coronary compromise), in [0, 1]
     * @param compressionGivenCrossing probability of circumflex compression when the artery crosses under the vein
     *     inside the device's span, in [0, 1]; 0 elsewhere (anatomy)
     * @param miGivenCompression probability that a compression is critical and causes a myocardial infarction, in
     *     [0, 1]
     * @param dissection probability of a coronary sinus dissection, in [0, 1]
     * @param perforation probability of a coronary sinus perforation, in [0, 1]
     * @param spanFromMm start of the device's span along the vein, mm from the CS ostium, {@code >= 0}
     * @param spanToMm end of the span, mm from the ostium, {@code >= spanFromMm}
     */
    public record Procedure(double implantFailure, double compressionGivenCrossing, double miGivenCompression,
            double dissection, double perforation, double spanFromMm, double spanToMm) {
        public Procedure {
            probability("implantFailure", implantFailure);
            probability("compressionGivenCrossing", compressionGivenCrossing);
            probability("miGivenCompression", miGivenCompression);
            probability("dissection", dissection);
            probability("perforation", perforation);
            if (!(spanFromMm >= 0 && spanToMm >= spanFromMm && spanToMm < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("spanFromMm = " + spanFromMm + ", spanToMm = " + spanToMm
                        + ": allowed 0 <= spanFromMm <= spanToMm, finite");
            }
        }
    }

    /**
     * One clinical measure's change: {@code nonSpecific [procedure attempted] + slopePerMl D + sd z}.
     *
     * @param nonSpecific change of a patient who undergoes the procedure without a regurgitant reduction (placebo,
     *     unblinded-treatment and regression-to-the-mean response together), in the measure's unit, finite
     * @param slopePerMl change per ml/beat of regurgitant volume removed by an implanted device, {@code >= 0} (a larger
     *     reduction never worsens the expected measure)
     * @param sd patient-level SD of the change, {@code > 0}
     */
    public record Response(double nonSpecific, double slopePerMl, double sd) {
        public Response {
            if (!Double.isFinite(nonSpecific)) {
                throw new IllegalArgumentException("nonSpecific = " + nonSpecific + " must be finite");
            }
            if (!(slopePerMl >= 0 && slopePerMl < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("slopePerMl = " + slopePerMl + " must be finite and >= 0");
            }
            if (!(sd > 0 && sd < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("sd = " + sd + " must be finite and > 0");
            }
        }

        /**
         * The mean change of a patient.
         *
         * @param attempted whether the patient underwent the procedure
         * @param reductionMl regurgitant volume removed by an implanted device, ml/beat (0 without one)
         * @return {@code nonSpecific [attempted] + slopePerMl reductionMl}
         */
        public double mean(boolean attempted, double reductionMl) {
            return (attempted ? nonSpecific : 0) + slopePerMl * reductionMl;
        }
    }

    /**
     * The parameters in force, those of {@value #PARAMETER_FILE}.
     *
     * @return the defaults
     */
    public static MrOutcomeParameters defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the parameters from properties with the keys of {@value #PARAMETER_FILE}.
     *
     * @param p the properties
     * @return the parameters
     * @throws IllegalArgumentException naming the key if one is missing or not a number
     */
    public static MrOutcomeParameters fromProperties(Properties p) {
        return new MrOutcomeParameters(
                new Procedure(number(p, "implantFailure"), number(p, "compressionGivenCrossing"),
                        number(p, "miGivenCompression"), number(p, "dissection"), number(p, "perforation"),
                        number(p, "spanFromMm"), number(p, "spanToMm")),
                response(p, "walk"), response(p, "kccq"), response(p, "nyha"));
    }

    private static Response response(Properties p, String prefix) {
        return new Response(number(p, prefix + "NonSpecific"), number(p, prefix + "SlopePerMl"),
                number(p, prefix + "Sd"));
    }

    private static void probability(String name, double x) {
        if (!(x >= 0 && x <= 1)) {
            throw new IllegalArgumentException(name + " = " + x + " is outside the allowed range [0, 1]");
        }
    }

    private static Properties load() {
        return ParameterFiles.load(MrOutcomeParameters.class, PARAMETER_FILE);
    }

    private static double number(Properties p, String key) {
        return ParameterFiles.number(p, key, PARAMETER_FILE);
    }
}
