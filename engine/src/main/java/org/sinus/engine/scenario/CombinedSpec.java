package org.sinus.engine.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Several devices at once, for example PICSO with an IABP or an Impella (seed 000). In the file:
 * {@code device: combined} with a required {@code combined:} list, each item a block with a {@code device} and,
 * optionally, that device's settings block, as in an arm. How the devices run together is in {@code docs/model.md}
 * (mechanical circulatory support, combinations).
 *
 * @param devices two or more different devices, none of them {@code none} or {@code combined}
 */
public record CombinedSpec(List<DeviceSpec> devices) implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "combined";
    /** What the {@code combined} key allows. */
    static final String ALLOWED = "a list of at least 2 different devices, each a block with the key device and "
        + "optionally its settings block";

    public CombinedSpec {
        Specs.required("combined", devices, ALLOWED);
        devices = List.copyOf(devices);
        if (devices.size() < 2) {
            throw new SpecException("combined", "a list of " + devices.size(), ALLOWED);
        }
        final Set<String> kinds = new HashSet<>();
        for (int k = 0; k < devices.size(); k++) {
            final DeviceSpec d = devices.get(k);
            if (d instanceof NoDevice || d instanceof CombinedSpec || !kinds.add(d.kind())) {
                throw new SpecException("combined[" + k + "].device", d.kind(),
                    "a device other than none and combined, not already in the list");
            }
        }
    }

    @Override
    public String kind() {
        return KIND;
    }
}
