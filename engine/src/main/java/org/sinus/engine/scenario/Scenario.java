package org.sinus.engine.scenario;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated scenario: which patients, which arms, what to measure, where to write. Immutable; read from a file with
 * {@link ScenarioParser}, format in {@code docs/scenarios.md}.
 *
 * @param name a one-line title, 1 to 120 characters
 * @param description free text, may be empty, at most 10 000 characters
 * @param seed the run seed; any 64-bit integer; together with the code version it fixes every result
 * @param cohort the patients
 * @param arms at least 2 arms with distinct names; the first is the reference arm (control) for comparisons
 * @param endpoints at least one endpoint, no repeats
 * @param trial simulated trials of a given size drawn from the virtual population, or null for none
 * @param output where results go
 * @param run execution settings (do not affect results)
 * @param dashboard the live dashboard
 * @param kernel the kernel's physics switches the scenario sets (results depend on them)
 */
public record Scenario(String name, String description, long seed, CohortSpec cohort, List<ArmSpec> arms,
        List<Endpoint> endpoints, TrialDesignSpec trial, OutputSpec output, RunSpec run, DashboardSpec dashboard,
        KernelSpec kernel) {
    static final String NAME_ALLOWED = "one line of text, 1 to 120 characters";
    static final int MAX_DESCRIPTION = 10_000;

    public Scenario {
        Specs.line("name", name, 120, NAME_ALLOWED);
        Specs.required("description", description, "text");
        if (description.length() > MAX_DESCRIPTION) {
            throw new SpecException("description", description.substring(0, 40) + "...",
                "text of at most " + MAX_DESCRIPTION + " characters");
        }
        Specs.required("cohort", cohort, "a cohort block");
        arms = List.copyOf(Specs.required("arms", arms, "a list of at least 2 arms"));
        if (arms.size() < 2) {
            throw new SpecException("arms", arms.size() + (arms.size() == 1 ? " arm" : " arms"),
                "a list of at least 2 arms (the first is the reference arm)");
        }
        checkUniqueNames(arms);
        endpoints = List.copyOf(Specs.required("endpoints", endpoints, "a list of endpoints"));
        if (endpoints.isEmpty()) {
            throw new SpecException("endpoints", "[]", "a list of at least one endpoint, each " + Endpoint.allowed());
        }
        final Set<Endpoint> seen = new HashSet<>();
        for (int i = 0; i < endpoints.size(); i++) {
            if (!seen.add(endpoints.get(i))) {
                throw new SpecException("endpoints[" + i + "]", endpoints.get(i).key(), "each endpoint once");
            }
        }
        Specs.required("output", output, "an output block");
        Specs.required("run", run, "a run block");
        Specs.required("dashboard", dashboard, "a dashboard block");
        Specs.required("kernel", kernel, "a kernel block");
    }

    private static void checkUniqueNames(List<ArmSpec> arms) {
        final Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < arms.size(); i++) {
            final Integer before = first.putIfAbsent(arms.get(i).name(), i);
            if (before != null) {
                throw new SpecException("arms[" + i + "].name", arms.get(i).name(),
                    "a name not used by another arm (arms[" + before + "] has it)");
            }
        }
    }

    /** A scenario that leaves the kernel's physics switches to the JVM's settings and the defaults. */
    public Scenario(String name, String description, long seed, CohortSpec cohort, List<ArmSpec> arms,
            List<Endpoint> endpoints, TrialDesignSpec trial, OutputSpec output, RunSpec run, DashboardSpec dashboard) {
        this(name, description, seed, cohort, arms, endpoints, trial, output, run, dashboard, KernelSpec.unspecified());
    }

    /** A scenario without simulated trials. */
    public Scenario(String name, String description, long seed, CohortSpec cohort, List<ArmSpec> arms,
            List<Endpoint> endpoints, OutputSpec output, RunSpec run, DashboardSpec dashboard) {
        this(name, description, seed, cohort, arms, endpoints, null, output, run, dashboard);
    }

    /** @return the first arm, against which the other arms are compared */
    public ArmSpec referenceArm() {
        return arms.get(0);
    }
}
