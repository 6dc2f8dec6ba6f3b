package org.sinus.cohorts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class CohortsTest {

    @Test
    void findsTheAnteriorStemiCohort() {
        final Cohort cohort = Cohorts.of("anterior-stemi");
        assertEquals("anterior-stemi", cohort.name());
        assertTrue(cohort.covariates().size() >= 8);
        assertTrue(Cohorts.names().contains("anterior-stemi"));
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cohorts.of("inferior"));
        assertTrue(e.getMessage().contains("'inferior'") && e.getMessage().contains("anterior-stemi"), e.getMessage());
    }

    @Test
    void serialisesByName() throws IOException, ClassNotFoundException {
        final Cohort cohort = Cohorts.of("anterior-stemi");
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cohort);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertSame(cohort, in.readObject());
        }
    }

    @Test
    void covariateNamesAreUnique() {
        final Cohort cohort = Cohorts.of("anterior-stemi");
        assertEquals(cohort.covariates().size(),
                cohort.covariates().stream().map(Covariate::name).distinct().count());
    }
}
