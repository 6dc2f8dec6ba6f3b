package org.sinus.engine.scenario;

/** Standard care only: no device. In the file: {@code device: none}. */
public record NoDevice() implements DeviceSpec {
    /** The file name of this device kind. */
    public static final String KIND = "none";

    @Override
    public String kind() {
        return KIND;
    }
}
