package org.sinus.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GaussianCopulaTest {

    @Test
    void choleskyOfATwoByTwoMatrixIsTheTextbookFactor() {
        final double[][] l = GaussianCopula.cholesky(new double[][] {{1, 0.5}, {0.5, 1}});
        assertEquals(1, l[0][0], 0);
        assertEquals(0.5, l[1][0], 1e-15);
        assertEquals(Math.sqrt(0.75), l[1][1], 1e-15);
    }

    @Test
    void factorReproducesTheMatrix() {
        final double[][] r = {{1, 0.3, -0.2, 0.1}, {0.3, 1, 0.4, 0}, {-0.2, 0.4, 1, -0.5}, {0.1, 0, -0.5, 1}};
        final double[][] l = GaussianCopula.cholesky(r);
        double worst = 0;
        for (int i = 0; i < r.length; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k <= j; k++) {
                    sum += l[i][k] * l[j][k];
                }
                worst = Math.max(worst, Math.abs(sum - r[i][j]));
            }
        }
        assertTrue(worst < 1e-14, "worst |L L^T - R| = " + worst);
    }

    @Test
    void rejectsAnInconsistentCorrelationMatrix() {
        // x ~ y and x ~ z strongly positive, y ~ z strongly negative: impossible together.
        final double[][] r = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GaussianCopula.of(r));
        assertTrue(e.getMessage().contains("not positive definite"), e.getMessage());
    }

    @Test
    void rejectsAnAsymmetricMatrixNamingTheEntry() {
        final double[][] r = {{1, 0.2}, {0.3, 1}};
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GaussianCopula.of(r));
        assertTrue(e.getMessage().contains("correlation[1][0] = 0.3"), e.getMessage());
    }

    @Test
    void rejectsADiagonalOtherThanOne() {
        final double[][] r = {{1, 0}, {0, 2}};
        assertThrows(IllegalArgumentException.class, () -> GaussianCopula.of(r));
    }
}
