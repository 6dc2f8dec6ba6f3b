package org.sinus.cohorts.cto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sinus.cohorts.GaussianCopula;

/** The feature table is complete and consistent. */
class CtoCovariatesTest {

    @Test
    void everyLatentHasADescribedFeature() {
        assertEquals(CtoCovariates.COUNT, CtoCovariates.COVARIATES.size());
        assertEquals("calcification", CtoCovariates.COVARIATES.get(CtoCovariates.CALCIFICATION).name());
        assertEquals("multipleOcclusions", CtoCovariates.COVARIATES.get(CtoCovariates.MULTIPLE_OCCLUSIONS).name());
    }

    @Test
    void correlationMatrixIsPositiveDefinite() {
        final GaussianCopula copula = GaussianCopula.of(CtoCovariates.correlationMatrix());
        assertEquals(CtoCovariates.COUNT, copula.dimension());
        assertTrue(copula.smallestPivot() > 0.2, "smallest pivot " + copula.smallestPivot());
    }

    @Test
    void ordinalCategoriesFollowTheirCutPoints() {
        final CtoCovariates.Ordinal thirds = CtoCovariates.Ordinal.of(0.5, 0.25, 0.25);
        assertEquals(0, thirds.category(-0.001));
        assertEquals(1, thirds.category(0));
        assertEquals(1, thirds.category(0.674));
        assertEquals(2, thirds.category(0.675));
        assertEquals(3, thirds.size());
        assertTrue(CtoCovariates.Ordinal.indicator(0.5).present(0));
    }

    @Test
    void ordinalRejectsBadProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> CtoCovariates.Ordinal.of(0.5, 0.6));
        assertThrows(IllegalArgumentException.class, () -> CtoCovariates.Ordinal.of(1.0));
        assertThrows(IllegalArgumentException.class, () -> CtoCovariates.Ordinal.indicator(0));
        assertThrows(IllegalArgumentException.class, () -> CtoCovariates.Ordinal.of(0.5, Double.NaN, 0.5));
    }
}
