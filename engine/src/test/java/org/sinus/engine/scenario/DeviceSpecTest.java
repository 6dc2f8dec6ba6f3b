package org.sinus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The coronary sinus devices' spec records and their blocks in scenario files. Malformed files for each device are in
 * {@code bad/} (checked with the others by {@link ScenarioParserTest}); here, a good file and the messages.
 */
class DeviceSpecTest {
    private static final Path BAD = Path.of("src/test/resources/scenarios/bad");

    @Test
    void everyDeviceParsesWithSettingsOrDefaults() throws Exception {
        final Scenario s = ScenarioParser.parse(Path.of("src/test/resources/scenarios/good/all-devices.yaml"));
        final PicsoSpec d = PicsoSpec.defaults();
        assertEquals(List.of(
            new ArmSpec("control", new NoDevice()),
            new ArmSpec("icso", new IcsoSpec(10, 5)),
            new ArmSpec("observed-icso", new ObservedIcsoSpec(new PicsoSpec(d.plateauRiseMmHgPerBeat(),
                d.minOcclusionS(), d.maxOcclusionS(), 4, d.safetyMaxMmHg(), d.therapyMin()), 2, 0.5, -9)),
            new ArmSpec("srp", SrpSpec.defaults()),
            new ArmSpec("srp-high", new SrpSpec(250)),
            new ArmSpec("reducer", new ReducerSpec(3, 12, 30)),
            new ArmSpec("beck-ii", GraftSpec.defaults(GraftSpec.BECK_II)),
            new ArmSpec("hochberg", new GraftSpec(GraftSpec.HOCHBERG, 4, 100, 0)),
            new ArmSpec("iabp", new IabpSpec(40, 1)),
            new ArmSpec("iabp-1-2", new IabpSpec(30, 2)),
            new ArmSpec("impella", new ImpellaSpec("cp", 50_000.0 / 51_000)),
            new ArmSpec("impella-5-5", new ImpellaSpec("5.5", 1)),
            new ArmSpec("impella-2-5-slow", new ImpellaSpec("2.5", 0.5)),
            new ArmSpec("picso-iabp", new CombinedSpec(List.of(new PicsoSpec(d.plateauRiseMmHgPerBeat(),
                d.minOcclusionS(), d.maxOcclusionS(), 4, d.safetyMaxMmHg(), d.therapyMin()), new IabpSpec(40, 3)))),
            new ArmSpec("retroinfusion", new RetroinfusionSpec(30, 30, true)),
            new ArmSpec("retroinfusion-open", new RetroinfusionSpec(60, 120, false)),
            new ArmSpec("cs-annuloplasty", new CsAnnuloplastySpec(0.27, 0.25, 0.29, 1)),
            new ArmSpec("cs-annuloplasty-always-compressed", new CsAnnuloplastySpec(0.4, 1, 0.05, -2)),
            new ArmSpec("tandemheart", new TandemHeartSpec(7500)),
            new ArmSpec("tandemheart-slow", new TandemHeartSpec(5000)),
            new ArmSpec("va-ecmo", new VaEcmoSpec(4)),
            new ArmSpec("va-ecmo-high", new VaEcmoSpec(6)),
            new ArmSpec("ecpella", new CombinedSpec(List.of(new VaEcmoSpec(3.5), ImpellaSpec.defaults()))),
            new ArmSpec("picso-va-ecmo", new CombinedSpec(List.of(PicsoSpec.defaults(), VaEcmoSpec.defaults()))),
            new ArmSpec("tandemheart-impella-annuloplasty", new CombinedSpec(List.of(TandemHeartSpec.defaults(),
                ImpellaSpec.defaults(), CsAnnuloplastySpec.defaults())))),
            s.arms());
        assertEquals(List.of("none", "icso", "observed-icso", "srp", "srp", "reducer", "beck-ii", "hochberg", "iabp",
            "iabp", "impella", "impella", "impella", "combined", "retroinfusion", "retroinfusion", "cs-annuloplasty",
            "cs-annuloplasty", "tandemheart", "tandemheart", "va-ecmo", "va-ecmo", "combined", "combined", "combined"),
            s.arms().stream().map(a -> a.device().kind()).toList());
    }

    @Test
    void messagesNameTheFieldAndTheRange() {
        assertMessage("reducer-edge-not-above-neck.yaml", ":13: field 'arms[1].reducer.edge-diameter-mm': value '5' is "
            + "not allowed; allowed: a number in (neck-diameter-mm = 5, 16]");
        assertMessage("icso-release-as-word.yaml", ":13: field 'arms[1].icso.release-s': value 'five' is not allowed; "
            + "allowed: a number in [0.1, 120]");
        assertMessage("observed-icso-release-too-short.yaml", ":12: field 'arms[1].observed-icso.release-s': value "
            + "'0.1' is not allowed; allowed: a number in [0.5, 60]");
        assertMessage("srp-block-with-device-picso.yaml", ":11: field 'arms[1].srp': a 'srp' block is not allowed with "
            + "device: picso; allowed: a 'srp' block only with device: srp");
        assertMessage("device-unknown.yaml", ":10: field 'arms[1].device': value 'coronary-coil' is not allowed; "
            + "allowed: one of none, picso, icso, observed-icso, srp, retroinfusion, reducer, beck-ii, hochberg, "
            + "cs-annuloplasty, iabp, impella, tandemheart, va-ecmo, combined");
        assertMessage("iabp-ratio-as-number.yaml", ":12: field 'arms[1].iabp.ratio': value '2' is not allowed; "
            + "allowed: one of 1:1, 1:2, 1:3");
        assertMessage("iabp-volume-too-large.yaml", ":12: field 'arms[1].iabp.balloon-volume-ml': value '60' is not "
            + "allowed; allowed: a number in [30, 50]");
        assertMessage("impella-level-and-speed.yaml", ":14: field 'arms[1].impella.speed-fraction': performance-level "
            + "and speed-fraction are alternatives; allowed: either performance-level or speed-fraction");
        assertMessage("impella-unknown-model.yaml", ":12: field 'arms[1].impella.model': value '4.0' is not allowed; "
            + "allowed: one of 2.5, cp, 5.0, 5.5");
        assertMessage("combined-device-twice.yaml", ":13: field 'arms[1].combined[1].device': value 'iabp' is not "
            + "allowed; allowed: a device other than none and combined, not already in the list");
        assertMessage("combined-nested.yaml", ":13: field 'arms[1].combined[1].device': value 'combined' is not "
            + "allowed; allowed: one of picso, icso, observed-icso, srp, retroinfusion, reducer, beck-ii, hochberg, "
            + "cs-annuloplasty, iabp, impella, tandemheart, va-ecmo");
        assertMessage("beck-ii-outflow-as-list.yaml", ":12: field 'arms[1].beck-ii.outflow-diameter-mm': value '[...]' "
            + "is not allowed; allowed: a number in [0, 10] (0: ligated)");
    }

    @Test
    void newDevicesMessagesNameTheFieldAndTheRange() {
        assertMessage("tandemheart-rpm-too-high.yaml", ":12: field 'arms[1].tandemheart.rpm': value '9000' is not "
            + "allowed; allowed: a number in [3000, 7500]");
        assertMessage("tandemheart-rpm-as-word.yaml", ":12: field 'arms[1].tandemheart.rpm': value 'fast' is not "
            + "allowed; allowed: a number in [3000, 7500]");
        assertMessage("tandemheart-unknown-key.yaml", ":12: field 'arms[1].tandemheart.flow-l-per-min': key "
            + "'flow-l-per-min' is not allowed; allowed: the key rpm");
        assertMessage("va-ecmo-flow-too-high.yaml", ":12: field 'arms[1].va-ecmo.flow-l-per-min': value '8' is not "
            + "allowed; allowed: a number in [1, 7]");
        assertMessage("va-ecmo-flow-quoted.yaml", ":12: field 'arms[1].va-ecmo.flow-l-per-min': value '\"4\"' is "
            + "not allowed; allowed: a number in [1, 7]");
        assertMessage("va-ecmo-block-with-device-impella.yaml", ":11: field 'arms[1].va-ecmo': a 'va-ecmo' block is "
            + "not allowed with device: impella; allowed: a 'va-ecmo' block only with device: va-ecmo");
        assertMessage("cs-annuloplasty-reduction-above-one.yaml", ":12: field 'arms[1].cs-annuloplasty."
            + "orifice-reduction': value '1.5' is not allowed; allowed: a number in [0, 1]");
        assertMessage("cs-annuloplasty-probability-negative.yaml", ":13: field 'arms[1].cs-annuloplasty."
            + "compression-probability': value '-0.1' is not allowed; allowed: a number in [0, 1]");
        assertMessage("cs-annuloplasty-factor-zero.yaml", ":12: field 'arms[1].cs-annuloplasty."
            + "compression-conductance-factor': value '0' is not allowed; allowed: a number in (0, 1]");
        assertMessage("cs-annuloplasty-seed-as-float.yaml", ":12: field 'arms[1].cs-annuloplasty.compression-seed': "
            + "value '1.5' is not allowed; allowed: an integer in [-9223372036854775808, 9223372036854775807]");
        assertMessage("retroinfusion-balloon-yes.yaml", ":12: field 'arms[1].retroinfusion.balloon': value 'yes' is "
            + "not allowed; allowed: true or false");
        assertMessage("retroinfusion-flow-too-high.yaml", ":12: field 'arms[1].retroinfusion.flow-ml-per-min': value "
            + "'400' is not allowed; allowed: a number in (0, 300]");
        assertMessage("retroinfusion-infusion-too-short.yaml", ":13: field 'arms[1].retroinfusion.infusion-s': value "
            + "'2' is not allowed; allowed: a number in [5, 600]");
        assertMessage("combined-tandemheart-and-va-ecmo.yaml", ":13: field 'arms[1].combined[1].device': value "
            + "'va-ecmo' is not allowed; allowed: a device that does not act on the arterial return pump too: "
            + "tandemheart already does, and only one device can drive it");
        assertMessage("combined-picso-and-retroinfusion.yaml", ":13: field 'arms[1].combined[1].device': value "
            + "'retroinfusion' is not allowed; allowed: a device that does not act on the coronary sinus ostium too: "
            + "picso already does, and only one device can drive it");
    }

    @Test
    void supportDevicesCombineWhereTheyDriveDifferentParts() {
        new CombinedSpec(List.of(PicsoSpec.defaults(), VaEcmoSpec.defaults()));
        new CombinedSpec(List.of(ImpellaSpec.defaults(), VaEcmoSpec.defaults()));
        new CombinedSpec(List.of(TandemHeartSpec.defaults(), ImpellaSpec.defaults()));
        new CombinedSpec(List.of(CsAnnuloplastySpec.defaults(), PicsoSpec.defaults(), IabpSpec.defaults()));
        new CombinedSpec(List.of(RetroinfusionSpec.defaults(), ReducerSpec.defaults()));
        assertEquals("combined[1].device", assertThrows(SpecException.class, () -> new CombinedSpec(
            List.of(VaEcmoSpec.defaults(), TandemHeartSpec.defaults()))).field());
        assertEquals("combined[1].device", assertThrows(SpecException.class, () -> new CombinedSpec(
            List.of(VaEcmoSpec.defaults(), new VaEcmoSpec(2)))).field());
        assertEquals("combined[1].device", assertThrows(SpecException.class, () -> new CombinedSpec(
            List.of(SrpSpec.defaults(), RetroinfusionSpec.defaults()))).field());
        for (String kind : List.of(TandemHeartSpec.KIND, VaEcmoSpec.KIND, CsAnnuloplastySpec.KIND,
                RetroinfusionSpec.KIND)) {
            assertTrue(CombinedSpec.ACTS_ON.containsKey(kind), kind + " says what it drives");
        }
    }

    private static void assertMessage(String fileName, String expectedTail) {
        final Path file = BAD.resolve(fileName);
        final ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(file));
        assertEquals(file + expectedTail, e.getMessage());
    }

    @Test
    void recordsRejectBadValuesInCodeToo() {
        assertEquals("occlusion-s", assertThrows(SpecException.class, () -> new IcsoSpec(0, 1)).field());
        assertEquals("reaction-sd-s", assertThrows(SpecException.class,
            () -> new ObservedIcsoSpec(PicsoSpec.defaults(), 0, 1, 1)).field());
        assertEquals("console", assertThrows(SpecException.class, () -> new ObservedIcsoSpec(null, 3, 1, 1)).field());
        assertEquals("flow-ml-per-min", assertThrows(SpecException.class, () -> new SrpSpec(501)).field());
        assertEquals("days-since-implant", assertThrows(SpecException.class, () -> new ReducerSpec(3, 10, 4000))
            .field());
        assertEquals("operation", assertThrows(SpecException.class, () -> new GraftSpec("beck-iii", 4, 60, 3))
            .field());
        assertEquals("outflow-diameter-mm", assertThrows(SpecException.class,
            () -> new GraftSpec(GraftSpec.BECK_II, 4, 60, -1)).field());
        assertEquals("ratio", assertThrows(SpecException.class, () -> new IabpSpec(40, 4)).field());
        assertEquals("model", assertThrows(SpecException.class, () -> new ImpellaSpec("6.0", 1)).field());
        assertEquals("speed-fraction", assertThrows(SpecException.class, () -> new ImpellaSpec("cp", 0)).field());
        assertEquals("rpm", assertThrows(SpecException.class, () -> new TandemHeartSpec(2999)).field());
        assertEquals("flow-l-per-min", assertThrows(SpecException.class, () -> new VaEcmoSpec(0.9)).field());
        assertEquals("orifice-reduction", assertThrows(SpecException.class,
            () -> new CsAnnuloplastySpec(-0.1, 0.25, 0.29, 1)).field());
        assertEquals("compression-probability", assertThrows(SpecException.class,
            () -> new CsAnnuloplastySpec(0.27, 1.1, 0.29, 1)).field());
        assertEquals("compression-conductance-factor", assertThrows(SpecException.class,
            () -> new CsAnnuloplastySpec(0.27, 0.25, 1.5, 1)).field());
        assertEquals("flow-ml-per-min", assertThrows(SpecException.class, () -> new RetroinfusionSpec(0, 30, true))
            .field());
        assertEquals("infusion-s", assertThrows(SpecException.class, () -> new RetroinfusionSpec(30, 601, true))
            .field());
        assertEquals("combined", assertThrows(SpecException.class,
            () -> new CombinedSpec(List.of(IabpSpec.defaults()))).field());
        assertEquals("combined[1].device", assertThrows(SpecException.class,
            () -> new CombinedSpec(List.of(IabpSpec.defaults(), new NoDevice()))).field());
    }
}
