package org.sinus.cohorts.stemi;

import java.util.Properties;
import org.sinus.engine.outcome.ParameterFiles;

/**
 * What follows the infarct in the year after primary PCI ({@code docs/model.md}, section 5.1): the extent of
 * microvascular obstruction (MVO) and the one-year risks of death and of heart-failure admission.
 *
 * <ul>
 *   <li><b>MVO extent</b>, % LV: {@code 0} without MVO (the cohort samples its presence, C23's 56.9%); with it,
 *       {@code min(IS, IS * exp(mu + s z))}, a log-normal share of the infarct, {@code z} one standard normal per
 *       patient shared by every arm, so a smaller infarct carries a proportionally smaller MVO (an assumption: MVO
 *       lies inside the infarct and grows with it, de Waha et al. 2017). {@code mu} and {@code s} are fitted to the
 *       untreated cohort's MVO median and third quartile (C23's source: 0.47 and 2.54% LV).</li>
 *   <li><b>One-year risks</b>: proportional hazards over one year, {@code P = 1 - exp(-exp(b + ln(HR_IS) IS / 5 +
 *       ln(HR_MVO) MVO))}, with Stone et al.'s adjusted hazard ratios per 5% LV of infarct (C22: 1.19 for death,
 *       1.20 for heart-failure admission) and de Waha et al.'s infarct-adjusted 1.09 per 1% LV of MVO for death.
 *       Heart-failure admission uses the infarct only (de Waha's MVO ratio for it, 1.08, is not adjusted for
 *       infarct size and would count the infarct twice). The baselines {@code b} are fitted so that the untreated
 *       cohort's one-year risks are Stone et al.'s Kaplan-Meier 2.2% (death) and 2.6% (heart-failure admission).
 *       Treating the adjusted associations as causal is the assumption every infarct-size surrogate makes.</li>
 * </ul>
 *
 * @param mvoRatioLogMedian {@code mu}, log of the median MVO share of the infarct
 * @param mvoRatioLogSd {@code s}, its log-scale SD
 * @param deathLogHazard baseline log cumulative hazard of death over one year
 * @param hfLogHazard baseline log cumulative hazard of heart-failure admission over one year
 * @param deathHrPer5PctIs hazard ratio of death per 5% LV of infarct
 * @param hfHrPer5PctIs hazard ratio of heart-failure admission per 5% LV of infarct
 * @param deathHrPerPctMvo hazard ratio of death per 1% LV of MVO
 */
public record StemiEvents(double mvoRatioLogMedian, double mvoRatioLogSd, double deathLogHazard, double hfLogHazard,
        double deathHrPer5PctIs, double hfHrPer5PctIs, double deathHrPerPctMvo) {

    /** The parameter file's name, beside this class. */
    public static final String PARAMETER_FILE = "stemi-events.properties";

    private static final StemiEvents DEFAULTS = fromProperties(load());

    public StemiEvents {
        if (!(mvoRatioLogSd >= 0) || !Double.isFinite(mvoRatioLogMedian) || !Double.isFinite(deathLogHazard)
                || !Double.isFinite(hfLogHazard) || !(deathHrPer5PctIs > 0) || !(hfHrPer5PctIs > 0)
                || !(deathHrPerPctMvo > 0)) {
            throw new IllegalArgumentException("STEMI event parameters out of range: " + mvoRatioLogMedian + ", "
                    + mvoRatioLogSd + ", " + deathLogHazard + ", " + hfLogHazard + ", " + deathHrPer5PctIs + ", "
                    + hfHrPer5PctIs + ", " + deathHrPerPctMvo);
        }
    }

    /** The parameters in force: those of {@value #PARAMETER_FILE}. */
    public static StemiEvents defaults() {
        return DEFAULTS;
    }

    private static Properties load() {
        return ParameterFiles.load(StemiEvents.class, PARAMETER_FILE);
    }

    /**
     * Reads the parameters from their file's keys.
     *
     * @throws IllegalArgumentException naming a missing or malformed key
     */
    public static StemiEvents fromProperties(Properties p) {
        return new StemiEvents(get(p, "mvoRatioLogMedian"), get(p, "mvoRatioLogSd"), get(p, "deathLogHazard"),
                get(p, "hfLogHazard"), get(p, "deathHrPer5PctIs"), get(p, "hfHrPer5PctIs"), get(p, "deathHrPerPctMvo"));
    }

    private static double get(Properties p, String key) {
        return ParameterFiles.number(p, key, PARAMETER_FILE);
    }

    /** These parameters with the four fitted ones replaced. */
    public StemiEvents withFit(double mvoMu, double mvoSd, double deathB, double hfB) {
        return new StemiEvents(mvoMu, mvoSd, deathB, hfB, deathHrPer5PctIs, hfHrPer5PctIs, deathHrPerPctMvo);
    }

    /**
     * MVO extent, % LV.
     *
     * @param present whether the patient has MVO
     * @param infarctPercentLv the arm's infarct size
     * @param z the patient's MVO draw, standard normal
     */
    public double mvoPercentLv(boolean present, double infarctPercentLv, double z) {
        if (!present) {
            return 0;
        }
        return Math.min(infarctPercentLv, infarctPercentLv * Math.exp(mvoRatioLogMedian + mvoRatioLogSd * z));
    }

    /** One-year risk of death. */
    public double deathRisk(double infarctPercentLv, double mvoPercentLv) {
        return risk(deathLogHazard + Math.log(deathHrPer5PctIs) * infarctPercentLv / 5
                + Math.log(deathHrPerPctMvo) * mvoPercentLv);
    }

    /** One-year risk of heart-failure admission. */
    public double heartFailureRisk(double infarctPercentLv) {
        return risk(hfLogHazard + Math.log(hfHrPer5PctIs) * infarctPercentLv / 5);
    }

    /** {@code 1 - exp(-exp(logH))}, accurate for small hazards. */
    private static double risk(double logCumulativeHazard) {
        return -Math.expm1(-Math.exp(logCumulativeHazard));
    }
}
