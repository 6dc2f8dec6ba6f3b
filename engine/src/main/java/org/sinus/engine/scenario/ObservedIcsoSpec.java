package org.sinus.engine.scenario;

/**
 * Pressure-observed intermittent coronary sinus occlusion (pICSO; seed 000): PICSO's occlusion and plateau, but the
 * balloon is deflated by an operator after a reaction delay drawn per occlusion (log-normal with the given mean and
 * SD). In the file: {@code device: observed-icso} with an optional {@code observed-icso:} block holding the
 * {@code picso:} block's keys (same meaning, same defaults) and the three keys below.
 *
 * @param console the plateau criterion, safety limits, release time and therapy duration, as for PICSO
 * @param reactionMeanS mean reaction delay from plateau to deflation, s, in [0, 60]; default 3 (assumption)
 * @param reactionSdS its standard deviation, s, in [0, 60], 0 with a mean of 0; default 1.5 (assumption)
 * @param operatorSeed seed of the operator's delays (any integer); default 1
 */
public record ObservedIcsoSpec(PicsoSpec console, double reactionMeanS, double reactionSdS, long operatorSeed)
        implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "observed-icso";

    private static final double HI = 60;

    public ObservedIcsoSpec {
        Specs.required("console", console, "the PICSO keys");
        Specs.range("reaction-mean-s", reactionMeanS, 0, false, HI);
        Specs.range("reaction-sd-s", reactionSdS, 0, false, HI);
        if (reactionMeanS == 0 && reactionSdS != 0) {
            throw new SpecException("reaction-sd-s", Specs.number(reactionSdS), "0 when reaction-mean-s is 0");
        }
    }

    /** What a key of the {@code observed-icso:} block allows. */
    static String allowed(String key) {
        return switch (key) {
            case "reaction-mean-s", "reaction-sd-s" -> Specs.rangeText(0, false, HI);
            case "operator-seed" -> "an integer";
            default -> PicsoSpec.allowed(key);
        };
    }

    /**
     * PICSO's defaults, and an operator reacting in 3 +/- 1.5 s.
     *
     * @return the defaults
     */
    public static ObservedIcsoSpec defaults() {
        return new ObservedIcsoSpec(PicsoSpec.defaults(), 3, 1.5, 1);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
