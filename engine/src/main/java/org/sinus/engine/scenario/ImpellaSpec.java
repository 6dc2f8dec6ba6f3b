package org.sinus.engine.scenario;

import java.util.List;

/**
 * Impella: a micro-axial pump from the LV to the aorta. In the file: {@code device: impella} with an optional
 * {@code impella:} block: {@code model} ({@code 2.5}, {@code cp}, {@code 5.0}, {@code 5.5}) and either
 * {@code performance-level} (P-1 to P-9) or {@code speed-fraction} (of the model's top speed), not both. The
 * pressure-head / flow curves and the level-to-speed table are in {@code docs/model.md} (mechanical circulatory
 * support).
 *
 * @param model the pump model; default {@code cp}
 * @param speedFraction speed as a fraction of the top speed (P-9), in (0, 1]; default that of P-8, the highest level
 *     for continuous use (Automated Impella Controller instructions for use)
 */
public record ImpellaSpec(String model, double speedFraction) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "impella";
    /** The pump models, as written in files. */
    public static final List<String> MODELS = List.of("2.5", "cp", "5.0", "5.5");
    /** What the {@code model} key allows. */
    static final String MODEL_ALLOWED = "one of 2.5, cp, 5.0, 5.5";
    /** What the {@code performance-level} key allows. */
    static final String LEVEL_ALLOWED = Specs.integerRangeText(1, 9) + " (P-1 to P-9)";
    /**
     * Speeds of P-1 to P-9, rpm, of the Impella 2.5 and CP (Automated Impella Controller instructions for use); the
     * 5.0 and 5.5 use the same fractions of their top speed (assumption, {@code docs/model.md}).
     */
    private static final double[] LEVEL_RPM = {25_000, 35_000, 38_000, 40_000, 43_000, 45_000, 47_000, 50_000, 51_000};

    public ImpellaSpec {
        Specs.required("model", model, MODEL_ALLOWED);
        if (!MODELS.contains(model)) {
            throw new SpecException("model", model, MODEL_ALLOWED);
        }
        Specs.range("speed-fraction", speedFraction, 0, true, 1);
    }

    /** The speed fraction of performance level P-{@code level}, 1 to 9: its speed over P-9's. */
    public static double speedFractionOfLevel(long level) {
        Specs.range("performance-level", level, 1, LEVEL_RPM.length);
        return LEVEL_RPM[(int) level - 1] / LEVEL_RPM[LEVEL_RPM.length - 1];
    }

    /** What a key of the {@code impella:} block allows. */
    static String allowed(String key) {
        return switch (key) {
            case "model" -> MODEL_ALLOWED;
            case "performance-level" -> LEVEL_ALLOWED;
            default -> Specs.rangeText(0, true, 1);
        };
    }

    /**
     * Impella CP at P-8.
     *
     * @return the defaults
     */
    public static ImpellaSpec defaults() {
        return new ImpellaSpec("cp", speedFractionOfLevel(8));
    }

    @Override
    public String kind() {
        return KIND;
    }
}
