package org.sinus.engine.scenario;

/** The device an arm applies on top of standard care (primary PCI); {@link NoDevice} for the control arm. */
public sealed interface DeviceSpec
    permits NoDevice, PicsoSpec, IcsoSpec, ObservedIcsoSpec, SrpSpec, RetroinfusionSpec, ReducerSpec, GraftSpec,
        CsAnnuloplastySpec, IabpSpec, ImpellaSpec, TandemHeartSpec, VaEcmoSpec, CombinedSpec {

    /** @return the name used in scenario files ({@code device: none}, {@code device: picso}, ...) */
    String kind();
}
