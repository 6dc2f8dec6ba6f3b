package org.sinus.engine.scenario;

/**
 * Retroinfusion: an infusate (drug, cardioplegia) delivered into the coronary sinus, with or without the sinus
 * balloon up, for a set time. In the file: {@code device: retroinfusion} with an optional {@code retroinfusion:}
 * block. The model is in {@code docs/model.md} (coronary sinus devices).
 *
 * @param flowMlPerMin infusion flow, ml/min, in (0, 300]; default 30
 * @param infusionS infusion time, s, in [5, 600]; default 30
 * @param balloon whether the sinus balloon is up during the infusion; default true
 */
public record RetroinfusionSpec(double flowMlPerMin, double infusionS, boolean balloon) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "retroinfusion";

    private static final double FLOW_HI = 300;
    private static final double INFUSION_LO = 5;
    private static final double INFUSION_HI = 600;

    public RetroinfusionSpec {
        Specs.range("flow-ml-per-min", flowMlPerMin, 0, true, FLOW_HI);
        Specs.range("infusion-s", infusionS, INFUSION_LO, false, INFUSION_HI);
    }

    /** What a key of the {@code retroinfusion:} block allows. */
    static String allowed(String key) {
        return switch (key) {
            case "flow-ml-per-min" -> Specs.rangeText(0, true, FLOW_HI);
            case "infusion-s" -> Specs.rangeText(INFUSION_LO, false, INFUSION_HI);
            default -> "true or false";
        };
    }

    /**
     * 30 ml/min for 30 s, balloon up.
     *
     * @return the defaults
     */
    public static RetroinfusionSpec defaults() {
        return new RetroinfusionSpec(30, 30, true);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
