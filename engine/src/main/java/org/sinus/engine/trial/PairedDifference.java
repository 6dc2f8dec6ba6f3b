package org.sinus.engine.trial;

/**
 * The paired difference of an endpoint between an arm and the reference arm over the same virtual patients
 * (every patient is simulated under every arm), with its 95% confidence interval (paired Student t).
 *
 * @param arm the arm's name
 * @param reference the reference arm's name
 * @param n pairs
 * @param mean mean of (arm - reference)
 * @param sd sample standard deviation of the differences (NaN below two pairs)
 * @param ciLow lower end of the 95% confidence interval of the mean difference (NaN below two pairs)
 * @param ciHigh upper end of the 95% confidence interval of the mean difference (NaN below two pairs)
 */
public record PairedDifference(String arm, String reference, long n, double mean, double sd, double ciLow,
        double ciHigh) {
}
