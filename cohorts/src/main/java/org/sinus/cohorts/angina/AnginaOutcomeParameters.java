package org.sinus.cohorts.angina;

import java.util.Properties;
import org.sinus.engine.outcome.ParameterFiles;

/**
 * The parameters of the angina outcome model ({@link AnginaOutcomes}; docs/cohort-refractory-angina.md, "Outcome
 * model"). The latent variable is the patient's <em>effort-threshold demand</em> {@code T}: the myocardial oxygen
 * demand at the effort that provokes angina, relative to the demand at rest, {@code T(M) = 1 + c (M - 1)} for an
 * effort of {@code M} METs.
 *
 * @param placeboLogMean mean change of {@code ln T} from baseline to 6 months without any physiological effect: the
 *     placebo response and regression to the mean of a blinded trial (fitted to COSIRA's sham arm, targets.md#C11)
 * @param placeboLogSd its between-patient SD, {@code > 0} (fitted likewise)
 * @param saqQolPointsPerLog change of the SAQ quality-of-life score, points, per unit change of {@code ln T}
 *     (fitted to the sham arm's +7.6 points, targets.md#C11)
 * @param demandSlopePerMet {@code c}: rise of myocardial oxygen demand per MET above rest, as a fraction of the
 *     resting demand, in (0, 1] (assumption, see docs: the rate-pressure product on beta-blockade rises by about 15
 *     to 25% of its resting value per MET; demand is proportional to it, Gobel et al., Circulation 1978)
 */
public record AnginaOutcomeParameters(double placeboLogMean, double placeboLogSd, double saqQolPointsPerLog,
        double demandSlopePerMet) {
    /** The parameter file, a resource beside this class. */
    public static final String PARAMETER_FILE = "angina-outcome.properties";

    private static final AnginaOutcomeParameters DEFAULTS = fromProperties(load());

    public AnginaOutcomeParameters {
        finite("placeboLogMean", placeboLogMean);
        if (!(placeboLogSd > 0 && placeboLogSd < 5)) {
            throw new IllegalArgumentException("placeboLogSd = " + placeboLogSd + " is outside the allowed range"
                    + " (0, 5)");
        }
        finite("saqQolPointsPerLog", saqQolPointsPerLog);
        if (!(demandSlopePerMet > 0 && demandSlopePerMet <= 1)) {
            throw new IllegalArgumentException("demandSlopePerMet = " + demandSlopePerMet
                    + " is outside the allowed range (0, 1]");
        }
    }

    /**
     * The parameters in force: those of {@value #PARAMETER_FILE}, whose fitted keys {@code AnginaCalibration}
     * writes.
     *
     * @return the parameters
     */
    public static AnginaOutcomeParameters defaults() {
        return DEFAULTS;
    }

    /**
     * The same parameters with the three fitted ones replaced.
     *
     * @return new parameters
     */
    public AnginaOutcomeParameters withFit(double logMean, double logSd, double saqPointsPerLog) {
        return new AnginaOutcomeParameters(logMean, logSd, saqPointsPerLog, demandSlopePerMet);
    }

    /**
     * Effort-threshold demand at an effort of {@code mets}, relative to rest: {@code 1 + c (M - 1)}.
     *
     * @param mets effort, METs
     * @return the relative demand
     */
    public double thresholdDemand(double mets) {
        return 1 + demandSlopePerMet * (mets - 1);
    }

    /**
     * Reads parameters from properties.
     *
     * @param p properties with the four keys
     * @return the parameters
     * @throws IllegalArgumentException naming a key that is missing, not a number or out of range
     */
    public static AnginaOutcomeParameters fromProperties(Properties p) {
        return new AnginaOutcomeParameters(number(p, "placeboLogMean"), number(p, "placeboLogSd"),
                number(p, "saqQolPointsPerLog"), number(p, "demandSlopePerMet"));
    }

    private static Properties load() {
        return ParameterFiles.load(AnginaOutcomeParameters.class, PARAMETER_FILE);
    }

    private static double number(Properties p, String key) {
        return ParameterFiles.number(p, key, PARAMETER_FILE);
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " = " + value + " must be a finite number");
        }
    }
}
