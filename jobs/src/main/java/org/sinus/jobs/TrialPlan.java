package org.sinus.jobs;

import java.io.Serializable;
import org.sinus.cohorts.Cohorts;
import org.sinus.engine.scenario.ParsedScenario;
import org.sinus.engine.scenario.Scenario;
import org.sinus.engine.scenario.ScenarioException;
import org.sinus.engine.scenario.ScenarioParser;

/**
 * What a Spark task needs to simulate its patients: the scenario file's bytes and the run seed. Serialisable and
 * small; each task parses the scenario again (a millisecond) instead of shipping the spec records, so the engine's
 * records need not be {@code Serializable}.
 *
 * @param fileName the scenario file name, for messages
 * @param scenarioBytes the scenario file's exact bytes
 * @param seed the run seed (the scenario's, or the one given with {@code --seed})
 * @param physics the kernel's physics switches, resolved on the driver
 */
record TrialPlan(String fileName, byte[] scenarioBytes, long seed, PhysicsSwitches physics) implements Serializable {
    private static final long serialVersionUID = 2L;

    static TrialPlan of(ParsedScenario parsed, long seed, PhysicsSwitches physics) {
        return new TrialPlan(parsed.fileName(), parsed.bytes(), seed, physics);
    }

    /** The scenario, with the run seed. */
    Scenario scenario() {
        try {
            return withSeed(ScenarioParser.load(fileName, scenarioBytes).scenario(), seed);
        } catch (ScenarioException e) {
            throw new IllegalStateException("scenario changed between driver and task: " + e.getMessage(), e);
        }
    }

    PatientSimulation simulation() {
        Scenario s = scenario();
        return new PatientSimulation(seed, Cohorts.of(s.cohort().type().key()), s.arms(), physics);
    }

    static Scenario withSeed(Scenario s, long seed) {
        return new Scenario(s.name(), s.description(), seed, s.cohort(), s.arms(), s.endpoints(), s.trial(), s.output(),
                s.run(), s.dashboard(), s.kernel());
    }
}
