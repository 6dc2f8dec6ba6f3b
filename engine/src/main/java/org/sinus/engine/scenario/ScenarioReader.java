package org.sinus.engine.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.sinus.engine.scenario.YamlReader.Entry;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Builds the spec records from a composed YAML tree. Types are checked here; ranges and cross-field rules are checked
 * by the records, whose {@link SpecException} is turned into a located {@link ScenarioException}.
 */
final class ScenarioReader {
    private static final List<String> TOP =
        List.of("name", "description", "seed", "cohort", "arms", "endpoints", "trial", "output", "run", "dashboard",
            "kernel");
    private static final List<String> COHORT = List.of("type", "size");
    /** Device kinds that take a settings block named like the kind, in the order messages list them. */
    private static final List<String> BLOCKS = List.of(PicsoSpec.KIND, IcsoSpec.KIND, ObservedIcsoSpec.KIND,
        SrpSpec.KIND, RetroinfusionSpec.KIND, ReducerSpec.KIND, GraftSpec.BECK_II, GraftSpec.HOCHBERG,
        CsAnnuloplastySpec.KIND, IabpSpec.KIND, ImpellaSpec.KIND, TandemHeartSpec.KIND, VaEcmoSpec.KIND,
        CombinedSpec.KIND);
    private static final List<String> ARM = arm();
    private static final List<String> PICSO = List.of("plateau-rise-mmhg-per-beat", "min-occlusion-s",
        "max-occlusion-s", "release-s", "safety-max-mmhg", "therapy-min");
    private static final List<String> ICSO = List.of("occlusion-s", "release-s");
    private static final List<String> OBSERVED_ICSO = observedIcso();
    private static final List<String> SRP = List.of("flow-ml-per-min");
    private static final List<String> REDUCER = List.of("neck-diameter-mm", "edge-diameter-mm", "days-since-implant");
    private static final List<String> GRAFT = List.of("graft-diameter-mm", "graft-length-mm", "outflow-diameter-mm");
    private static final List<String> IABP = List.of("balloon-volume-ml", "ratio");
    private static final List<String> IMPELLA = List.of("model", "performance-level", "speed-fraction");
    private static final List<String> RETROINFUSION = List.of("flow-ml-per-min", "infusion-s", "balloon");
    private static final List<String> ANNULOPLASTY = List.of("orifice-reduction", "compression-probability",
        "compression-conductance-factor", "compression-seed");
    private static final List<String> TANDEMHEART = List.of("rpm");
    private static final List<String> VA_ECMO = List.of("flow-l-per-min");
    private static final String DEVICES = "one of " + NoDevice.KIND + ", " + String.join(", ", BLOCKS);
    /** Devices a combination may hold: every kind with a block except the combination itself. */
    private static final List<String> PARTS = BLOCKS.subList(0, BLOCKS.size() - 1);
    private static final List<String> PART = part();
    private static final String PART_DEVICES = "one of " + String.join(", ", PARTS);

    private final YamlReader yaml;
    private final String file;

    ScenarioReader(String file) {
        this.file = file;
        this.yaml = new YamlReader(file);
    }

    Scenario read(Node root) throws ScenarioException {
        final Entry doc = new Entry("", YamlReader.line(root, 1), root);
        final Map<String, Entry> top = yaml.mapping(doc, "a mapping with the keys " + String.join(", ", TOP), TOP);
        final String name = yaml.text(yaml.required(top, doc, "name", Scenario.NAME_ALLOWED), Scenario.NAME_ALLOWED);
        final String description = YamlReader.optional(top, "description").isPresent()
            ? yaml.text(top.get("description"), "text") : "";
        final long seed = yaml.integer(yaml.required(top, doc, "seed", "an integer (the run seed)"),
            Long.MIN_VALUE, Long.MAX_VALUE);
        final CohortSpec cohort = cohort(yaml.required(top, doc, "cohort", "a block with the keys type, size"));
        final List<ArmSpec> arms = arms(yaml.required(top, doc, "arms", "a list of at least 2 arms"));
        final List<Endpoint> endpoints = YamlReader.optional(top, "endpoints").isPresent()
            ? endpoints(top.get("endpoints")) : List.of(Endpoint.INFARCT_SIZE);
        final TrialDesignSpec trial = YamlReader.optional(top, "trial").isPresent() ? trial(top.get("trial")) : null;
        final OutputSpec output = YamlReader.optional(top, "output").isPresent()
            ? output(top.get("output")) : new OutputSpec(Path.of("runs", stem(file)));
        final RunSpec run = YamlReader.optional(top, "run").isPresent() ? run(top.get("run")) : RunSpec.auto();
        final DashboardSpec dashboard = YamlReader.optional(top, "dashboard").isPresent()
            ? dashboard(top.get("dashboard")) : DashboardSpec.defaults();
        final KernelSpec kernel = YamlReader.optional(top, "kernel").isPresent()
            ? kernel(top.get("kernel")) : KernelSpec.unspecified();
        return build(doc, () -> new Scenario(name, description, seed, cohort, arms, endpoints, trial, output, run,
            dashboard, kernel));
    }

    private CohortSpec cohort(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys type, size", COHORT);
        final Entry typeAt = yaml.required(m, at, "type", CohortType.allowed());
        final CohortType type = CohortType.fromKey(yaml.text(typeAt, CohortType.allowed()))
            .orElseThrow(() -> yaml.notAllowed(typeAt, CohortType.allowed()));
        final Entry sizeAt = yaml.required(m, at, "size",
            Specs.integerRangeText(CohortSpec.MIN_SIZE, CohortSpec.MAX_SIZE));
        final int size = (int) yaml.integer(sizeAt, CohortSpec.MIN_SIZE, CohortSpec.MAX_SIZE);
        return build(at, () -> new CohortSpec(type, size));
    }

    private List<ArmSpec> arms(Entry at) throws ScenarioException {
        final List<ArmSpec> arms = new ArrayList<>();
        for (Entry item : yaml.sequence(at, "a list of at least 2 arms, each with name and device")) {
            arms.add(arm(item));
        }
        return arms;
    }

    private static List<String> arm() {
        final List<String> keys = new ArrayList<>(List.of("name", "device", "delivery"));
        keys.addAll(BLOCKS);
        return List.copyOf(keys);
    }

    private static List<String> part() {
        final List<String> keys = new ArrayList<>(List.of("device"));
        keys.addAll(PARTS);
        return List.copyOf(keys);
    }

    private static List<String> observedIcso() {
        final List<String> keys = new ArrayList<>(PICSO);
        keys.addAll(List.of("reaction-mean-s", "reaction-sd-s", "operator-seed"));
        return List.copyOf(keys);
    }

    private ArmSpec arm(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "an arm: a block with the keys name, device[, delivery][, a"
            + " block named like the device]", ARM);
        final String name = yaml.text(yaml.required(m, at, "name", ArmSpec.NAME_ALLOWED), ArmSpec.NAME_ALLOWED);
        final Entry deviceAt = yaml.required(m, at, "device", DEVICES);
        final String kind = yaml.text(deviceAt, DEVICES);
        if (!kind.equals(NoDevice.KIND) && !BLOCKS.contains(kind)) {
            throw yaml.notAllowed(deviceAt, DEVICES);
        }
        final DeviceSpec device = device(m, at, kind, BLOCKS);
        final DeliverySpec delivery = YamlReader.optional(m, "delivery").isPresent() ? delivery(m.get("delivery"))
            : DeliverySpec.full();
        return build(at, () -> new ArmSpec(name, device, delivery));
    }

    /** The device {@code kind} of a block {@code m} (an arm or a combination's item), with its settings block. */
    private DeviceSpec device(Map<String, Entry> m, Entry at, String kind, List<String> blocks)
            throws ScenarioException {
        for (String block : blocks) {
            if (m.containsKey(block) && !block.equals(kind)) {
                throw yaml.error(m.get(block), "a '" + block + "' block is not allowed with device: " + kind,
                    "a '" + block + "' block only with device: " + block);
            }
        }
        final Entry block = m.get(kind);
        return switch (kind) {
            case PicsoSpec.KIND -> block == null ? PicsoSpec.defaults() : picso(block, PICSO);
            case IcsoSpec.KIND -> block == null ? IcsoSpec.defaults() : icso(block);
            case ObservedIcsoSpec.KIND -> block == null ? ObservedIcsoSpec.defaults() : observedIcso(block);
            case SrpSpec.KIND -> block == null ? SrpSpec.defaults() : srp(block);
            case RetroinfusionSpec.KIND -> block == null ? RetroinfusionSpec.defaults() : retroinfusion(block);
            case ReducerSpec.KIND -> block == null ? ReducerSpec.defaults() : reducer(block);
            case GraftSpec.BECK_II, GraftSpec.HOCHBERG -> block == null ? GraftSpec.defaults(kind) : graft(kind, block);
            case IabpSpec.KIND -> block == null ? IabpSpec.defaults() : iabp(block);
            case CsAnnuloplastySpec.KIND -> block == null ? CsAnnuloplastySpec.defaults() : annuloplasty(block);
            case ImpellaSpec.KIND -> block == null ? ImpellaSpec.defaults() : impella(block);
            case TandemHeartSpec.KIND -> block == null ? TandemHeartSpec.defaults() : tandemHeart(block);
            case VaEcmoSpec.KIND -> block == null ? VaEcmoSpec.defaults() : vaEcmo(block);
            case CombinedSpec.KIND -> combined(at, yaml.required(m, at, CombinedSpec.KIND, CombinedSpec.ALLOWED));
            default -> new NoDevice();
        };
    }

    /** A combination's list: each item a device block, as an arm's but without name, none or combined. */
    private CombinedSpec combined(Entry arm, Entry at) throws ScenarioException {
        final List<DeviceSpec> parts = new ArrayList<>();
        for (Entry item : yaml.sequence(at, CombinedSpec.ALLOWED)) {
            final Map<String, Entry> m = yaml.mapping(item, "a block with the keys device[, a block named like the "
                + "device]", PART);
            final Entry deviceAt = yaml.required(m, item, "device", PART_DEVICES);
            final String kind = yaml.text(deviceAt, PART_DEVICES);
            if (!PARTS.contains(kind)) {
                throw yaml.notAllowed(deviceAt, PART_DEVICES);
            }
            parts.add(device(m, item, kind, PARTS));
        }
        return build(arm, () -> new CombinedSpec(parts));
    }

    private IabpSpec iabp(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", IABP), IABP);
        final IabpSpec d = IabpSpec.defaults();
        final double volume = number(m, "balloon-volume-ml", d.balloonVolumeMl(), IabpSpec::allowed);
        final var ratioAt = YamlReader.optional(m, "ratio");
        final int ratio = ratioAt.isPresent()
            ? IabpSpec.ratioOf(yaml.text(ratioAt.get(), IabpSpec.RATIO_ALLOWED)) : d.ratio();
        if (ratio == 0) {
            throw yaml.notAllowed(ratioAt.get(), IabpSpec.RATIO_ALLOWED);
        }
        return build(at, () -> new IabpSpec(volume, ratio));
    }

    private ImpellaSpec impella(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", IMPELLA), IMPELLA);
        final ImpellaSpec d = ImpellaSpec.defaults();
        final var modelAt = YamlReader.optional(m, "model");
        final String model = modelAt.isPresent() ? yaml.text(modelAt.get(), ImpellaSpec.MODEL_ALLOWED) : d.model();
        final var levelAt = YamlReader.optional(m, "performance-level");
        final var speedAt = YamlReader.optional(m, "speed-fraction");
        if (levelAt.isPresent() && speedAt.isPresent()) {
            throw yaml.error(speedAt.get(), "performance-level and speed-fraction are alternatives",
                "either performance-level or speed-fraction");
        }
        if (levelAt.isPresent()) {
            final long level = yaml.integer(levelAt.get(), 1, 9);
            return build(at, () -> new ImpellaSpec(model, ImpellaSpec.speedFractionOfLevel(level)));
        }
        final double speed = number(m, "speed-fraction", d.speedFraction(), ImpellaSpec::allowed);
        return build(at, () -> new ImpellaSpec(model, speed));
    }

    private TandemHeartSpec tandemHeart(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", TANDEMHEART),
            TANDEMHEART);
        final double rpm = number(m, "rpm", TandemHeartSpec.defaults().rpm(), TandemHeartSpec::allowed);
        return build(at, () -> new TandemHeartSpec(rpm));
    }

    private VaEcmoSpec vaEcmo(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", VA_ECMO), VA_ECMO);
        final double flow = number(m, "flow-l-per-min", VaEcmoSpec.defaults().flowLPerMin(), VaEcmoSpec::allowed);
        return build(at, () -> new VaEcmoSpec(flow));
    }

    private CsAnnuloplastySpec annuloplasty(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", ANNULOPLASTY),
            ANNULOPLASTY);
        final CsAnnuloplastySpec d = CsAnnuloplastySpec.defaults();
        final double reduction = number(m, "orifice-reduction", d.orificeReduction(), CsAnnuloplastySpec::allowed);
        final double probability = number(m, "compression-probability", d.compressionProbability(),
            CsAnnuloplastySpec::allowed);
        final double factor = number(m, "compression-conductance-factor", d.compressionConductanceFactor(),
            CsAnnuloplastySpec::allowed);
        final var seedAt = YamlReader.optional(m, "compression-seed");
        final long seed = seedAt.isPresent() ? yaml.integer(seedAt.get(), Long.MIN_VALUE, Long.MAX_VALUE)
            : d.compressionSeed();
        return build(at, () -> new CsAnnuloplastySpec(reduction, probability, factor, seed));
    }

    private RetroinfusionSpec retroinfusion(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", RETROINFUSION),
            RETROINFUSION);
        final RetroinfusionSpec d = RetroinfusionSpec.defaults();
        final double flow = number(m, "flow-ml-per-min", d.flowMlPerMin(), RetroinfusionSpec::allowed);
        final double infusion = number(m, "infusion-s", d.infusionS(), RetroinfusionSpec::allowed);
        final var balloonAt = YamlReader.optional(m, "balloon");
        final boolean balloon = balloonAt.isPresent() ? yaml.bool(balloonAt.get()) : d.balloon();
        return build(at, () -> new RetroinfusionSpec(flow, infusion, balloon));
    }

    /** The PICSO keys of a block that may hold more ({@code keys}), as a {@link PicsoSpec}. */
    private PicsoSpec picso(Entry at, List<String> keys) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", keys), keys);
        final PicsoSpec d = PicsoSpec.defaults();
        final double rise = number(m, "plateau-rise-mmhg-per-beat", d.plateauRiseMmHgPerBeat(), PicsoSpec::allowed);
        final double minOcclusion = number(m, "min-occlusion-s", d.minOcclusionS(), PicsoSpec::allowed);
        final double maxOcclusion = number(m, "max-occlusion-s", d.maxOcclusionS(), PicsoSpec::allowed);
        final double release = number(m, "release-s", d.releaseS(), PicsoSpec::allowed);
        final double safetyMax = number(m, "safety-max-mmhg", d.safetyMaxMmHg(), PicsoSpec::allowed);
        final double therapy = number(m, "therapy-min", d.therapyMin(), PicsoSpec::allowed);
        return build(at, () -> new PicsoSpec(rise, minOcclusion, maxOcclusion, release, safetyMax, therapy));
    }

    private IcsoSpec icso(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", ICSO), ICSO);
        final IcsoSpec d = IcsoSpec.defaults();
        final double occlusion = number(m, "occlusion-s", d.occlusionS(), IcsoSpec::allowed);
        final double release = number(m, "release-s", d.releaseS(), IcsoSpec::allowed);
        return build(at, () -> new IcsoSpec(occlusion, release));
    }

    private ObservedIcsoSpec observedIcso(Entry at) throws ScenarioException {
        final PicsoSpec console = picso(at, OBSERVED_ICSO);
        final Map<String, Entry> m = yaml.mapping(at, "a block", OBSERVED_ICSO);
        final ObservedIcsoSpec d = ObservedIcsoSpec.defaults();
        final double mean = number(m, "reaction-mean-s", d.reactionMeanS(), ObservedIcsoSpec::allowed);
        final double sd = number(m, "reaction-sd-s", d.reactionSdS(), ObservedIcsoSpec::allowed);
        final var seedAt = YamlReader.optional(m, "operator-seed");
        final long seed = seedAt.isPresent() ? yaml.integer(seedAt.get(), Long.MIN_VALUE, Long.MAX_VALUE)
            : d.operatorSeed();
        return build(at, () -> new ObservedIcsoSpec(console, mean, sd, seed));
    }

    private SrpSpec srp(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", SRP), SRP);
        final double flow = number(m, "flow-ml-per-min", SrpSpec.defaults().flowMlPerMin(), SrpSpec::allowed);
        return build(at, () -> new SrpSpec(flow));
    }

    private ReducerSpec reducer(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", REDUCER), REDUCER);
        final ReducerSpec d = ReducerSpec.defaults();
        final double neck = number(m, "neck-diameter-mm", d.neckDiameterMm(), ReducerSpec::allowed);
        final double edge = number(m, "edge-diameter-mm", d.edgeDiameterMm(), ReducerSpec::allowed);
        final double days = number(m, "days-since-implant", d.daysSinceImplant(), ReducerSpec::allowed);
        return build(at, () -> new ReducerSpec(neck, edge, days));
    }

    private GraftSpec graft(String operation, Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", GRAFT), GRAFT);
        final GraftSpec d = GraftSpec.defaults(operation);
        final double diameter = number(m, "graft-diameter-mm", d.graftDiameterMm(), GraftSpec::allowed);
        final double length = number(m, "graft-length-mm", d.graftLengthMm(), GraftSpec::allowed);
        final double outflow = number(m, "outflow-diameter-mm", d.outflowDiameterMm(), GraftSpec::allowed);
        return build(at, () -> new GraftSpec(operation, diameter, length, outflow));
    }

    private double number(Map<String, Entry> m, String key, double defaultValue, UnaryOperator<String> allowed)
            throws ScenarioException {
        final var e = YamlReader.optional(m, key);
        return e.isPresent() ? yaml.number(e.get(), allowed.apply(key)) : defaultValue;
    }

    private List<Endpoint> endpoints(Entry at) throws ScenarioException {
        final String allowed = "a list of endpoints, each " + Endpoint.allowed() + ", e.g. [infarct-size]";
        final List<Endpoint> endpoints = new ArrayList<>();
        for (Entry item : yaml.sequence(at, allowed)) {
            endpoints.add(Endpoint.fromKey(yaml.text(item, Endpoint.allowed()))
                .orElseThrow(() -> yaml.notAllowed(item, Endpoint.allowed())));
        }
        return endpoints;
    }

    private DeliverySpec delivery(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys started, completed",
            List.of("started", "completed"));
        final double started = number(m, "started", 1, k -> Specs.rangeText(0, false, 1));
        final double completed = number(m, "completed", started, k -> "a number in [0, started]");
        return build(at, () -> new DeliverySpec(started, completed));
    }

    private TrialDesignSpec trial(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys n-per-arm, simulated-trials, alpha",
            List.of("n-per-arm", "simulated-trials", "alpha"));
        final int n = (int) yaml.integer(yaml.required(m, at, "n-per-arm",
            Specs.integerRangeText(TrialDesignSpec.MIN_N, TrialDesignSpec.MAX_N)), TrialDesignSpec.MIN_N,
            TrialDesignSpec.MAX_N);
        final var trialsAt = YamlReader.optional(m, "simulated-trials");
        final int trials = trialsAt.isPresent() ? (int) yaml.integer(trialsAt.get(), TrialDesignSpec.MIN_TRIALS,
            TrialDesignSpec.MAX_TRIALS) : TrialDesignSpec.DEFAULT_TRIALS;
        final double alpha = number(m, "alpha", TrialDesignSpec.DEFAULT_ALPHA, k -> TrialDesignSpec.alphaAllowed());
        return build(at, () -> new TrialDesignSpec(n, trials, alpha));
    }

    private OutputSpec output(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the key directory", List.of("directory"));
        final Entry dirAt = yaml.required(m, at, "directory", "a directory path");
        final String dir = yaml.text(dirAt, "a directory path");
        try {
            final Path path = Path.of(dir);
            return build(at, () -> new OutputSpec(path));
        } catch (InvalidPathException e) {
            throw yaml.notAllowed(dirAt, "a valid directory path");
        }
    }

    private RunSpec run(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the key partitions", List.of("partitions"));
        final var partitionsAt = YamlReader.optional(m, "partitions");
        if (partitionsAt.isEmpty() || "auto".equals(YamlReader.show(partitionsAt.get().node()))) {
            return RunSpec.auto();
        }
        try {
            return new RunSpec((int) yaml.integer(partitionsAt.get(), 0, RunSpec.MAX_PARTITIONS));
        } catch (ScenarioException e) {
            throw yaml.notAllowed(partitionsAt.get(), "auto or an integer in [0, " + RunSpec.MAX_PARTITIONS + "]");
        }
    }

    private DashboardSpec dashboard(Entry at) throws ScenarioException {
        final Map<String, Entry> m =
            yaml.mapping(at, "a block with the keys enabled, host, port", List.of("enabled", "host", "port"));
        final DashboardSpec d = DashboardSpec.defaults();
        final var enabledAt = YamlReader.optional(m, "enabled");
        final boolean enabled = enabledAt.isPresent() ? yaml.bool(enabledAt.get()) : d.enabled();
        final var hostAt = YamlReader.optional(m, "host");
        final String host = hostAt.isPresent() ? yaml.text(hostAt.get(), DashboardSpec.HOST_ALLOWED) : d.host();
        final var portAt = YamlReader.optional(m, "port");
        final int port = portAt.isPresent() ? (int) yaml.integer(portAt.get(), 0, 65_535) : d.port();
        return build(at, () -> new DashboardSpec(enabled, host, port));
    }

    private KernelSpec kernel(Entry at) throws ScenarioException {
        final List<String> keys = List.of(KernelSpec.KEYS);
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", keys), keys);
        final var recruitmentAt = YamlReader.optional(m, "collateral-recruitment");
        final var baroreflexAt = YamlReader.optional(m, "baroreflex");
        return new KernelSpec(recruitmentAt.isPresent() ? yaml.onOff(recruitmentAt.get()) : null,
            baroreflexAt.isPresent() ? yaml.onOff(baroreflexAt.get()) : null);
    }

    /** Runs a record constructor; a {@link SpecException} becomes a {@link ScenarioException} at its field. */
    private <T> T build(Entry at, Supplier<T> make) throws ScenarioException {
        try {
            return make.get();
        } catch (SpecException e) {
            final String path = YamlReader.child(at.path(), e.field());
            final Entry found = YamlReader.locate(at, e.field());
            final boolean exact = found != null && found.path().equals(path)
                && found.node() instanceof ScalarNode;
            final String value = exact ? YamlReader.show(found.node()) : e.value();
            final int line = found != null ? found.line() : at.line();
            throw new ScenarioException(file, line, path, "value '" + value + "' is not allowed", e.allowed());
        }
    }

    /** The file name without directory and extension: default output directory {@code runs/STEM}. */
    static String stem(String fileName) {
        String s = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        final int dot = s.lastIndexOf('.');
        s = dot > 0 ? s.substring(0, dot) : s;
        return s.isBlank() ? "scenario" : s;
    }
}
