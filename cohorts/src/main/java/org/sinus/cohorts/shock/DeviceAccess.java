package org.sinus.cohorts.shock;

import org.sinus.engine.scenario.CombinedSpec;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.ImpellaSpec;
import org.sinus.engine.scenario.TandemHeartSpec;
import org.sinus.engine.scenario.VaEcmoSpec;

/**
 * What a support device adds to a patient's access-site and blood-contact risks, by the device's kind alone: the
 * French size of its arterial access, and whether blood runs through a pump outside the body (centrifugal circuit)
 * or through an axial pump across the aortic valve. Sizes from the devices' instructions for use and the trials'
 * methods (recalled, not checked): IABP 7 to 8 Fr (7.5), Impella 2.5 12 Fr, CP 14 Fr, 5.0 and 5.5 21 Fr (surgical
 * cut-down or axillary graft), TandemHeart 15 to 17 Fr arterial (16; plus a 21 Fr transseptal venous cannula),
 * VA-ECMO 15 to 17 Fr arterial (16; plus a 21 to 25 Fr venous cannula). Control, and the coronary sinus devices
 * (venous catheters), add 0: the PCI access is part of every patient's baseline risk. A combination adds its parts'
 * arterial sizes (separate sites) and has the circuit or axial pump of any part.
 *
 * @param arterialFr added arterial access, French ({@code >= 0})
 * @param centrifugalCircuit whether an extracorporeal centrifugal circuit runs (VA-ECMO, TandemHeart)
 * @param axialPump whether an axial pump runs across the aortic valve (Impella)
 */
public record DeviceAccess(double arterialFr, boolean centrifugalCircuit, boolean axialPump) {
    /** IABP sheath, French (7 to 8 Fr). */
    public static final double IABP_FR = 7.5;
    /** Impella CP sheath, French. */
    public static final double IMPELLA_CP_FR = 14;
    /** VA-ECMO and TandemHeart arterial cannula, French (15 to 17 Fr). */
    public static final double EXTRACORPOREAL_ARTERIAL_FR = 16;

    /** No device. */
    public static final DeviceAccess NONE = new DeviceAccess(0, false, false);

    public DeviceAccess {
        if (!(arterialFr >= 0 && arterialFr < 100)) {
            throw new IllegalArgumentException("arterialFr = " + arterialFr + " is outside the allowed range [0, 100)");
        }
    }

    /**
     * The access of an arm's device.
     *
     * @param spec the arm's device
     * @return its access
     */
    public static DeviceAccess of(DeviceSpec spec) {
        if (spec instanceof IabpSpec) {
            return new DeviceAccess(IABP_FR, false, false);
        }
        if (spec instanceof ImpellaSpec s) {
            final double fr = switch (s.model()) {
                case "2.5" -> 12;
                case "cp" -> IMPELLA_CP_FR;
                default -> 21;
            };
            return new DeviceAccess(fr, false, true);
        }
        if (spec instanceof TandemHeartSpec || spec instanceof VaEcmoSpec) {
            return new DeviceAccess(EXTRACORPOREAL_ARTERIAL_FR, true, false);
        }
        if (spec instanceof CombinedSpec c) {
            double fr = 0;
            boolean circuit = false;
            boolean axial = false;
            for (DeviceSpec part : c.devices()) {
                final DeviceAccess a = of(part);
                fr += a.arterialFr;
                circuit |= a.centrifugalCircuit;
                axial |= a.axialPump;
            }
            return new DeviceAccess(fr, circuit, axial);
        }
        return NONE;
    }
}
