package org.sinus.jobs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sinus.cohorts.Cohort;
import org.sinus.cohorts.Cohorts;
import org.sinus.cohorts.Covariate;
import org.sinus.cohorts.VirtualPatient;
import org.sinus.dashboard.DashboardOptions;
import org.sinus.dashboard.DashboardServer;
import org.sinus.engine.devices.Control;
import org.sinus.engine.devices.Devices;
import org.sinus.engine.physiology.ArmPhysiology;
import org.sinus.engine.physiology.Device;
import org.sinus.engine.physiology.Kernel;
import org.sinus.engine.physiology.KernelPath;
import org.sinus.engine.random.RandomStreams;
import org.sinus.engine.scenario.ArmSpec;
import org.sinus.engine.scenario.NoDevice;
import org.sinus.engine.scenario.ParsedScenario;
import org.sinus.engine.scenario.Scenario;
import org.sinus.engine.scenario.ScenarioException;
import org.sinus.engine.scenario.ScenarioParser;
import org.sinus.engine.trial.PatientTraceView;
import org.sinus.engine.trial.RunInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sinus patient}: one patient of a scenario, looked at. Simulates the patient on this thread (no Spark) under
 * control and every arm's device in one {@link Kernel} call, with a {@link PatientTraces} trace, writes
 * {@code patient-<id>.arrow} and {@code patient-<id>.csv} to the output directory, prints the patient and a
 * per-arm summary, and with {@code --serve} shows the traces on the dashboard's patient page until Ctrl-C.
 */
@Command(name = "patient", mixinStandardHelpOptions = true,
        description = "Exports one patient's beat-resolved traces under every arm (Arrow and CSV) and can show them"
                + " on the dashboard.")
final class PatientCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = SinusMain.DEFAULT_SCENARIO,
            description = "scenario file, relative to the working directory (default: ${DEFAULT-VALUE})")
    private Path scenario;

    @CommandLine.ArgGroup(exclusive = true)
    private Which which;

    static final class Which {
        @Option(names = "--patient", paramLabel = "ID", description = "the patient id, 0 to cohort size - 1")
        private Long id;

        @Option(names = "--median", description = "the patient closest to the cohort medians among the first "
                + RepresentativePatient.CANDIDATES + " ids (the default)")
        private boolean median;
    }

    @Option(names = "--output", paramLabel = "DIR", description = "output directory (default: the scenario's)")
    private Path output;

    @Option(names = "--seed", paramLabel = "N", description = "run seed (default: the scenario's)")
    private Long seed;

    @Option(names = "--serve", description = "show the traces on the dashboard (patient.html) until Ctrl-C")
    private boolean serve;

    @Option(names = "--debug", description = "show stack traces of internal errors")
    private boolean debug;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        ParsedScenario parsed;
        try {
            parsed = ScenarioParser.load(SinusMain.resolveDefault(scenario));
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        long runSeed = seed != null ? seed : parsed.scenario().seed();
        Scenario s = TrialPlan.withSeed(parsed.scenario(), runSeed);
        Path dir = output != null ? output.toAbsolutePath().normalize() : s.output().absoluteDirectory();
        TrialRun.checkWritable(dir);
        Cohort cohort = Cohorts.of(s.cohort().type().key());
        VirtualPatient patient = choose(parsed, s, cohort);
        String selection = which != null && which.id != null ? "chosen with --patient"
                : "closest to the cohort medians among patients 0 to "
                        + (Math.min(RepresentativePatient.CANDIDATES, s.cohort().size()) - 1);

        // Control first (the reference every arm is overlaid on), then each arm's device; no-device arms reuse it.
        List<Device> toRun = new ArrayList<>(List.of(new Control()));
        int[] slot = new int[s.arms().size()];
        for (int a = 0; a < slot.length; a++) {
            if (!(s.arms().get(a).device() instanceof NoDevice)) {
                slot[a] = toRun.size();
                try {
                    toRun.add(Devices.of(s.arms().get(a).device()));
                } catch (IllegalArgumentException e) {
                    throw new UserError(parsed.fileName() + ": arm " + s.arms().get(a).name() + ": " + e.getMessage());
                }
            }
        }
        long start = System.nanoTime();
        PhysicsSwitches physics = PhysicsSwitches.configured(s.kernel());
        Kernel kernel = new Kernel(physics.constants(), 1, Kernel.DEFAULT_STEP_S, KernelPath.configured(),
                physics.baroreflex());
        PatientTraces traces = new PatientTraces(toRun.size(), toRun.get(0).protocol().warmupS(),
                Kernel.DEFAULT_STEP_S);
        ArmPhysiology[][] phys = kernel.run(List.of(patient.parameters()), toRun, traces);
        double elapsedS = (System.nanoTime() - start) / 1e9;

        List<PatientTraceView.Arm> arms = new ArrayList<>();
        for (int a = 0; a < slot.length; a++) {
            ArmSpec arm = s.arms().get(a);
            arms.add(traces.device(slot[a], arm.name(), toRun.get(slot[a]).name(), phys[slot[a]][0]));
        }
        if (s.arms().stream().noneMatch(a -> a.device() instanceof NoDevice)) {
            boolean taken = s.arms().stream().anyMatch(a -> a.name().equals("control"));
            arms.add(traces.device(0, taken ? "no-device" : "control", "none", phys[0][0]));
        }
        BuildInfo build = BuildInfo.load();
        List<PatientTraceView.Quantity> covariates = covariates(cohort, patient);
        Map<String, String> metadata = TrialRun.metadata(parsed, s, build, physics);
        metadata.put("sinus.patient.id", Long.toString(patient.id()));
        metadata.put("sinus.patient.selection", selection);
        for (PatientTraceView.Quantity q : covariates) {
            metadata.put("sinus.patient." + q.name(), Double.toString(q.value()));
        }
        for (PatientTraceView.Arm a : arms) {
            for (PatientTraceView.Quantity q : a.summary()) {
                metadata.put("sinus.summary." + a.arm() + "." + q.name(), Double.toString(q.value()));
            }
        }
        metadata.put("sinus.trace.sample_s", Double.toString(PatientTraces.SAMPLE_S));
        metadata.put("sinus.trace.period_s", Double.toString(traces.periodS()));

        List<PatientTraceView.Arm> rows = new ArrayList<>();
        rows.add(traces.warmup());
        rows.addAll(arms);
        Path arrow = dir.resolve("patient-" + patient.id() + ".arrow");
        Path csv = dir.resolve("patient-" + patient.id() + ".csv");
        PatientTraceFiles.writeArrow(arrow, rows, metadata);
        PatientTraceFiles.writeCsv(csv, rows);

        PatientTraceView view = new PatientTraceView(new RunInfo(s.name(), "patient " + patient.id() + " of "
                + Path.of(parsed.fileName()).getFileName() + " (" + selection + ")", parsed.sha256Hex(), runSeed,
                build.codeVersion()), patient.id(), selection, covariates, traces.periodS(), traces.warmup(), arms);
        PatientSummary.print(out, view, parsed.fileName(), build.codeVersion(), elapsedS);
        out.printf("Traces: %s%n        %s%n", arrow, csv);
        out.flush();
        if (serve) {
            serve(s, view, out);
        }
        return 0;
    }

    private VirtualPatient choose(ParsedScenario parsed, Scenario s, Cohort cohort) {
        RandomStreams streams = RandomStreams.of(s.seed());
        int size = s.cohort().size();
        if (which != null && which.id != null) {
            long id = which.id;
            if (id < 0 || id >= size) {
                throw new UserError("--patient " + id + " is not allowed; allowed: 0 to " + (size - 1) + " (the"
                        + " cohort size of " + parsed.fileName() + " is " + size + ")");
            }
            try {
                return cohort.sample(streams, id);
            } catch (IllegalArgumentException e) {
                throw new UserError("patient " + id + " cannot be simulated: "
                        + PatientSimulation.oneLine(e.getMessage()));
            }
        }
        try {
            return RepresentativePatient.of(cohort, streams, size);
        } catch (IllegalArgumentException e) {
            throw new UserError(parsed.fileName() + ": " + e.getMessage());
        }
    }

    private static List<PatientTraceView.Quantity> covariates(Cohort cohort, VirtualPatient p) {
        List<PatientTraceView.Quantity> out = new ArrayList<>();
        for (int c = 0; c < cohort.covariates().size(); c++) {
            Covariate cv = cohort.covariates().get(c);
            out.add(new PatientTraceView.Quantity(ResultColumns.snakeCase(cv.name()), cv.unit(), p.covariate(c)));
        }
        return out;
    }

    private static void serve(Scenario s, PatientTraceView view, PrintWriter out) throws InterruptedException {
        DashboardServer server;
        try {
            server = DashboardServer.start(new DashboardOptions(s.dashboard().host(), s.dashboard().port(), null));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try {
            server.publishPatient(view);
            out.println("Serving the patient's traces at " + server.patientAddress() + " until Ctrl-C");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            Thread.currentThread().join();
        } finally {
            server.close();
        }
    }
}
