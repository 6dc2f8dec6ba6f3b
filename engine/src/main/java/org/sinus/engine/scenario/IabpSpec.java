package org.sinus.engine.scenario;

/**
 * Intra-aortic balloon counterpulsation: a balloon in the descending aorta inflates at aortic valve closure and
 * deflates just before ejection, in every first, second or third beat. In the file: {@code device: iabp} with an
 * optional {@code iabp:} block; the ratio is written {@code "1:1"}, {@code "1:2"} or {@code "1:3"}. The model and its
 * timing are in {@code docs/model.md} (mechanical circulatory support).
 *
 * @param balloonVolumeMl balloon volume, ml, in [30, 50]; default 40
 * @param ratio assist ratio: every {@code ratio}-th beat is assisted, 1 to 3; default 1 (1:1)
 */
public record IabpSpec(double balloonVolumeMl, int ratio) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "iabp";
    /** What the {@code ratio} key allows. */
    static final String RATIO_ALLOWED = "one of 1:1, 1:2, 1:3";

    private static final double VOLUME_LO = 30;
    private static final double VOLUME_HI = 50;

    public IabpSpec {
        Specs.range("balloon-volume-ml", balloonVolumeMl, VOLUME_LO, false, VOLUME_HI);
        if (ratio < 1 || ratio > 3) {
            throw new SpecException("ratio", "1:" + ratio, RATIO_ALLOWED);
        }
    }

    /** What a key of the {@code iabp:} block allows. */
    static String allowed(String key) {
        return "ratio".equals(key) ? RATIO_ALLOWED : Specs.rangeText(VOLUME_LO, false, VOLUME_HI);
    }

    /** The ratio of its text, {@code 1:N}; 0 when the text is not of that form (the record then rejects it). */
    static int ratioOf(String text) {
        return switch (text.strip()) {
            case "1:1" -> 1;
            case "1:2" -> 2;
            case "1:3" -> 3;
            default -> 0;
        };
    }

    /**
     * 40 ml at 1:1.
     *
     * @return the defaults
     */
    public static IabpSpec defaults() {
        return new IabpSpec(40, 1);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
