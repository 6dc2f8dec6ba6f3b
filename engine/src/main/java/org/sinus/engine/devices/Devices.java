package org.sinus.engine.devices;

import org.sinus.engine.physiology.Device;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.PicsoSpec;

/** Turns the device an arm names in its scenario into the {@link Device} the kernel runs. */
public final class Devices {
    private Devices() {
    }

    /**
     * The device of a spec: {@link Control} for {@code none}, {@link Picso} for {@code picso} (the therapy
     * duration is not the kernel's concern: it enters the outcome through the dose).
     *
     * @param spec the arm's device, validated by the scenario parser
     * @return an immutable device
     * @throws IllegalArgumentException for a device kind this version cannot simulate
     */
    public static Device of(DeviceSpec spec) {
        if (spec instanceof NoDevice) {
            return new Control();
        }
        if (spec instanceof PicsoSpec p) {
            return new Picso(p.plateauRiseMmHgPerBeat(), p.minOcclusionS(), p.maxOcclusionS(), p.releaseS(),
                    p.safetyMaxMmHg());
        }
        throw new IllegalArgumentException("device '" + (spec == null ? "null" : spec.kind())
                + "' cannot be simulated; known devices: none, picso");
    }
}
