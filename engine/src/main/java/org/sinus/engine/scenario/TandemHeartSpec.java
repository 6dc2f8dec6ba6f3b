package org.sinus.engine.scenario;

/**
 * TandemHeart: a centrifugal pump draining the left atrium (transseptal cannula) into a femoral artery. In the file:
 * {@code device: tandemheart} with an optional {@code tandemheart:} block. The pump's head / flow curve and its speed
 * scaling are in {@code docs/model.md} (mechanical circulatory support).
 *
 * @param rpm pump speed, rpm, in [3000, 7500] (the console's range); default 7500, the top speed, at which the
 *     manufacturer's "up to 4 to 5 L/min" applies (targets.md#C17)
 */
public record TandemHeartSpec(double rpm) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "tandemheart";
    /** Lowest console speed, rpm. */
    public static final double MIN_RPM = 3000;
    /** Top console speed, rpm. */
    public static final double MAX_RPM = 7500;

    public TandemHeartSpec {
        Specs.range("rpm", rpm, MIN_RPM, false, MAX_RPM);
    }

    /** What a key of the {@code tandemheart:} block allows. */
    static String allowed(String key) {
        return Specs.rangeText(MIN_RPM, false, MAX_RPM);
    }

    /**
     * 7500 rpm.
     *
     * @return the defaults
     */
    public static TandemHeartSpec defaults() {
        return new TandemHeartSpec(MAX_RPM);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
