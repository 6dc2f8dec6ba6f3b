package org.sinus.engine.physiology;

import java.util.Locale;

/**
 * Which code evaluates {@link CardiovascularModel#derivatives}: the scalar reference or its Vector API twin
 * ({@code VectorDerivatives}, STYLE.md principle 6). Chosen once, when a model is built.
 *
 * <p>The vector twin needs the incubator module {@code jdk.incubator.vector} ({@code --add-modules
 * jdk.incubator.vector}, which the build's {@code sinus.jvm.flags} carry). Without it the scalar code runs: the
 * vector class is never loaded unless {@link #vectorAvailable()} found the module.
 */
public enum KernelPath {
    /** The scalar loop: the executable specification, and the fallback. */
    SCALAR,
    /**
     * Whole vectors of patients through {@code VectorDerivatives} and {@code VectorBookkeeping}; a kernel pads its
     * batches to whole vectors, so every patient is computed by the vector code wherever it sits in its batch.
     */
    VECTOR;

    /** System property choosing the path: {@code scalar} or {@code vector}; unset means {@link #DEFAULT}. */
    public static final String PROPERTY = "sinus.kernel";
    /** The path when {@link #PROPERTY} is unset (see docs/model.md, "Vector kernel and speed"). */
    public static final KernelPath DEFAULT = VECTOR;

    private static final String MODULE = "jdk.incubator.vector";
    private static final boolean VECTOR_AVAILABLE = probe();

    /** Whether the vector twin can run in this JVM: the incubator module is resolved and vectors hold two lanes. */
    public static boolean vectorAvailable() {
        return VECTOR_AVAILABLE;
    }

    /**
     * The path {@link #PROPERTY} asks for (or {@link #DEFAULT}), falling back to {@link #SCALAR} when the vector twin
     * cannot run.
     *
     * @throws IllegalArgumentException if the property names no path
     */
    public static KernelPath configured() {
        String value = System.getProperty(PROPERTY);
        KernelPath wanted = DEFAULT;
        if (value != null && !value.isBlank()) {
            try {
                wanted = valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("system property " + PROPERTY + " is '" + value
                        + "'; allowed: scalar, vector", e);
            }
        }
        return wanted.effective();
    }

    /** This path if it can run here, else {@link #SCALAR}. */
    public KernelPath effective() {
        return this == VECTOR && !VECTOR_AVAILABLE ? SCALAR : this;
    }

    private static boolean probe() {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            return false;
        }
        try {
            return VectorDerivatives.lanes() >= 2;
        } catch (LinkageError e) {
            return false; // a JVM whose incubator module does not link: the scalar code is the fallback
        }
    }
}
