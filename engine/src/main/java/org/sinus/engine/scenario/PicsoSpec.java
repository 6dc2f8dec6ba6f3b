package org.sinus.engine.scenario;

/**
 * Pressure-controlled intermittent coronary sinus occlusion (PICSO): a balloon in the coronary sinus is inflated
 * until the coronary sinus pressure (CSP) reaches a plateau, then deflated, cyclically, for the therapy duration.
 * In the file: {@code device: picso} with an optional {@code picso:} block; absent keys take the
 * {@linkplain #defaults() defaults}.
 *
 * <p>One cycle: inflate; after {@code minOcclusionS}, deflate as soon as the systolic CSP rises by less than
 * {@code plateauRiseMmHgPerBeat} from one beat to the next (plateau), or at {@code maxOcclusionS}, or at once when CSP
 * exceeds {@code safetyMaxMmHg}; stay deflated for {@code releaseS}. The cycle model and the sources of the defaults
 * are in {@code docs/model.md} (devices).
 *
 * @param plateauRiseMmHgPerBeat plateau criterion, mmHg per beat, in (0, 20]; default 1
 * @param minOcclusionS shortest occlusion, s, in [1, 60]; default 3
 * @param maxOcclusionS longest occlusion, s, in [minOcclusionS, 120]; default 20
 * @param releaseS deflated time between occlusions, s, in [0.5, 60]; default 3
 * @param safetyMaxMmHg CSP at which the balloon is deflated at once, mmHg, in [20, 200]; default 90
 * @param therapyMin therapy duration after reperfusion, min, in (0, 600]; default 90
 */
public record PicsoSpec(double plateauRiseMmHgPerBeat, double minOcclusionS, double maxOcclusionS, double releaseS,
        double safetyMaxMmHg, double therapyMin) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "picso";

    private static final double MAX_RISE = 20;
    private static final double MIN_OCCLUSION_LO = 1;
    private static final double MIN_OCCLUSION_HI = 60;
    private static final double MAX_OCCLUSION_HI = 120;
    private static final double RELEASE_LO = 0.5;
    private static final double RELEASE_HI = 60;
    private static final double SAFETY_LO = 20;
    private static final double SAFETY_HI = 200;
    private static final double THERAPY_HI = 600;

    public PicsoSpec {
        Specs.range("plateau-rise-mmhg-per-beat", plateauRiseMmHgPerBeat, 0, true, MAX_RISE);
        Specs.range("min-occlusion-s", minOcclusionS, MIN_OCCLUSION_LO, false, MIN_OCCLUSION_HI);
        if (!(maxOcclusionS >= minOcclusionS && maxOcclusionS <= MAX_OCCLUSION_HI)) {
            throw new SpecException("max-occlusion-s", Specs.number(maxOcclusionS),
                "a number in [min-occlusion-s = " + Specs.number(minOcclusionS) + ", "
                    + Specs.number(MAX_OCCLUSION_HI) + "]");
        }
        Specs.range("release-s", releaseS, RELEASE_LO, false, RELEASE_HI);
        Specs.range("safety-max-mmhg", safetyMaxMmHg, SAFETY_LO, false, SAFETY_HI);
        Specs.range("therapy-min", therapyMin, 0, true, THERAPY_HI);
    }

    /**
     * What a key of the {@code picso:} block allows, for messages about values that are not numbers at all.
     *
     * @param key a key of the block
     * @return e.g. {@code a number in [0.5, 60]}
     */
    static String allowed(String key) {
        return switch (key) {
            case "plateau-rise-mmhg-per-beat" -> Specs.rangeText(0, true, MAX_RISE);
            case "min-occlusion-s" -> Specs.rangeText(MIN_OCCLUSION_LO, false, MIN_OCCLUSION_HI);
            case "max-occlusion-s" -> "a number in [min-occlusion-s, " + Specs.number(MAX_OCCLUSION_HI) + "]";
            case "release-s" -> Specs.rangeText(RELEASE_LO, false, RELEASE_HI);
            case "safety-max-mmhg" -> Specs.rangeText(SAFETY_LO, false, SAFETY_HI);
            case "therapy-min" -> Specs.rangeText(0, true, THERAPY_HI);
            default -> "a number";
        };
    }

    /**
     * The default PICSO settings: plateau 1 mmHg/beat, occlusion 3 to 20 s, release 3 s, safety limit 90 mmHg,
     * 90 min of therapy.
     *
     * @return the defaults
     */
    public static PicsoSpec defaults() {
        return new PicsoSpec(1.0, 3, 20, 3, 90, 90);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
