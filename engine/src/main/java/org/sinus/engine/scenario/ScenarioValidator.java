package org.sinus.engine.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks scenario files without running them, for {@code ./sinus validate FILE...}: one line per file, either
 * <pre>
 *   OK  scenarios/stemi-picso.yaml  (PICSO after primary PCI in anterior STEMI, 10000 patients, 2 arms)
 * </pre>
 * or the file's {@link ScenarioException} message.
 */
public final class ScenarioValidator {

    /**
     * The outcome of validating some files.
     *
     * @param lines one line per file, in the order given
     * @param ok whether every file is valid (false when no file was given)
     */
    public record Report(List<String> lines, boolean ok) {
        public Report {
            lines = List.copyOf(lines);
        }
    }

    private ScenarioValidator() {
    }

    /**
     * Validates each file.
     *
     * @param files the scenario files
     * @return one line per file and the overall verdict
     */
    public static Report validate(List<Path> files) {
        if (files.isEmpty()) {
            return new Report(List.of("no scenario file given"), false);
        }
        final List<String> lines = new ArrayList<>();
        boolean ok = true;
        for (Path file : files) {
            try {
                final Scenario s = ScenarioParser.parse(file);
                lines.add("OK  " + file + "  (" + ScenarioException.oneLine(s.name()) + ", " + s.cohort().size()
                    + " patients, " + s.arms().size() + " arms)");
            } catch (ScenarioException e) {
                lines.add(e.getMessage());
                ok = false;
            }
        }
        return new Report(lines, ok);
    }
}
