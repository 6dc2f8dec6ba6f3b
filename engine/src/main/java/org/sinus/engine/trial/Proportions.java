package org.sinus.engine.trial;

/**
 * Confidence intervals for proportions, written here because Commons Statistics has tests for 2 x 2 tables but no
 * interval for a proportion or for a difference of two: Wilson's score interval (Wilson, JASA 1927) and Newcombe's
 * hybrid score interval for a difference of independent proportions (Newcombe, Stat Med 1998, method 10), the
 * intervals Newcombe's comparison recommends over the Wald interval for small samples and proportions near 0 or 1.
 */
public final class Proportions {
    /** The standard normal's 0.975 quantile. */
    static final double Z975 = 1.959963984540054;

    private Proportions() {
    }

    /**
     * Wilson's 95% score interval of a proportion.
     *
     * @param p the observed proportion, in [0, 1]
     * @param n observations, at least 1
     * @return {lower, upper}
     */
    public static double[] wilson95(double p, long n) {
        double z2 = Z975 * Z975;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z975 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * Newcombe's hybrid score 95% interval of {@code p1 - p2}, two independent proportions.
     *
     * @param p1 the first proportion
     * @param n1 its observations
     * @param p2 the second proportion
     * @param n2 its observations
     * @return {lower, upper}
     */
    public static double[] newcombe95(double p1, long n1, double p2, long n2) {
        double[] w1 = wilson95(p1, n1);
        double[] w2 = wilson95(p2, n2);
        double d = p1 - p2;
        double lower = d - Math.sqrt((p1 - w1[0]) * (p1 - w1[0]) + (w2[1] - p2) * (w2[1] - p2));
        double upper = d + Math.sqrt((w1[1] - p1) * (w1[1] - p1) + (p2 - w2[0]) * (p2 - w2[0]));
        return new double[] {lower, upper};
    }
}
