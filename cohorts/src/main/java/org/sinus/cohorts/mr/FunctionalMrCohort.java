package org.sinus.cohorts.mr;

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
 * Functional mitral regurgitation, as in the coronary sinus annuloplasty studies ({@code docs/cohort-functional-mr.md}):
 * patients drawn by {@link MrCohortSampler} (covariates of {@link MrCovariates}, the criteria, the kernel mapping of
 * {@link MrKernelMapping}), with the outcome models of {@link MrOutcomes}.
 *
 * <p>Immutable and thread-safe. Serialisable by name (rebuilt with {@link Cohorts#of(String)}).
 */
public final class FunctionalMrCohort implements Cohort, Serializable {
    /** The name in scenario files. */
    public static final String NAME = "functional-mr";

    private static final long serialVersionUID = 1L;
    private static final OutcomeModel OUTCOMES = new MrOutcomes();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Covariate> covariates() {
        return MrCovariates.COVARIATES;
    }

    @Override
    public VirtualPatient sample(RandomStreams streams, long patientId) {
        return MrCohortSampler.sample(streams, patientId).patient();
    }

    @Override
    public OutcomeModel outcomes() {
        return OUTCOMES;
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Cohorts.ByName(NAME);
    }
}
