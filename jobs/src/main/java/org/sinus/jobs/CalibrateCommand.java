package org.sinus.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinus.cohorts.calibration.Calibration;
import org.sinus.cohorts.calibration.CalibrationReport;
import org.sinus.cohorts.calibration.Calibrations;
import org.sinus.cohorts.calibration.TargetCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sinus calibrate}: fits every outcome model's free parameters to the published targets, prints the
 * calibration report (target, published, model, error, band, verdict), writes it as {@code report.md} and
 * {@code report.json}, and with {@code --write} stores the fitted parameters, with their provenance, in the models'
 * parameter files in the source tree, which the next build (that {@code ./sinus} starts by itself) puts in force for
 * every scenario. Exit status 0 when every fitted target passes (validations may miss; the report says why), 1 if a
 * fitted one fails.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Fits the outcome models' free parameters to the published targets and reports the fit.")
final class CalibrateCommand implements Callable<Integer> {
    /** The line of a parameter file that records the last fit. */
    static final String FITTED_PREFIX = "# fitted: ";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "runs/calibration",
            description = "where report.md and report.json go (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the populations fitted on (default: "
            + Calibrations.SEED + ")")
    private long seed = Calibrations.SEED;

    @Option(names = "--write", description = "store the fitted parameters in the source tree's parameter files"
            + " (then ./sinus rebuilds and every scenario uses them)")
    private boolean write;

    @Option(names = "--debug", description = "show stack traces of internal errors")
    private boolean debug;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        BuildInfo build = BuildInfo.load();
        Path root = write ? sourceRoot() : null; // before the fits: a --write that cannot be done fails at once
        List<CalibrationReport> reports = new ArrayList<>();
        for (Calibration c : Calibrations.all()) {
            long start = System.nanoTime();
            CalibrationReport r = c.run(seed);
            reports.add(r);
            print(out, r, (System.nanoTime() - start) / 1e9);
        }
        Files.createDirectories(output);
        AtomicFile.write(output.resolve("report.md"), markdown(reports, build).getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(output.resolve("report.json"), json(reports, build).getBytes(StandardCharsets.UTF_8));
        out.printf(Locale.ROOT, "Report: %s, %s%n", output.resolve("report.md"), output.resolve("report.json"));
        if (write) {
            for (CalibrationReport r : reports) {
                if (r.parameterFile() == null) {
                    out.printf(Locale.ROOT, "Not stored: %s keeps its parameters in code (%s)%n", r.model(),
                            r.method());
                    continue;
                }
                Path file = root.resolve(r.parameterFile());
                store(file, r, provenance(r, build));
                out.printf(Locale.ROOT, "Stored %s in %s (in force after the next build; ./sinus rebuilds by itself)%n",
                        r.fitted().keySet(), file);
            }
        }
        boolean pass = reports.stream().allMatch(CalibrationReport::fitsPass);
        out.println(pass ? "Every fitted target passes." : "A FITTED TARGET FAILS: the fit did not converge or the model"
                + " cannot reach it; see the report.");
        out.flush();
        return pass ? 0 : SinusMain.INTERNAL;
    }

    private void print(PrintWriter out, CalibrationReport r, double seconds) {
        out.printf(Locale.ROOT, "%n%s (%.1f s): fitted %s%n  %s%n", r.model(), seconds, r.fitted(), r.method());
        int w = Math.max(6, r.checks().stream().mapToInt(c -> c.target().length()).max().orElse(0));
        int q = Math.max(8, r.checks().stream().mapToInt(c -> c.quantity().length()).max().orElse(0));
        out.printf(Locale.ROOT, "  %-" + w + "s %-" + q + "s %10s %10s %9s  %-21s  %s%n", "target", "quantity",
                "published", "model", "error", "band", "verdict");
        for (TargetCheck c : r.checks()) {
            out.printf(Locale.ROOT, "  %-" + w + "s %-" + q + "s %10.3f %10.3f %+9.3f  %-21s  %s%n", c.target(),
                    c.quantity(), c.published(), c.model(), c.error(), band(c), verdict(c));
        }
    }

    private static String band(TargetCheck c) {
        return String.format(Locale.ROOT, "[%.3f, %.3f]", c.low(), c.high());
    }

    private static String verdict(TargetCheck c) {
        if (c.pass()) {
            return c.fitted() ? "pass (fitted)" : "pass";
        }
        return c.fitted() ? "FAIL (fitted)" : "miss" + (c.note().isEmpty() ? "" : ": " + c.note());
    }

    private Path sourceRoot() {
        String home = System.getProperty("sinus.home");
        Path root = home == null ? Path.of("").toAbsolutePath() : Path.of(home);
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("engine/src/main"))) {
            throw new UserError("--write needs the Sinus source tree (run ./sinus from a checkout); " + root
                    + " has no engine/src/main");
        }
        return root;
    }

    private String provenance(CalibrationReport r, BuildInfo build) {
        return FITTED_PREFIX + LocalDate.now(ZoneOffset.UTC) + " by ./sinus calibrate, code " + build.codeVersion()
                + "; " + r.method();
    }

    /**
     * Rewrites the fitted keys' lines and the provenance line ({@value #FITTED_PREFIX}..., one line) of a parameter
     * file, keeping every other line; written to a temporary file and renamed.
     */
    static void store(Path file, CalibrationReport r, String provenance) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("parameter file " + file + " is missing");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (Map.Entry<String, Double> e : r.fitted().entrySet()) {
            Pattern key = Pattern.compile("^" + Pattern.quote(e.getKey()) + "\\s*=.*$");
            boolean found = false;
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = key.matcher(lines.get(i));
                if (m.matches()) {
                    lines.set(i, e.getKey() + "=" + e.getValue());
                    found = true;
                }
            }
            if (!found) {
                throw new UserError("parameter file " + file + " has no key '" + e.getKey() + "'");
            }
        }
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FITTED_PREFIX)) {
                at = i;
            }
        }
        if (at >= 0) {
            lines.set(at, provenance);
        } else {
            lines.add(0, provenance);
        }
        AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String markdown(List<CalibrationReport> reports, BuildInfo build) {
        StringBuilder sb = new StringBuilder("# Calibration report\n\nCode " + build.codeVersion() + ", "
                + LocalDate.now(ZoneOffset.UTC) + ". Written by `./sinus calibrate`; targets from `targets.md`.\n");
        for (CalibrationReport r : reports) {
            sb.append("\n## ").append(r.model()).append("\n\nFitted: ").append(r.fitted()).append(". ")
                    .append(r.method()).append(". Parameter file: `")
                    .append(r.parameterFile() == null ? "none (in code)" : r.parameterFile()).append("`.\n\n")
                    .append("| target | quantity | published | model | error | band | verdict |\n")
                    .append("| --- | --- | --- | --- | --- | --- | --- |\n");
            for (TargetCheck c : r.checks()) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %+.3f | %s | %s |%n", c.target(),
                        c.quantity(), c.published(), c.model(), c.error(), band(c), verdict(c)));
            }
        }
        return sb.toString();
    }

    private static String json(List<CalibrationReport> reports, BuildInfo build) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("code", build.codeVersion())
                .put("date", LocalDate.now(ZoneOffset.UTC).toString());
        ArrayNode models = root.putArray("models");
        for (CalibrationReport r : reports) {
            ObjectNode m = models.addObject().put("model", r.model()).put("parameterFile", r.parameterFile() == null
                    ? "" : r.parameterFile())
                    .put("method", r.method()).put("fitsPass", r.fitsPass());
            ObjectNode fitted = m.putObject("fitted");
            r.fitted().forEach(fitted::put);
            ArrayNode checks = m.putArray("checks");
            for (TargetCheck c : r.checks()) {
                checks.addObject().put("target", c.target()).put("quantity", c.quantity())
                        .put("published", c.published()).put("model", c.model()).put("error", c.error())
                        .put("low", c.low()).put("high", c.high()).put("fitted", c.fitted()).put("pass", c.pass())
                        .put("note", c.note());
            }
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
