package org.sinus.engine.physiology;

/**
 * Fixed-step explicit Runge-Kutta integration of an {@link OdeSystem} over a batch of patients. A mutable workspace
 * owned by one thread: it holds the stage arrays, sized once, so a step allocates nothing.
 */
public final class ExplicitRungeKutta {
    private final double[][] a;
    private final double[] b;
    private final double[] c;
    private final double[][][] k;
    private final double[][] stage;

    /**
     * @param tableau the method
     * @param dimension state variables per patient
     * @param capacity patients per batch
     */
    public ExplicitRungeKutta(ButcherTableau tableau, int dimension, int capacity) {
        this.a = tableau.a();
        this.b = tableau.b();
        this.c = tableau.c();
        this.k = new double[tableau.stages()][dimension][capacity];
        this.stage = new double[dimension][capacity];
    }

    /**
     * Advances {@code y} by one step of {@code dtS} for patients {@code [from, to)}; modifies {@code y} in place.
     *
     * @param system the equations
     * @param timeS time at the start of the step, s
     * @param dtS step, s
     * @param y state, {@code y[s][i]}
     * @param from first patient
     * @param to one past the last patient
     */
    public void step(OdeSystem system, double timeS, double dtS, double[][] y, int from, int to) {
        int dim = y.length;
        for (int s = 0; s < b.length; s++) {
            double[][] input = y;
            if (s > 0) {
                input = stage;
                for (int v = 0; v < dim; v++) {
                    double[] out = stage[v];
                    double[] y0 = y[v];
                    System.arraycopy(y0, from, out, from, to - from);
                    for (int j = 0; j < s; j++) {
                        double w = a[s][j] * dtS;
                        if (w == 0) {
                            continue;
                        }
                        double[] kj = k[j][v];
                        for (int i = from; i < to; i++) {
                            out[i] += w * kj[i];
                        }
                    }
                }
            }
            system.derivatives(timeS + c[s] * dtS, input, k[s], from, to);
        }
        for (int v = 0; v < dim; v++) {
            double[] yv = y[v];
            for (int s = 0; s < b.length; s++) {
                double w = b[s] * dtS;
                double[] ks = k[s][v];
                for (int i = from; i < to; i++) {
                    yv[i] += w * ks[i];
                }
            }
        }
    }
}
