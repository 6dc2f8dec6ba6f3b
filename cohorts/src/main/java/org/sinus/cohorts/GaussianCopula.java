package org.sinus.cohorts;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * A Gaussian copula's latent part: correlated standard normal vectors {@code Z = L N}, where {@code N} is a vector
 * of independent standard normal deviates and {@code L} the lower Cholesky factor of a correlation matrix {@code R}
 * (Nelsen, An Introduction to Copulas, 2nd ed. 2006, section 5.3). A covariate is then {@code Q(Phi(Z_i))} with
 * {@code Q} its (truncated) marginal quantile function, so each marginal is exact and the rank correlation of two
 * continuous covariates is {@code (6 / pi) asin(R_ij / 2)} (Pearson 1907; Kruskal 1958).
 *
 * <p>The Cholesky factorisation is written out here (Cholesky-Banachiewicz, Golub and Van Loan, Matrix Computations,
 * 4th ed., algorithm 4.2.1) because the project does not depend on a linear algebra library; the matrices are
 * small (about 15 x 15) and factorised once, when the cohort is built. It doubles as the positive-definiteness check.
 *
 * <p>Immutable and thread-safe.
 */
public final class GaussianCopula {
    /** Tolerance for symmetry and the unit diagonal of a correlation matrix. */
    private static final double SYMMETRY_TOLERANCE = 1e-12;

    /** Lower triangle of the Cholesky factor, row by row. */
    private final double[][] lower;

    private GaussianCopula(double[][] lower) {
        this.lower = lower;
    }

    /**
     * A correlation matrix from a sparse table: unit diagonal, zero elsewhere but for the listed pairs.
     *
     * @param count the matrix's size
     * @param percent rows {@code {i, j, r}}: latent {@code i} and {@code j} correlated {@code r / 100}
     * @return a new {@code count x count} symmetric matrix
     */
    public static double[][] correlationMatrix(int count, int[][] percent) {
        final double[][] r = new double[count][count];
        for (int i = 0; i < count; i++) {
            r[i][i] = 1;
        }
        for (int[] e : percent) {
            r[e[0]][e[1]] = e[2] / 100.0;
            r[e[1]][e[0]] = e[2] / 100.0;
        }
        return r;
    }

    /**
     * Factorises a correlation matrix.
     *
     * @param correlation a symmetric matrix with unit diagonal and entries in [-1, 1]; not modified
     * @return the copula
     * @throws IllegalArgumentException if the matrix is not square, symmetric, a correlation matrix, or positive
     *     definite; the message names the offending entry or pivot
     */
    public static GaussianCopula of(double[][] correlation) {
        return new GaussianCopula(cholesky(correlation));
    }

    /**
     * Returns the dimension.
     *
     * @return the number of latent variables
     */
    public int dimension() {
        return lower.length;
    }

    /**
     * Draws one correlated standard normal vector: exactly {@link #dimension()} deviates from {@code gaussian}, in
     * order.
     *
     * @param gaussian the source of independent standard normal deviates
     * @param z receives the correlated vector; length at least {@link #dimension()}
     */
    public void sample(NormalizedGaussianSampler gaussian, double[] z) {
        final int n = lower.length;
        final double[] iid = new double[n];
        for (int i = 0; i < n; i++) {
            iid[i] = gaussian.sample();
        }
        for (int i = 0; i < n; i++) {
            final double[] row = lower[i];
            double sum = 0;
            for (int k = 0; k <= i; k++) {
                sum += row[k] * iid[k];
            }
            z[i] = sum;
        }
    }

    /**
     * Computes the lower Cholesky factor {@code L} with {@code L L^T = R}.
     *
     * @param r the correlation matrix
     * @return {@code L}, a lower triangular matrix stored as ragged rows
     * @throws IllegalArgumentException if {@code r} is not a positive definite correlation matrix
     */
    static double[][] cholesky(double[][] r) {
        final int n = r.length;
        for (int i = 0; i < n; i++) {
            if (r[i].length != n) {
                throw new IllegalArgumentException("correlation matrix row " + i + " has " + r[i].length
                        + " entries, expected " + n);
            }
            if (Math.abs(r[i][i] - 1) > SYMMETRY_TOLERANCE) {
                throw new IllegalArgumentException("correlation[" + i + "][" + i + "] = " + r[i][i] + ", expected 1");
            }
            for (int j = 0; j < i; j++) {
                if (!(Math.abs(r[i][j]) <= 1) || Math.abs(r[i][j] - r[j][i]) > SYMMETRY_TOLERANCE) {
                    throw new IllegalArgumentException("correlation[" + i + "][" + j + "] = " + r[i][j]
                            + " and [" + j + "][" + i + "] = " + r[j][i] + ": must be equal and in [-1, 1]");
                }
            }
        }
        final double[][] l = new double[n][];
        for (int i = 0; i < n; i++) {
            l[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                double sum = r[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("correlation matrix is not positive definite: pivot " + i
                                + " = " + sum + " (the first " + (i + 1) + " variables are linearly dependent"
                                + " or the correlations are inconsistent)");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    /**
     * Returns the smallest pivot {@code L_ii^2} of the factorisation: a cheap measure of how far the matrix is from
     * singular (it is at most 1; the smallest eigenvalue is at most this value).
     *
     * @return the smallest squared diagonal entry of {@code L}
     */
    public double smallestPivot() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lower.length; i++) {
            min = Math.min(min, lower[i][i] * lower[i][i]);
        }
        return min;
    }
}
