package org.sinus.jobs;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinus.engine.scenario.ScenarioValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code sinus} command: {@code run} a scenario, look at one {@code patient} of it ({@link PatientCommand}),
 * {@code validate} scenario files. Exit status 0 on success, 2
 * for bad input (one line on stderr, no stack trace), 1 for an internal error (a short message; the stack trace
 * with {@code --debug}).
 */
@Command(name = "sinus", mixinStandardHelpOptions = true, versionProvider = SinusMain.Version.class,
        description = "In-silico trials of coronary sinus interventions.",
        subcommands = {SinusMain.Run.class, PatientCommand.class, SinusMain.Validate.class, CalibrateCommand.class,
            CommandLine.HelpCommand.class})
public final class SinusMain implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int INTERNAL = 1;
    static final String DEFAULT_SCENARIO = "scenarios/stemi-picso.yaml";

    private PrintStream out;
    private PrintStream err;
    private boolean terminal;

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err, isTerminal()));
    }

    /**
     * Whether stderr is an interactive terminal. From Java 22 {@code System.console()} is non-null even when output
     * is redirected, and {@code Console.isTerminal()} (Java 22+) tells; on older Java a console means a terminal.
     */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException olderJava) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
    }

    /** Runs the command line in-process; returns the exit status. */
    static int execute(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        SinusMain main = new SinusMain();
        main.out = out;
        main.err = err;
        main.terminal = terminal;
        boolean debug = Arrays.asList(args).contains("--debug");
        CommandLine cl = new CommandLine(main);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("sinus: " + e.getMessage().replace('\n', ' ') + " (see sinus --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            if (e instanceof UserError) {
                err.println("sinus: " + e.getMessage());
                return BAD_INPUT;
            }
            err.println("sinus: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public Integer call() {
        err.println("sinus: a command is required: run, patient, validate or calibrate (see sinus --help)");
        return BAD_INPUT;
    }

    /** {@code sinus run}. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Simulates every patient of a scenario under every arm on Spark and writes the results.")
    static final class Run implements Callable<Integer> {
        @CommandLine.ParentCommand
        private SinusMain parent;

        @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = DEFAULT_SCENARIO,
                description = "scenario file, relative to the working directory (default: ${DEFAULT-VALUE})")
        private Path scenario;

        @Option(names = "--partitions", paramLabel = "N", description = "partitions (default: the scenario's)")
        private Integer partitions;

        @Option(names = "--output", paramLabel = "DIR", description = "output directory (default: the scenario's)")
        private Path output;

        @Option(names = "--seed", paramLabel = "N", description = "run seed (default: the scenario's)")
        private Long seed;

        @Option(names = "--no-dashboard", description = "do not start the dashboard")
        private boolean noDashboard;

        @Option(names = "--serve", description = "keep the dashboard up after the run until Ctrl-C")
        private boolean serve;

        @Option(names = "--debug", description = "show stack traces of internal errors")
        private boolean debug;

        @Override
        public Integer call() throws Exception {
            if (partitions != null && (partitions < 1 || partitions > 100_000)) {
                throw new UserError("--partitions " + partitions + " is not allowed; allowed: 1 to 100000");
            }
            return new TrialRun(new TrialRun.Options(resolveDefault(scenario), partitions, output, seed, !noDashboard,
                    serve),
                    parent.out, parent.err, parent.terminal).run();
        }
    }

    /**
     * The default scenario, when run from outside the checkout, is the checkout's own: the launcher passes its
     * directory as {@code sinus.home}. Any other path is taken as given, relative to the working directory.
     */
    static Path resolveDefault(Path scenario) {
        String home = System.getProperty("sinus.home");
        if (home != null && !scenario.isAbsolute() && scenario.equals(Path.of(DEFAULT_SCENARIO))
                && !Files.exists(scenario)) {
            return Path.of(home).resolve(scenario);
        }
        return scenario;
    }

    /** {@code sinus validate}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks scenario files without running them: one line per file.")
    static final class Validate implements Callable<Integer> {
        @CommandLine.ParentCommand
        private SinusMain parent;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "scenario files")
        private List<Path> files;

        @Override
        public Integer call() {
            ScenarioValidator.Report report = ScenarioValidator.validate(files);
            report.lines().forEach(parent.out::println);
            return report.ok() ? 0 : BAD_INPUT;
        }
    }

    /** The version line: Sinus version and commit. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sinus " + BuildInfo.load().codeVersion()};
        }
    }
}
