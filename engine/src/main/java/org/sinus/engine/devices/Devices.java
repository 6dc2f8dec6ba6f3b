package org.sinus.engine.devices;

import org.sinus.engine.physiology.Device;
import java.util.ArrayList;
import java.util.List;
import org.sinus.engine.scenario.CombinedSpec;
import org.sinus.engine.scenario.CsAnnuloplastySpec;
import org.sinus.engine.scenario.DeviceSpec;
import org.sinus.engine.scenario.GraftSpec;
import org.sinus.engine.scenario.IabpSpec;
import org.sinus.engine.scenario.IcsoSpec;
import org.sinus.engine.scenario.ImpellaSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.ObservedIcsoSpec;
import org.sinus.engine.scenario.PicsoSpec;
import org.sinus.engine.scenario.ReducerSpec;
import org.sinus.engine.scenario.RetroinfusionSpec;
import org.sinus.engine.scenario.SrpSpec;
import org.sinus.engine.scenario.TandemHeartSpec;
import org.sinus.engine.scenario.VaEcmoSpec;

/** Turns the device an arm names in its scenario into the {@link Device} the kernel runs. */
public final class Devices {
    private Devices() {
    }

    /**
     * The device of a spec: {@link Control} for {@code none}, {@link Picso}, {@link Icso}, {@link ObservedIcso} (pICSO),
     * {@link Retroperfusion} (SRP), {@link Retroinfusion}, {@link Reducer}, {@link SinusGraft} for Beck II and
     * Hochberg, {@link CsAnnuloplasty}, {@link Iabp}, {@link Impella}, {@link TandemHeart}, {@link VaEcmo}, and
     * {@link Combined} for a list of devices run together. A therapy
     * duration is not the kernel's concern: it enters the outcome through the dose.
     *
     * @param spec the arm's device, validated by the scenario parser
     * @return an immutable device
     * @throws IllegalArgumentException for a null spec or a kind this version cannot simulate
     */
    public static Device of(DeviceSpec spec) {
        if (spec instanceof NoDevice) {
            return new Control();
        }
        if (spec instanceof PicsoSpec p) {
            return picso(p);
        }
        if (spec instanceof IcsoSpec s) {
            return new Icso(s.occlusionS(), s.releaseS());
        }
        if (spec instanceof ObservedIcsoSpec s) {
            return new ObservedIcso(picso(s.console()).criterion(), s.console().releaseS(), s.reactionMeanS(),
                    s.reactionSdS(), s.operatorSeed());
        }
        if (spec instanceof SrpSpec s) {
            return new Retroperfusion(s.flowMlPerMin());
        }
        if (spec instanceof RetroinfusionSpec s) {
            return new Retroinfusion(s.flowMlPerMin(), s.infusionS(), s.balloon());
        }
        if (spec instanceof ReducerSpec s) {
            return new Reducer(s.neckDiameterMm(), s.edgeDiameterMm(), s.daysSinceImplant());
        }
        if (spec instanceof GraftSpec s) {
            SinusGraft.Operation operation = GraftSpec.HOCHBERG.equals(s.operation()) ? SinusGraft.Operation.HOCHBERG
                    : SinusGraft.Operation.BECK_II;
            return new SinusGraft(operation, s.graftDiameterMm(), s.graftLengthMm(), s.outflowDiameterMm());
        }
        if (spec instanceof CsAnnuloplastySpec s) {
            return new CsAnnuloplasty(s.orificeReduction(), s.compressionProbability(),
                    s.compressionConductanceFactor(), s.compressionSeed());
        }
        if (spec instanceof IabpSpec s) {
            return new Iabp(s.balloonVolumeMl(), s.ratio());
        }
        if (spec instanceof ImpellaSpec s) {
            return new Impella(Impella.Model.of(s.model()), s.speedFraction());
        }
        if (spec instanceof TandemHeartSpec s) {
            return new TandemHeart(s.rpm());
        }
        if (spec instanceof VaEcmoSpec s) {
            return new VaEcmo(s.flowLPerMin());
        }
        if (spec instanceof CombinedSpec s) {
            List<Device> parts = new ArrayList<>();
            for (DeviceSpec part : s.devices()) {
                parts.add(of(part));
            }
            return new Combined(parts);
        }
        throw new IllegalArgumentException("device '" + (spec == null ? "null" : spec.kind())
                + "' cannot be simulated");
    }

    private static Picso picso(PicsoSpec p) {
        return new Picso(p.plateauRiseMmHgPerBeat(), p.minOcclusionS(), p.maxOcclusionS(), p.releaseS(),
                p.safetyMaxMmHg());
    }
}
