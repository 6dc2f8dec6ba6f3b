package org.sinus.cohorts.shock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.sinus.cohorts.GaussianCopula;
import org.sinus.cohorts.SampleStatistics;
import org.sinus.cohorts.TruncatedMarginal;
import org.sinus.engine.random.Purpose;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.random.Samplers;

/**
 * The covariates as specified, before the sampler's rejection: marginals (fraction below the truncated quantiles,
 * restated here as literals), prevalences, and every latent correlation of the table. 20,000 draws per population,
 * fixed seed 20240601; each check at 4.89 standard errors (two-sided 1e-6), about 120 checks, so the chance that a
 * correct implementation fails with a fresh seed is below 2e-4; the fixed seed makes the test deterministic.
 */
class ShockCovariateDistributionTest {
    private static final int N = 20_000;
    private static final double Z = 4.89;
    private static final NormalDistribution PHI = NormalDistribution.of(0, 1);

    private static double[][] draw(ShockPopulation population) {
        final GaussianCopula copula = GaussianCopula.of(ShockCovariates.correlationMatrix());
        final RandomStreams streams = RandomStreams.of(20240601);
        final double[][] c = new double[N][];
        final double[] z = new double[ShockCovariates.LATENT];
        for (int i = 0; i < N; i++) {
            final NormalizedGaussianSampler g = Samplers.standardNormal(streams.stream(i, Purpose.COHORT));
            copula.sample(g, z);
            c[i] = ShockCovariates.fromLatent(population, z);
        }
        return c;
    }

    /** Fraction below each quantile of the specification, within Z binomial SEs. */
    private static void marginal(String name, double[][] c, int index, TruncatedMarginal spec) {
        for (double p : new double[] {0.05, 0.25, 0.5, 0.75, 0.95}) {
            final double q = spec.quantile(p);
            int below = 0;
            for (double[] row : c) {
                below += row[index] <= q ? 1 : 0;
            }
            assertEquals(p, (double) below / N, Z * Math.sqrt(p * (1 - p) / N), name + " below its " + p + " quantile");
        }
    }

    private static void prevalence(String name, double[][] c, int index, double value, double p) {
        int n = 0;
        for (double[] row : c) {
            n += row[index] == value ? 1 : 0;
        }
        assertEquals(p, (double) n / N, Z * Math.sqrt(p * (1 - p) / N), name);
    }

    @Test
    void marginalsMatchTheirSpecification() {
        for (ShockPopulation pop : ShockPopulation.values()) {
            final double[][] c = draw(pop);
            // restated specification (ShockPopulation, ShockCovariates)
            final TruncatedMarginal age = pop == ShockPopulation.ECLS_SHOCK ? TruncatedMarginal.normal(63, 11, 25, 80)
                    : TruncatedMarginal.normal(69, 12.5, 30, 90);
            final TruncatedMarginal lactate = pop == ShockPopulation.ECLS_SHOCK
                    ? TruncatedMarginal.of(LogNormalDistribution.of(Math.log(6.5), 0.55), 3, 25)
                    : TruncatedMarginal.of(LogNormalDistribution.of(Math.log(4.0), 0.75), 0.5, 25);
            marginal("age", c, ShockCovariates.AGE, age);
            marginal("lactate", c, ShockCovariates.LACTATE, lactate);
            marginal("heart rate", c, ShockCovariates.HEART_RATE, TruncatedMarginal.normal(92, 20, 45, 150));
            marginal("systolic", c, ShockCovariates.SYSTOLIC, TruncatedMarginal.normal(88, 16, 55, 135));
            marginal("LVEF", c, ShockCovariates.EJECTION_FRACTION, TruncatedMarginal.normal(32, 10, 10, 60));
            marginal("cardiac output", c, ShockCovariates.CARDIAC_OUTPUT, TruncatedMarginal.logNormal(3.7, 0.28, 1.5, 7));
            marginal("wedge", c, ShockCovariates.WEDGE_PRESSURE, TruncatedMarginal.logNormal(22, 0.28, 15, 40));
            marginal("right atrial", c, ShockCovariates.RIGHT_ATRIAL_PRESSURE,
                    TruncatedMarginal.logNormal(11, 0.40, 2, 25));
            marginal("glucose", c, ShockCovariates.GLUCOSE, TruncatedMarginal.logNormal(10.0, 0.40, 3, 40));
            marginal("creatinine", c, ShockCovariates.CREATININE, TruncatedMarginal.logNormal(110, 0.40, 40, 700));
            marginal("LV mass", c, ShockCovariates.LV_MASS, TruncatedMarginal.normal(185, 35, 100, 350));
            prevalence("female", c, ShockCovariates.FEMALE, 1, pop == ShockPopulation.ECLS_SHOCK ? 0.19 : 0.31);
            prevalence("resuscitated", c, ShockCovariates.RESUSCITATED, 1,
                    pop == ShockPopulation.ECLS_SHOCK ? 0.78 : 0.45);
            prevalence("prior stroke", c, ShockCovariates.PRIOR_STROKE, 1, 0.07);
            prevalence("TIMI < 3", c, ShockCovariates.TIMI_BELOW_3, 1, 0.13);
            final double[] culprit = {0.30, 0.19, 0.42, 0.09};
            for (int k = 0; k < 4; k++) {
                prevalence("culprit " + k, c, ShockCovariates.CULPRIT, k, culprit[k]);
            }
            for (double[] row : c) {
                assertTrue(row[ShockCovariates.SYSTOLIC] - row[ShockCovariates.DIASTOLIC] >= 15 - 1e-9, "pulse pressure");
                assertEquals(ShockCovariates.riskScore(row), row[ShockCovariates.RISK_SCORE], 0, "score");
            }
        }
    }

    @Test
    void latentCorrelationsMatchTheTable() {
        final double[][] c = draw(ShockPopulation.IABP_SHOCK_II);
        final int[] continuous = {ShockCovariates.AGE, ShockCovariates.HEART_RATE, ShockCovariates.SYSTOLIC,
            ShockCovariates.EJECTION_FRACTION, ShockCovariates.CARDIAC_OUTPUT, ShockCovariates.WEDGE_PRESSURE,
            ShockCovariates.RIGHT_ATRIAL_PRESSURE, ShockCovariates.LACTATE, ShockCovariates.GLUCOSE,
            ShockCovariates.CREATININE, ShockCovariates.LV_MASS};
        final TruncatedMarginal[] spec = {ShockPopulation.IABP_SHOCK_II.age(), ShockCovariates.HEART_RATE_BPM,
            ShockCovariates.SYSTOLIC_MMHG, ShockCovariates.EJECTION_FRACTION_PERCENT,
            ShockCovariates.CARDIAC_OUTPUT_L_PER_MIN, ShockCovariates.WEDGE_MMHG, ShockCovariates.RIGHT_ATRIAL_MMHG,
            ShockPopulation.IABP_SHOCK_II.lactate(), ShockCovariates.GLUCOSE_MMOL_L, ShockCovariates.CREATININE_UMOL_L,
            ShockCovariates.LV_MASS_G};
        final double[][] r = ShockCovariates.correlationMatrix();
        final double[][] latent = new double[continuous.length][N];
        for (int k = 0; k < continuous.length; k++) {
            for (int i = 0; i < N; i++) {
                final double u = spec[k].cumulativeProbability(c[i][continuous[k]]);
                latent[k][i] = PHI.inverseCumulativeProbability(Math.min(1 - 1e-12, Math.max(1e-12, u)));
            }
        }
        // SE of a correlation near 0.5 is about (1 - r^2) / sqrt(N) < 0.0071; 4.89 of them is 0.035
        for (int a = 0; a < continuous.length; a++) {
            for (int b = a + 1; b < continuous.length; b++) {
                final double expected = r[continuous[a]][continuous[b]];
                assertEquals(expected, SampleStatistics.pearson(latent[a], latent[b]), 0.035,
                        "latent correlation " + continuous[a] + "-" + continuous[b]);
            }
        }
    }

}
