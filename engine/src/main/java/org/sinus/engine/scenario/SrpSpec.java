package org.sinus.engine.scenario;

/**
 * Diastole-synchronised retroperfusion (SRP; seed 000): in diastole the sinus balloon is up and arterial blood is
 * pumped into the sinus; in systole the pump stops and the balloon is down. In the file: {@code device: srp} with an
 * optional {@code srp:} block.
 *
 * @param flowMlPerMin mean retroperfusion flow, ml/min, in (0, 500]; default 150 (assumption: middle of the 50 to
 *     250 ml/min of SRP consoles)
 */
public record SrpSpec(double flowMlPerMin) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "srp";

    private static final double HI = 500;

    public SrpSpec {
        Specs.range("flow-ml-per-min", flowMlPerMin, 0, true, HI);
    }

    /** What a key of the {@code srp:} block allows. */
    static String allowed(String key) {
        return Specs.rangeText(0, true, HI);
    }

    /**
     * 150 ml/min.
     *
     * @return the defaults
     */
    public static SrpSpec defaults() {
        return new SrpSpec(150);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
