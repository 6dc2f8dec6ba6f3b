package org.sinus.engine.scenario;

import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several devices at once, for example PICSO with an IABP, an Impella or VA-ECMO (seed 000). In the file:
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
        final Map<String, String> drivenBy = new HashMap<>();
        for (int k = 0; k < devices.size(); k++) {
            final DeviceSpec d = devices.get(k);
            if (d instanceof NoDevice || d instanceof CombinedSpec || !kinds.add(d.kind())) {
                throw new SpecException("combined[" + k + "].device", d.kind(),
                    "a device other than none and combined, not already in the list");
            }
            for (String part : ACTS_ON.getOrDefault(d.kind(), List.of())) {
                final String other = drivenBy.putIfAbsent(part, d.kind());
                if (other != null) {
                    throw new SpecException("combined[" + k + "].device", d.kind(), "a device that does not act on"
                        + " the " + part + " too: " + other + " already does, and only one device can drive it");
                }
            }
        }
    }

    /**
     * What each device kind drives in the model (its actuators, grouped as a clinician would name them); two
     * devices of a combination may not drive the same thing. Kinds not listed drive nothing the others drive. The
     * TandemHeart and VA-ECMO share the arterial return: each is a circuit ending in a femoral arterial cannula, and
     * a patient on one is not put on a second (a left atrial vent on ECMO is one circuit, not two pumps); either
     * combines with an Impella (ECMO with an Impella is "ECPELLA") and with the coronary sinus devices. The catheter-borne
     * coronary sinus devices (PICSO, pICSO, ICSO, SRP, retroinfusion) each need the one coronary sinus catheter.
     */
    static final Map<String, List<String>> ACTS_ON = Map.ofEntries(
        Map.entry(PicsoSpec.KIND, List.of("coronary sinus ostium", "coronary sinus catheter")),
        Map.entry(ObservedIcsoSpec.KIND, List.of("coronary sinus ostium", "coronary sinus catheter")),
        Map.entry(IcsoSpec.KIND, List.of("coronary sinus ostium", "coronary sinus catheter")),
        Map.entry(SrpSpec.KIND, List.of("coronary sinus catheter", "great cardiac vein")),
        Map.entry(RetroinfusionSpec.KIND, List.of("coronary sinus ostium", "coronary sinus inflow",
            "coronary sinus catheter")),
        Map.entry(ReducerSpec.KIND, List.of("coronary sinus outflow resistance")),
        Map.entry(GraftSpec.BECK_II, List.of("coronary sinus outflow resistance", "coronary sinus inflow")),
        Map.entry(GraftSpec.HOCHBERG, List.of("coronary sinus ostium", "coronary sinus inflow")),
        Map.entry(CsAnnuloplastySpec.KIND, List.of("mitral orifice", "culprit artery")),
        Map.entry(IabpSpec.KIND, List.of("aortic balloon")),
        Map.entry(ImpellaSpec.KIND, List.of("left ventricle to aorta pump")),
        Map.entry(TandemHeartSpec.KIND, List.of("left atrial drainage", "arterial return pump")),
        Map.entry(VaEcmoSpec.KIND, List.of("right atrial drainage", "arterial return pump")));

    @Override
    public String kind() {
        return KIND;
    }
}
