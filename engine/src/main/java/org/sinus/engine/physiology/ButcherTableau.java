package org.sinus.engine.physiology;

/**
 * Coefficients of an explicit Runge-Kutta method as data (Butcher, Numerical Methods for Ordinary Differential
 * Equations, 2016). {@code a} is strictly lower triangular, given row by row. Immutable: arrays are copied in and
 * out.
 *
 * @param a stage coefficients, {@code a[s]} has length {@code s}
 * @param b weights, summing to 1
 * @param c nodes, {@code c[0] = 0}
 * @param order the method's order of accuracy
 */
public record ButcherTableau(double[][] a, double[] b, double[] c, int order) {

    /** The classical fourth-order method (Kutta 1901). */
    public static final ButcherTableau RK4 = new ButcherTableau(
            new double[][] {{}, {0.5}, {0, 0.5}, {0, 0, 1}},
            new double[] {1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6},
            new double[] {0, 0.5, 0.5, 1}, 4);

    public ButcherTableau {
        a = deepCopy(a);
        b = b.clone();
        c = c.clone();
        int stages = b.length;
        if (a.length != stages || c.length != stages || stages == 0) {
            throw new IllegalArgumentException("Butcher tableau: a, b and c must have the same number of stages");
        }
        double sum = 0;
        for (int s = 0; s < stages; s++) {
            if (a[s].length != s) {
                throw new IllegalArgumentException("Butcher tableau: row " + s + " of a must have " + s + " entries");
            }
            sum += b[s];
        }
        if (Math.abs(sum - 1) > 1e-12) {
            throw new IllegalArgumentException("Butcher tableau: weights b sum to " + sum + ", not 1");
        }
    }

    @Override
    public double[][] a() {
        return deepCopy(a);
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    @Override
    public double[] c() {
        return c.clone();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int s = 0; s < rows.length; s++) {
            copy[s] = rows[s].clone();
        }
        return copy;
    }

    /** Number of stages. */
    public int stages() {
        return b.length;
    }
}
