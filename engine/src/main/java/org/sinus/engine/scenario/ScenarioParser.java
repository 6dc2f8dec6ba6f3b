package org.sinus.engine.scenario;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a scenario file into a validated {@link Scenario}. The YAML is only composed into a node tree (snakeyaml-engine
 * {@link Compose}), never constructed into Java objects, so every value keeps its line and no YAML tag can create an
 * object. Every problem, from an unreadable file to an out-of-range value, is one {@link ScenarioException} with a
 * one-line message: {@code FILE:LINE: field 'PATH': PROBLEM; allowed: ALLOWED}. The format is documented in
 * {@code docs/scenarios.md}.
 */
public final class ScenarioParser {
    private static final String YAML_ALLOWED = "YAML: 'key: value' lines indented with spaces (no tabs), see "
        + "docs/scenarios.md";

    private ScenarioParser() {
    }

    /**
     * Reads and validates a scenario file.
     *
     * @param file the file; messages name it as given
     * @return the scenario
     * @throws ScenarioException if the file cannot be read or is not a valid scenario
     */
    public static Scenario parse(Path file) throws ScenarioException {
        return load(file).scenario();
    }

    /**
     * Validates a scenario given as bytes.
     *
     * @param fileName the name to use in messages and for the default output directory
     * @param bytes the file's content
     * @return the scenario
     * @throws ScenarioException if the content is not a valid scenario
     */
    public static Scenario parse(String fileName, byte[] bytes) throws ScenarioException {
        return load(fileName, bytes).scenario();
    }

    /**
     * Reads and validates a scenario file, keeping its text and SHA-256 for recording with the results.
     *
     * @param file the file; messages name it as given
     * @return the scenario with its source
     * @throws ScenarioException if the file cannot be read or is not a valid scenario
     */
    public static ParsedScenario load(Path file) throws ScenarioException {
        final String name = file.toString();
        final byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(name, 1, "(file)", "is a directory", "a scenario file");
            }
            if (Files.size(file) > ScenarioText.MAX_BYTES) {
                throw new ScenarioException(name, 1, "(file)", "the file has " + Files.size(file) + " bytes",
                    "at most " + ScenarioText.MAX_BYTES + " bytes (1 MiB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, 1, "(file)", "the file does not exist", "an existing scenario file");
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, 1, "(file)", "the file cannot be read (permission denied)",
                "a readable scenario file");
        } catch (IOException e) {
            throw new ScenarioException(name, 1, "(file)", "the file cannot be read (I/O error)",
                "a readable scenario file");
        }
        return load(name, bytes);
    }

    /**
     * Validates a scenario given as bytes, keeping its text and SHA-256.
     *
     * @param fileName the name to use in messages and for the default output directory
     * @param bytes the file's content
     * @return the scenario with its source
     * @throws ScenarioException if the content is not a valid scenario
     */
    public static ParsedScenario load(String fileName, byte[] bytes) throws ScenarioException {
        final String text = ScenarioText.decode(fileName, bytes);
        final Node root = compose(fileName, text).orElseThrow(() -> new ScenarioException(fileName, 1, "(file)",
            "the file contains no YAML document (it is empty or only comments)",
            "a mapping with at least the keys name, seed, cohort, arms"));
        final Scenario scenario = new ScenarioReader(fileName).read(root);
        return new ParsedScenario(scenario, fileName, text, ScenarioText.sha256Hex(bytes));
    }

    private static Optional<Node> compose(String fileName, String text) throws ScenarioException {
        final LoadSettings settings = LoadSettings.builder().setLabel(fileName).setUseMarks(true).build();
        final String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return new Compose(settings).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            final int line = e.getProblemMark().or(e::getContextMark).map(Mark::getLine).orElse(0) + 1;
            final String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new ScenarioException(fileName, line, "(file)", "invalid YAML: " + e.getProblem() + context,
                YAML_ALLOWED);
        } catch (StackOverflowError e) {
            // snakeyaml-engine composes recursively and has no nesting limit; the stack is unwound by now.
            throw new ScenarioException(fileName, 1, "(file)", "invalid YAML: nesting is too deep",
                "a few levels of nesting, as in docs/scenarios.md");
        } catch (YamlEngineException | IllegalStateException | IllegalArgumentException e) {
            // Unmarked parser failures (e.g. limits); their messages may span lines, ScenarioException flattens them.
            throw new ScenarioException(fileName, 1, "(file)", "invalid YAML", YAML_ALLOWED);
        }
    }
}
