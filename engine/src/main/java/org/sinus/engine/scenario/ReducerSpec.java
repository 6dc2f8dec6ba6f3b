package org.sinus.engine.scenario;

/**
 * The coronary sinus Reducer (COSIRA; seed 000): an hourglass stent narrowing the sinus, its resistance computed from
 * its geometry and its maturation. In the file: {@code device: reducer} with an optional {@code reducer:} block.
 *
 * @param neckDiameterMm mid-portion (neck), mm, in [1, 6]; default 3 (targets.md#C10)
 * @param edgeDiameterMm edges, sized to the sinus, mm, in [5, 16] and above the neck; default 10 (middle of C10's 7
 *     to 13)
 * @param daysSinceImplant days since implantation, in [0, 3650]; default 180 (COSIRA's 6-month endpoint)
 */
public record ReducerSpec(double neckDiameterMm, double edgeDiameterMm, double daysSinceImplant)
        implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "reducer";

    private static final double NECK_LO = 1;
    private static final double NECK_HI = 6;
    private static final double EDGE_LO = 5;
    private static final double EDGE_HI = 16;
    private static final double DAYS_HI = 3650;

    public ReducerSpec {
        Specs.range("neck-diameter-mm", neckDiameterMm, NECK_LO, false, NECK_HI);
        Specs.range("edge-diameter-mm", edgeDiameterMm, EDGE_LO, false, EDGE_HI);
        if (!(edgeDiameterMm > neckDiameterMm)) {
            throw new SpecException("edge-diameter-mm", Specs.number(edgeDiameterMm),
                "a number in (neck-diameter-mm = " + Specs.number(neckDiameterMm) + ", " + Specs.number(EDGE_HI) + "]");
        }
        Specs.range("days-since-implant", daysSinceImplant, 0, false, DAYS_HI);
    }

    /** What a key of the {@code reducer:} block allows. */
    static String allowed(String key) {
        return switch (key) {
            case "neck-diameter-mm" -> Specs.rangeText(NECK_LO, false, NECK_HI);
            case "edge-diameter-mm" -> "a number in (neck-diameter-mm, " + Specs.number(EDGE_HI) + "]";
            case "days-since-implant" -> Specs.rangeText(0, false, DAYS_HI);
            default -> "a number";
        };
    }

    /**
     * Neck 3 mm, edges 10 mm, 180 days after implantation.
     *
     * @return the defaults
     */
    public static ReducerSpec defaults() {
        return new ReducerSpec(3, 10, 180);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
