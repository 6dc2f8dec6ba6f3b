package org.sinus.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
                d.minOcclusionS(), d.maxOcclusionS(), 4, d.safetyMaxMmHg(), d.therapyMin()), new IabpSpec(40, 3))))),
            s.arms());
        assertEquals(List.of("none", "icso", "observed-icso", "srp", "srp", "reducer", "beck-ii", "hochberg", "iabp",
            "iabp", "impella", "impella", "impella", "combined"),
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
            + "allowed: one of none, picso, icso, observed-icso, srp, reducer, beck-ii, hochberg, iabp, impella, "
            + "combined");
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
            + "allowed; allowed: one of picso, icso, observed-icso, srp, reducer, beck-ii, hochberg, iabp, impella");
        assertMessage("beck-ii-outflow-as-list.yaml", ":12: field 'arms[1].beck-ii.outflow-diameter-mm': value '[...]' "
            + "is not allowed; allowed: a number in [0, 10] (0: ligated)");
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
        assertEquals("combined", assertThrows(SpecException.class,
            () -> new CombinedSpec(List.of(IabpSpec.defaults()))).field());
        assertEquals("combined[1].device", assertThrows(SpecException.class,
            () -> new CombinedSpec(List.of(IabpSpec.defaults(), new NoDevice()))).field());
    }
}
