package org.sinus.engine.scenario;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sinus.engine.scenario.YamlReader.Entry;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Builds the spec records from a composed YAML tree. Types are checked here; ranges and cross-field rules are checked
 * by the records, whose {@link SpecException} is turned into a located {@link ScenarioException}.
 */
final class ScenarioReader {
    private static final List<String> TOP =
        List.of("name", "description", "seed", "cohort", "arms", "endpoints", "output", "run", "dashboard");
    private static final List<String> COHORT = List.of("type", "size");
    private static final List<String> ARM = List.of("name", "device", "picso");
    private static final List<String> PICSO = List.of("plateau-rise-mmhg-per-beat", "min-occlusion-s",
        "max-occlusion-s", "release-s", "safety-max-mmhg", "therapy-min");
    private static final String DEVICES = "one of " + NoDevice.KIND + ", " + PicsoSpec.KIND;

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
        final OutputSpec output = YamlReader.optional(top, "output").isPresent()
            ? output(top.get("output")) : new OutputSpec(Path.of("runs", stem(file)));
        final RunSpec run = YamlReader.optional(top, "run").isPresent() ? run(top.get("run")) : RunSpec.auto();
        final DashboardSpec dashboard = YamlReader.optional(top, "dashboard").isPresent()
            ? dashboard(top.get("dashboard")) : DashboardSpec.defaults();
        return build(doc, () -> new Scenario(name, description, seed, cohort, arms, endpoints, output, run,
            dashboard));
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

    private ArmSpec arm(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "an arm: a block with the keys name, device[, picso]", ARM);
        final String name = yaml.text(yaml.required(m, at, "name", ArmSpec.NAME_ALLOWED), ArmSpec.NAME_ALLOWED);
        final Entry deviceAt = yaml.required(m, at, "device", DEVICES);
        final String kind = yaml.text(deviceAt, DEVICES);
        final DeviceSpec device;
        if (kind.equals(PicsoSpec.KIND)) {
            device = YamlReader.optional(m, "picso").isPresent() ? picso(m.get("picso")) : PicsoSpec.defaults();
        } else if (kind.equals(NoDevice.KIND)) {
            if (m.containsKey("picso")) {
                throw yaml.error(m.get("picso"), "a 'picso' block is not allowed with device: none",
                    "a 'picso' block only with device: picso");
            }
            device = new NoDevice();
        } else {
            throw yaml.notAllowed(deviceAt, DEVICES);
        }
        return build(at, () -> new ArmSpec(name, device));
    }

    private PicsoSpec picso(Entry at) throws ScenarioException {
        final Map<String, Entry> m = yaml.mapping(at, "a block with the keys " + String.join(", ", PICSO), PICSO);
        final PicsoSpec d = PicsoSpec.defaults();
        final double rise = number(m, "plateau-rise-mmhg-per-beat", d.plateauRiseMmHgPerBeat());
        final double minOcclusion = number(m, "min-occlusion-s", d.minOcclusionS());
        final double maxOcclusion = number(m, "max-occlusion-s", d.maxOcclusionS());
        final double release = number(m, "release-s", d.releaseS());
        final double safetyMax = number(m, "safety-max-mmhg", d.safetyMaxMmHg());
        final double therapy = number(m, "therapy-min", d.therapyMin());
        return build(at, () -> new PicsoSpec(rise, minOcclusion, maxOcclusion, release, safetyMax, therapy));
    }

    private double number(Map<String, Entry> m, String key, double defaultValue) throws ScenarioException {
        final var e = YamlReader.optional(m, key);
        return e.isPresent() ? yaml.number(e.get(), PicsoSpec.allowed(key)) : defaultValue;
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
