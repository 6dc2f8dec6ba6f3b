package org.sinus.engine.scenario;

/**
 * Veno-arterial extracorporeal membrane oxygenation (VA-ECMO): venous blood drained from the right atrium is
 * oxygenated and returned into the arteries at a set flow. In the file: {@code device: va-ecmo} with an optional
 * {@code va-ecmo:} block. The model is in {@code docs/model.md} (mechanical circulatory support).
 *
 * @param flowLPerMin set pump flow, L/min, in [1, 7]; default 4, the middle of the usual 3 to 5 L/min
 *     (targets.md#C17)
 */
public record VaEcmoSpec(double flowLPerMin) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "va-ecmo";

    private static final double LO = 1;
    private static final double HI = 7;

    public VaEcmoSpec {
        Specs.range("flow-l-per-min", flowLPerMin, LO, false, HI);
    }

    /** What a key of the {@code va-ecmo:} block allows. */
    static String allowed(String key) {
        return Specs.rangeText(LO, false, HI);
    }

    /**
     * 4 L/min.
     *
     * @return the defaults
     */
    public static VaEcmoSpec defaults() {
        return new VaEcmoSpec(4);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
