package org.sinus.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.sinus.cohorts.Cohorts;
import org.sinus.dashboard.DashboardOptions;
import org.sinus.dashboard.DashboardServer;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.ParsedScenario;
import org.sinus.engine.scenario.RunSpec;
import org.sinus.engine.scenario.Scenario;
import org.sinus.engine.scenario.ScenarioException;
import org.sinus.engine.scenario.ScenarioParser;
import org.sinus.engine.trial.RunInfo;
import org.sinus.engine.trial.RunSnapshot;
import org.sinus.engine.trial.TrialPower;

/**
 * One run of a scenario, on the driver: checks the input, starts Spark (and the dashboard), writes
 * {@code patients.arrow} in patient order while the partitions finish, then {@code failures.arrow} and
 * {@code summary.json}, each through an {@link AtomicFile}, and prints the summary.
 */
final class TrialRun {

    /**
     * What the user asked for.
     *
     * @param scenario the scenario file
     * @param partitions partitions, or null for the scenario's setting
     * @param output output directory, or null for the scenario's
     * @param seed run seed, or null for the scenario's
     * @param dashboard whether to serve the dashboard if the scenario enables it
     * @param serve whether to keep the dashboard up after the run, until interrupted
     */
    record Options(Path scenario, Integer partitions, Path output, Long seed, boolean dashboard, boolean serve) {
    }

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    TrialRun(Options options, PrintStream out, PrintStream err, boolean terminal) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs; returns the exit status. Input problems are {@link UserError}s. */
    int run() throws IOException, InterruptedException {
        ParsedScenario parsed;
        try {
            parsed = ScenarioParser.load(options.scenario());
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        long seed = options.seed() != null ? options.seed() : parsed.scenario().seed();
        Scenario scenario = TrialPlan.withSeed(parsed.scenario(), seed);
        Path dir = options.output() != null ? options.output().toAbsolutePath().normalize()
                : scenario.output().absoluteDirectory();
        checkWritable(dir);
        PhysicsSwitches physics = PhysicsSwitches.configured(scenario.kernel());
        TrialPlan plan = TrialPlan.of(parsed, seed, physics);
        PatientSimulation simulation;
        try {
            simulation = new PatientSimulation(seed, Cohorts.of(scenario.cohort().type().key()), scenario.arms(),
                    physics);
        } catch (IllegalArgumentException e) {
            throw new UserError(parsed.fileName() + ": " + e.getMessage());
        }
        BuildInfo build = BuildInfo.load();
        List<String> arms = scenario.arms().stream().map(ArmSpec::name).toList();
        Map<String, String> metadata = metadata(parsed, scenario, build, physics);
        RunInfo info = new RunInfo(scenario.name(), Path.of(parsed.fileName()).getFileName() + " ("
                + scenario.cohort().type().key() + ", " + String.format(Locale.ROOT, "%,d", scenario.cohort().size())
                + " patients, " + String.join(" vs ", arms) + ")", parsed.sha256Hex(), seed, build.codeVersion());
        DashboardServer dashboard = startDashboard(scenario);
        boolean completed = false;
        try (JavaSparkContext sc = SparkTrialRunner.context("sinus: " + scenario.name())) {
            int cores = sc.defaultParallelism();
            int partitions = partitions(scenario, cores);
            long total = scenario.cohort().size();
            out.printf("Sinus %s: %s%n  %s, seed %d; %,d patients x %d arms in %d partitions on %s (%d cores)%n",
                    build.codeVersion(), scenario.name(), parsed.fileName(), seed, total, arms.size(), partitions,
                    sc.master(), cores);
            out.flush();
            List<TrialStatistics> perEndpoint = new ArrayList<>();
            for (int k = 0; k < scenario.endpoints().size(); k++) {
                perEndpoint.add(new TrialStatistics(arms, simulation.columns(), scenario.endpoints().get(k),
                        "endpoints[" + k + "]", scenario.trial(), seed));
            }
            TrialStatistics stats = perEndpoint.get(0); // the primary endpoint: the dashboard's
            List<FailureRecord> ledger = new ArrayList<>();
            ProgressBar progress = new ProgressBar(err, terminal, total);
            long[] done = {0, 0, 0}; // patients in order, task nanoseconds (as s * 1e9), kernel runs
            double[] taskS = {0};
            Path patientsPath = dir.resolve("patients.arrow");
            Path failuresPath = dir.resolve("failures.arrow");
            Path summaryPath = dir.resolve("summary.json");
            try (ArrowResults patients = ArrowResults.patients(AtomicFile.open(patientsPath), simulation.columns(),
                    arms, metadata)) {
                SparkTrialRunner.run(sc, plan, IdRange.split(total, partitions), r -> {
                    patients.write(r);
                    for (TrialStatistics st : perEndpoint) {
                        st.accept(r);
                    }
                    ledger.addAll(r.failures());
                    done[0] += r.range().size();
                    done[2] += r.kernelRuns();
                    taskS[0] += r.elapsedS();
                    if (dashboard != null) {
                        dashboard.publish(snapshot(info, stats, done[0], total, progress, false));
                    }
                }, progress::update);
                progress.finish(done[0]);
                double wallS = progress.elapsedS();
                patients.commit();
                try (ArrowResults failures = ArrowResults.failures(AtomicFile.open(failuresPath), metadata)) {
                    failures.writeFailures(ledger);
                    failures.commit();
                }
                Map<String, String> outputs = new LinkedHashMap<>();
                outputs.put("patients", patientsPath.toString());
                outputs.put("failures", failuresPath.toString());
                outputs.put("summary", summaryPath.toString());
                SummaryReport report = new SummaryReport(metadata, perEndpoint, new SummaryReport.Execution(sc.master(),
                        partitions, cores, wallS, taskS[0], done[2], patients.rows()), outputs,
                        simulation.outcome().caveat());
                AtomicFile.write(summaryPath, report.json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (dashboard != null) {
                    dashboard.publish(snapshot(info, stats, done[0], total, progress, true));
                }
                report.printTable(out);
            }
            completed = true;
        } finally {
            if (dashboard != null) {
                if (completed) {
                    serveUntilInterrupted(dashboard); // --serve keeps a finished run's page up
                } else {
                    dashboard.close(); // a failed run reports at once, not after Ctrl-C
                }
            }
        }
        return 0;
    }

    static Map<String, String> metadata(ParsedScenario parsed, Scenario scenario, BuildInfo build,
            PhysicsSwitches physics) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sinus.seed", Long.toString(scenario.seed()));
        m.put("sinus.scenario.name", scenario.name());
        m.put("sinus.scenario.file", parsed.fileName());
        m.put("sinus.scenario.sha256", parsed.sha256Hex());
        m.put("sinus.scenario.text", parsed.text());
        m.put("sinus.seed.overridden", Boolean.toString(scenario.seed() != parsed.scenario().seed()));
        m.put("sinus.cohort", scenario.cohort().type().key());
        m.put("sinus.cohort.size", Integer.toString(scenario.cohort().size()));
        m.put("sinus.arms", String.join(",", scenario.arms().stream().map(ArmSpec::name).toList()));
        m.put("sinus.reference-arm", scenario.referenceArm().name());
        m.put("sinus.version", build.codeVersion());
        // Development switches that change the physics (docs/model.md 4.1, 9.6), so a result says which it had.
        m.put("sinus.kernel.baroreflex", physics.baroreflexKey());
        m.put("sinus.kernel.recruitment", physics.recruitmentKey());
        m.put("sinus.created", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        return m;
    }

    private int partitions(Scenario scenario, int cores) {
        int size = scenario.cohort().size();
        if (options.partitions() != null) {
            return Math.min(options.partitions(), size);
        }
        if (!scenario.run().isAuto()) {
            return Math.min(scenario.run().partitions(), size);
        }
        // Several partitions per core to balance slow patients; about 250 patients each for frequent progress.
        long auto = Math.max(4L * cores, (size + 249) / 250);
        return (int) Math.min(Math.min(auto, size), RunSpec.MAX_PARTITIONS);
    }

    static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".sinus-write-check", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw new UserError("output directory " + dir + " is not writable (permission denied)");
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new UserError("output directory " + dir + " cannot be used: " + e.getFile()
                    + " exists and is not a directory");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError("output directory " + dir + " cannot be created: " + e.getFile()
                    + " does not exist and cannot be made");
        } catch (FileSystemException e) {
            throw new UserError("output directory " + dir + " cannot be used: "
                    + (e.getReason() != null ? e.getReason() : "the file system refused it"));
        } catch (IOException e) {
            throw new UserError("output directory " + dir + " cannot be used: " + e.getMessage());
        }
    }

    private DashboardServer startDashboard(Scenario scenario) {
        if (!options.dashboard() || !scenario.dashboard().enabled()) {
            return null;
        }
        try {
            DashboardServer server = DashboardServer.start(new DashboardOptions(scenario.dashboard().host(),
                    scenario.dashboard().port(), null));
            out.println("Dashboard: " + server.address());
            out.flush();
            return server;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void serveUntilInterrupted(DashboardServer dashboard) throws InterruptedException {
        try {
            if (options.serve()) {
                out.println("Serving the dashboard at " + dashboard.address() + " until Ctrl-C");
                out.flush();
                Runtime.getRuntime().addShutdownHook(new Thread(dashboard::close));
                Thread.currentThread().join();
            }
        } finally {
            dashboard.close();
        }
    }

    private static RunSnapshot snapshot(RunInfo info, TrialStatistics stats, long done, long total,
            ProgressBar progress, boolean finished) {
        List<TrialPower> trials = finished ? stats.simulatedTrials() : List.of();
        return new RunSnapshot(info, stats.endpoint().key(), stats.endpoint().unit(), done, total,
                stats.failedPatients(), progress.elapsedS(), finished ? 0 : progress.etaS(done), finished, stats.arms(),
                stats.differences(), trials);
    }
}
