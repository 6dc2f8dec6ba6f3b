package org.sinus.engine.scenario;

import java.util.List;

/**
 * Surgical arterialisation of the coronary veins (seed 000): the Beck II operation ({@code device: beck-ii}, a graft
 * from the aorta to the coronary sinus and a narrowed sinus ostium) or Hochberg's ({@code device: hochberg}, a vein
 * graft to a coronary vein ligated towards the sinus), with an optional block named like the device. Permanent from
 * the start; graft and outflow resistances come from their geometry.
 *
 * @param operation {@code beck-ii} or {@code hochberg}
 * @param graftDiameterMm graft lumen, mm, in [1, 10]; default 4 (Beck II) or 3 (Hochberg), assumptions
 * @param graftLengthMm graft length, mm, in [10, 300]; default 60 (Beck II) or 100 (Hochberg), assumptions
 * @param outflowDiameterMm residual diameter of the sinus outflow, mm, in [0, 10], 0 for a ligature; default 3
 *     (Beck II, assumption) or 0 (Hochberg)
 */
public record GraftSpec(String operation, double graftDiameterMm, double graftLengthMm, double outflowDiameterMm)
        implements DeviceSpec {
    /** The Beck II operation's file name. */
    public static final String BECK_II = "beck-ii";
    /** Hochberg's operation's file name. */
    public static final String HOCHBERG = "hochberg";
    /** Both operations. */
    public static final List<String> KINDS = List.of(BECK_II, HOCHBERG);

    private static final double DIAMETER_LO = 1;
    private static final double DIAMETER_HI = 10;
    private static final double LENGTH_LO = 10;
    private static final double LENGTH_HI = 300;
    private static final double OUTFLOW_HI = 10;

    public GraftSpec {
        if (!KINDS.contains(operation)) {
            throw new SpecException("operation", String.valueOf(operation), "one of " + String.join(", ", KINDS));
        }
        Specs.range("graft-diameter-mm", graftDiameterMm, DIAMETER_LO, false, DIAMETER_HI);
        Specs.range("graft-length-mm", graftLengthMm, LENGTH_LO, false, LENGTH_HI);
        Specs.range("outflow-diameter-mm", outflowDiameterMm, 0, false, OUTFLOW_HI);
    }

    /** What a key of the operation's block allows. */
    static String allowed(String key) {
        return switch (key) {
            case "graft-diameter-mm" -> Specs.rangeText(DIAMETER_LO, false, DIAMETER_HI);
            case "graft-length-mm" -> Specs.rangeText(LENGTH_LO, false, LENGTH_HI);
            case "outflow-diameter-mm" -> Specs.rangeText(0, false, OUTFLOW_HI) + " (0: ligated)";
            default -> "a number";
        };
    }

    /**
     * The operation's default geometry: Beck II a 4 mm, 60 mm artery graft and the ostium narrowed to 3 mm; Hochberg
     * a 3 mm, 100 mm vein graft and a ligated outflow. All assumptions: our sources give no graft sizes.
     *
     * @param operation {@code beck-ii} or {@code hochberg}
     * @return the defaults
     */
    public static GraftSpec defaults(String operation) {
        return HOCHBERG.equals(operation) ? new GraftSpec(HOCHBERG, 3, 100, 0) : new GraftSpec(operation, 4, 60, 3);
    }

    @Override
    public String kind() {
        return operation;
    }
}
