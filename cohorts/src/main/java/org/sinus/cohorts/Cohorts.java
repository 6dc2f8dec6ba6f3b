package org.sinus.cohorts;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import org.sinus.cohorts.angina.RefractoryAnginaCohort;
import org.sinus.cohorts.cto.CtoPciCohort;
import org.sinus.cohorts.mr.FunctionalMrCohort;
import org.sinus.cohorts.shock.CardiogenicShockCohort;
import org.sinus.cohorts.shock.ShockPopulation;
import org.sinus.cohorts.stemi.AnteriorStemiCohort;

/** The cohorts a scenario can name. */
public final class Cohorts {
    /** Known names, in the order they are listed in error messages. */
    private static final List<String> NAMES = List.of(AnteriorStemiCohort.NAME, FunctionalMrCohort.NAME,
            RefractoryAnginaCohort.NAME, CtoPciCohort.NAME, CtoPciCohort.CALCIFIED_NAME,
            CtoPciCohort.HIGH_RISK_NAME, CardiogenicShockCohort.NAME, CardiogenicShockCohort.ECLS_NAME);
    private static final Cohort ANTERIOR_STEMI = new AnteriorStemiCohort();
    private static final Cohort FUNCTIONAL_MR = new FunctionalMrCohort();
    private static final Cohort REFRACTORY_ANGINA = new RefractoryAnginaCohort();
    private static final Cohort CTO_PCI = CtoPciCohort.of(CtoPciCohort.NAME);
    private static final Cohort CALCIFIED_CTO_PCI = CtoPciCohort.of(CtoPciCohort.CALCIFIED_NAME);
    private static final Cohort HIGH_RISK_PCI = CtoPciCohort.of(CtoPciCohort.HIGH_RISK_NAME);
    private static final Cohort CARDIOGENIC_SHOCK = new CardiogenicShockCohort(ShockPopulation.IABP_SHOCK_II);
    private static final Cohort CARDIOGENIC_SHOCK_ECLS = new CardiogenicShockCohort(ShockPopulation.ECLS_SHOCK);

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
        if (CardiogenicShockCohort.NAME.equals(name)) {
            return CARDIOGENIC_SHOCK;
        }
        if (CardiogenicShockCohort.ECLS_NAME.equals(name)) {
            return CARDIOGENIC_SHOCK_ECLS;
        }
        if (RefractoryAnginaCohort.NAME.equals(name)) {
            return REFRACTORY_ANGINA;
        }
        if (CtoPciCohort.NAME.equals(name)) {
            return CTO_PCI;
        }
        if (CtoPciCohort.CALCIFIED_NAME.equals(name)) {
            return CALCIFIED_CTO_PCI;
        }
        if (CtoPciCohort.HIGH_RISK_NAME.equals(name)) {
            return HIGH_RISK_PCI;
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
