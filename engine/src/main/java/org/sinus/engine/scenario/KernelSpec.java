package org.sinus.engine.scenario;

/**
 * The kernel's physics switches a scenario asks for (the {@code kernel} block; docs/scenarios.md). Each is on, off, or
 * unspecified ({@code null}), in which case the run uses the JVM's setting ({@code -Dsinus.recruitment},
 * {@code -Dsinus.baroreflex}) or the default. Results depend on them, and every run records the settings it used.
 *
 * @param collateralRecruitment collaterals recruited by raised coronary sinus pressure (docs/model.md 4.1; on by
 *     default), or null
 * @param baroreflex the arterial baroreflex (docs/model.md 9.6; off by default), or null
 */
public record KernelSpec(Boolean collateralRecruitment, Boolean baroreflex) {
    /** Keys of the block, in the order documented. */
    static final String[] KEYS = {"collateral-recruitment", "baroreflex"};

    /** @return a spec that leaves both switches to the JVM's settings and the defaults */
    public static KernelSpec unspecified() {
        return new KernelSpec(null, null);
    }
}
