package org.sinus.engine.physiology;

/**
 * A system of ordinary differential equations over a batch of patients held as structure of arrays: {@code y[s][i]}
 * is state variable {@code s} of patient {@code i}. The model is apart from the solver (STYLE.md principle 1): an
 * {@link ExplicitRungeKutta} steps any {@code OdeSystem}.
 */
public interface OdeSystem {

    /** Number of state variables per patient. */
    int dimension();

    /**
     * Writes {@code dy/dt} for patients {@code [from, to)}. Modifies only {@code dydt}; allocates nothing.
     *
     * @param timeS time, s
     * @param y state, {@code y[s][i]}
     * @param dydt derivative, same layout
     * @param from first patient
     * @param to one past the last patient
     */
    void derivatives(double timeS, double[][] y, double[][] dydt, int from, int to);
}
