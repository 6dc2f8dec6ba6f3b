package org.sinus.cohorts;

import java.util.List;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;

/**
 * A setting's outcome models (physiology.md, section 5): turns one patient's presentation and its simulated
 * physiology under every arm into the clinical results of every arm. Every patient has been simulated under every
 * arm (potential outcomes), so the model sees them all at once and can share the patient's random draws between
 * arms (common random numbers). Implementations are immutable and thread-safe.
 */
public interface OutcomeModel {
    /**
     * The columns written per patient and arm, in file order; each endpoint a scenario may name is one of them.
     *
     * @return an unmodifiable list
     */
    List<OutcomeColumn> columns();

    /**
     * Computes patient {@code p}'s outcome columns in every arm.
     *
     * @param p the patient
     * @param control its physiology without any device
     * @param byArm its physiology per arm, in arm order (an arm without device has the control physiology)
     * @param arms the arms
     * @param streams the run's streams; read only the patient's own ({@code p.id()})
     * @param out {@code [arm][column]}, in {@link #columns()} order
     * @throws IllegalArgumentException if the patient's outcome cannot be computed (the run's failure ledger gets it)
     */
    void compute(VirtualPatient p, ArmPhysiology control, ArmPhysiology[] byArm, List<ArmSpec> arms,
            RandomStreams streams, double[][] out);

    /**
     * What every reader of an effect estimate must know while a model is uncalibrated, or empty.
     *
     * @return one sentence
     */
    String caveat();
}
