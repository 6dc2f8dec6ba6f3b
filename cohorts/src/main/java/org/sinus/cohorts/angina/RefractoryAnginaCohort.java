package org.sinus.cohorts.angina;

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
 * Refractory angina, as in COSIRA ({@code docs/cohort-refractory-angina.md}): patients drawn by
 * {@link AnginaCohortSampler} (covariates of {@link AnginaCovariates}, the criteria, the resting mapping of
 * {@link AnginaKernelMapping}), seen by the kernel at ordinary effort ({@link AnginaStressState}), with the outcome
 * model {@link AnginaOutcomes} and the parameters in force ({@link AnginaOutcomeParameters#defaults()}).
 *
 * <p>The patient's {@code parameters()} are the stress-state ones; its {@code clampedParameterCount} counts the resting
 * mapping's clamps and the stress state's. The draws are the sampler's: only {@code Purpose.COHORT} of the patient.
 *
 * <p>Immutable and thread-safe. Serialisable by name (rebuilt with {@link Cohorts#of(String)}).
 */
public final class RefractoryAnginaCohort implements Cohort, Serializable {
    /** The name in scenario files. */
    public static final String NAME = AnginaCohortSampler.NAME;

    private static final long serialVersionUID = 1L;
    private static final AnginaCohortSampler SAMPLER = new AnginaCohortSampler();
    private static final OutcomeModel OUTCOMES = new AnginaOutcomes(AnginaOutcomeParameters.defaults());

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Covariate> covariates() {
        return AnginaCovariates.covariates();
    }

    @Override
    public VirtualPatient sample(RandomStreams streams, long patientId) {
        final VirtualPatient rest = SAMPLER.sample(streams, patientId).patient();
        final AnginaStressState.Result stress = AnginaStressState.of(patientId, rest.parameters());
        return new VirtualPatient(patientId, rest.covariates(), stress.parameters(), rest.presentation(),
                rest.clampedParameterCount() + stress.clampCount());
    }

    @Override
    public OutcomeModel outcomes() {
        return OUTCOMES;
    }

    private Object writeReplace() throws ObjectStreamException {
        return new Cohorts.ByName(NAME);
    }
}
