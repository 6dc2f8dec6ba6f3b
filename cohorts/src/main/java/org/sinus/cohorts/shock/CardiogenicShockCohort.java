package org.sinus.cohorts.shock;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.List;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.OutcomeModel;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.engine.random.RandomStreams;

/**
 * Acute myocardial infarction complicated by cardiogenic shock with early revascularisation
 * ({@code docs/cohort-cardiogenic-shock.md}), in two trial populations: {@value #NAME} as IABP-SHOCK II
 * (targets.md#C33) and {@value #ECLS_NAME} as ECLS-SHOCK (targets.md#C34). Patients are drawn by
 * {@link ShockCohortSampler}; the outcome models are {@link ShockOutcomes} with the fitted parameters of
 * {@link ShockOutcomeParameters#defaults()}.
 *
 * <p>Immutable and thread-safe. Serialisable by name (rebuilt with {@link Cohorts#of(String)}).
 */
public final class CardiogenicShockCohort implements Cohort, Serializable {
    /** The name in scenario files of the IABP-SHOCK II population. */
    public static final String NAME = "cardiogenic-shock";
    /** The name in scenario files of the ECLS-SHOCK population. */
    public static final String ECLS_NAME = "cardiogenic-shock-ecls";

    private static final long serialVersionUID = 1L;
    private static final OutcomeModel OUTCOMES = new ShockOutcomes(ShockOutcomeParameters.defaults());

    private final ShockPopulation population;

    /** @param population the trial population */
    public CardiogenicShockCohort(ShockPopulation population) {
        if (population == null) {
            throw new IllegalArgumentException("population is required; allowed: one of iabp-shock-ii, ecls-shock");
        }
        this.population = population;
    }

    /** @return the trial population */
    public ShockPopulation population() {
        return population;
    }

    @Override
    public String name() {
        return population == ShockPopulation.ECLS_SHOCK ? ECLS_NAME : NAME;
    }

    @Override
    public List<Covariate> covariates() {
        return ShockCovariates.COVARIATES;
    }

    @Override
    public VirtualPatient sample(RandomStreams streams, long patientId) {
        return ShockCohortSampler.sample(population, streams, patientId).patient();
    }

    @Override
    public OutcomeModel outcomes() {
        return OUTCOMES;
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Cohorts.ByName(name());
    }

    @Override
    public String toString() {
        return "Cohort[" + name() + "]";
    }
}
