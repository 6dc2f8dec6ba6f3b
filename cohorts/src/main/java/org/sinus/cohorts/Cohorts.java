package org.sinus.cohorts;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import org.sinus.cohorts.mr.FunctionalMrCohort;
import org.sinus.cohorts.stemi.AnteriorStemiCohort;

/** The cohorts a scenario can name. */
public final class Cohorts {
    /** Known names, in the order they are listed in error messages. */
    private static final List<String> NAMES = List.of(AnteriorStemiCohort.NAME, FunctionalMrCohort.NAME);
    private static final Cohort ANTERIOR_STEMI = new AnteriorStemiCohort();
    private static final Cohort FUNCTIONAL_MR = new FunctionalMrCohort();

    private Cohorts() {
    }

    /**
     * Returns the cohort with this name.
     *
     * @param name the name as written in a scenario file, for example {@code "anterior-stemi"}
     * @return the cohort, shared and immutable
     * @throws IllegalArgumentException if no cohort has this name; the message lists the known names
     */
    public static Cohort of(String name) {
        if (AnteriorStemiCohort.NAME.equals(name)) {
            return ANTERIOR_STEMI;
        }
        if (FunctionalMrCohort.NAME.equals(name)) {
            return FUNCTIONAL_MR;
        }
        throw new IllegalArgumentException("unknown cohort '" + name + "'; known cohorts: " + String.join(", ", NAMES));
    }

    /**
     * Returns the names of all known cohorts.
     *
     * @return an unmodifiable list
     */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Serialised form of a cohort: its name, resolved with {@link #of(String)} on reading.
     *
     * @param name the cohort's name
     */
    public record ByName(String name) implements Serializable {
        /**
         * Resolves to the named cohort.
         *
         * @return the cohort
         * @throws ObjectStreamException never
         */
        private Object readResolve() throws ObjectStreamException {
            return of(name);
        }
    }
}
