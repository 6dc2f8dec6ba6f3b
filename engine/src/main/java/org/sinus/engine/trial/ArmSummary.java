package org.sinus.engine.trial;

/**
 * One arm's endpoint over the patients simulated so far: mean, standard deviation and the 95% confidence interval
 * of the mean (Student t), with the distribution.
 *
 * @param arm the arm's name, as in the scenario
 * @param n patients
 * @param mean mean of the endpoint
 * @param sd sample standard deviation (NaN below two patients)
 * @param ciLow lower end of the 95% confidence interval of the mean (NaN below two patients)
 * @param ciHigh upper end of the 95% confidence interval of the mean (NaN below two patients)
 * @param histogram the distribution
 */
public record ArmSummary(String arm, long n, double mean, double sd, double ciLow, double ciHigh,
        Histogram histogram) {
}
