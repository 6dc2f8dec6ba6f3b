package org.sinus.engine.scenario;

/**
 * Intermittent coronary sinus occlusion on a fixed timer (ICSO, the 1977 form; seed 000): the balloon is up for
 * {@code occlusionS}, down for {@code releaseS}, without pressure feedback. In the file: {@code device: icso} with an
 * optional {@code icso:} block; absent keys take the {@linkplain #defaults() defaults} (60 cycles a minute).
 *
 * @param occlusionS balloon up, s, in [0.1, 120]; default 0.5
 * @param releaseS balloon down, s, in [0.1, 120]; default 0.5
 */
public record IcsoSpec(double occlusionS, double releaseS) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "icso";

    private static final double LO = 0.1;
    private static final double HI = 120;

    public IcsoSpec {
        Specs.range("occlusion-s", occlusionS, LO, false, HI);
        Specs.range("release-s", releaseS, LO, false, HI);
    }

    /** What a key of the {@code icso:} block allows. */
    static String allowed(String key) {
        return Specs.rangeText(LO, false, HI);
    }

    /**
     * The 1977 form: 60 cycles a minute, 0.5 s occluded and 0.5 s released.
     *
     * @return the defaults
     */
    public static IcsoSpec defaults() {
        return new IcsoSpec(0.5, 0.5);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
