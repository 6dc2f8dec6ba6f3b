package org.sinus.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinus.engine.scenario.TrialDesignSpec;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.SimulatedTrials;
import org.sinus.engine.trial.TrialPower;

/**
 * The summary of a finished run, as a table for the terminal and as {@code summary.json} (the same numbers, plus
 * the run's identity and execution figures). Non-finite numbers are written as JSON {@code null}.
 *
 * @param metadata the run's identity (as in the Arrow files' schema metadata)
 * @param statistics the statistics of every endpoint the scenario names, the primary (first) one first
 * @param execution partitions, cores, timings and counts
 * @param outputs output file paths by name
 * @param caveat what every reader of an effect estimate must know (the outcome model's), or empty
 */
record SummaryReport(Map<String, String> metadata, List<TrialStatistics> statistics, Execution execution,
        Map<String, String> outputs, String caveat) {

    SummaryReport {
        if (statistics.isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one endpoint");
        }
        statistics = List.copyOf(statistics);
    }

    /**
     * How the run went.
     *
     * @param master the Spark master
     * @param partitions partitions
     * @param cores the context's default parallelism
     * @param wallS wall time of the simulation, s
     * @param taskS summed task time, s
     * @param kernelRuns patient-arm kernel simulations
     * @param patientArms patient-arm results written
     */
    record Execution(String master, int partitions, int cores, double wallS, double taskS, long kernelRuns,
            long patientArms) {
        double patientArmsPerS() {
            return patientArms / wallS;
        }
    }

    void printTable(PrintStream out) {
        for (int e = 0; e < statistics.size(); e++) {
            printEndpoint(out, statistics.get(e), e == 0 ? "" : "Secondary endpoint: ");
        }
        if (!caveat.isEmpty()) {
            out.println("Note: " + caveat);
        }
        out.printf(Locale.ROOT, "Wall time %.1f s; %,d patient-arms, %.1f patient-arms/s; %d partitions on %d cores%n",
                execution.wallS(), execution.patientArms(), execution.patientArmsPerS(), execution.partitions(),
                execution.cores());
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            out.printf(Locale.ROOT, "  %-9s %s%n", e.getKey() + ":", e.getValue());
        }
    }

    /** One endpoint's table: arms, paired differences and simulated trials. */
    private static void printEndpoint(PrintStream out, TrialStatistics statistics, String prefix) {
        List<ArmSummary> arms = statistics.arms();
        int w = armColumnWidth(arms);
        out.printf(Locale.ROOT, "%n%s%s (%s): %,d patients in every arm, %,d in the failure ledger%n", prefix,
                statistics.endpoint().label(), statistics.endpoint().unit(),
                statistics.patients(), statistics.failedPatients());
        if (statistics.endpoint().binary()) {
            out.printf(Locale.ROOT, "  %-" + w + "s %7s %7s %10s  %s%n", "arm", "n", "events", "proportion",
                    "95% CI (Wilson)");
            for (ArmSummary s : arms) {
                out.printf(Locale.ROOT, "  %-" + w + "s %7d %7d %10.4f  %s%n", s.arm(), s.n(),
                        Math.round(s.mean() * s.n()), s.mean(), ci4(s.ciLow(), s.ciHigh()));
            }
            out.printf(Locale.ROOT, "Paired risk difference (arm - %s), same patients:%n", arms.get(0).arm());
            for (PairedDifference d : statistics.differences()) {
                out.printf(Locale.ROOT, "  %-" + w + "s %7d %18.4f  %s%n", d.arm(), d.n(), d.mean(),
                        ci4(d.ciLow(), d.ciHigh()));
            }
        } else {
            out.printf(Locale.ROOT, "  %-" + w + "s %7s %7s %7s  %-17s  %s%n", "arm", "n", "mean", "SD", "95% CI",
                    "median (IQR)");
            for (int a = 0; a < arms.size(); a++) {
                ArmSummary s = arms.get(a);
                double[] q = statistics.quartiles(a);
                out.printf(Locale.ROOT, "  %-" + w + "s %7d %7.2f %7.2f  %-17s  %.1f (%.1f-%.1f)%n", s.arm(), s.n(),
                        s.mean(), s.sd(), ci(s.ciLow(), s.ciHigh()), q[1], q[0], q[2]);
            }
            out.printf(Locale.ROOT, "Paired difference (arm - %s):%n", arms.get(0).arm());
            for (PairedDifference d : statistics.differences()) {
                out.printf(Locale.ROOT, "  %-" + w + "s %7d %7.2f %7.2f  %-17s%n", d.arm(), d.n(), d.mean(), d.sd(),
                        ci(d.ciLow(), d.ciHigh()));
            }
        }
        printSimulatedTrials(out, statistics, arms);
    }

    /** Width of the arm column: the longest arm name, at least 14. */
    private static int armColumnWidth(List<ArmSummary> arms) {
        return Math.max(14, arms.stream().mapToInt(a -> a.arm().length()).max().orElse(0));
    }

    private static void printSimulatedTrials(PrintStream out, TrialStatistics statistics, List<ArmSummary> arms) {
        int w = armColumnWidth(arms);
        List<TrialPower> trials = statistics.simulatedTrials();
        if (trials.isEmpty()) {
            return;
        }
        TrialDesignSpec d = statistics.design();
        SimulatedTrials.Result first = trials.get(0).result();
        out.printf(Locale.ROOT, "Simulated trials: %,d patients per arm, %,d trials drawn from %,d virtual patients%s;"
                + " two-sided %s at alpha %s:%n", d.nPerArm(), d.simulatedTrials(), first.pool(),
                first.withReplacement() ? " (with replacement: fewer than two arms' worth)" : "",
                first.method().label(), alpha(d.alpha()));
        out.printf(Locale.ROOT, "  %-" + w + "s %-17s %-30s %s%n", "arm", "power", "estimate (95% of trials)",
                "typical 95% CI");
        String f = statistics.endpoint().binary() ? "%.3f" : "%.2f";
        for (TrialPower t : trials) {
            SimulatedTrials.Result r = t.result();
            out.printf(Locale.ROOT, "  %-" + w + "s %-17s %-30s +/- " + f + "%n", t.arm(),
                    String.format(Locale.ROOT, "%.3f (+/- %.3f)", r.power(), r.powerSe()),
                    String.format(Locale.ROOT, f + " (" + f + " to " + f + ")", r.meanEffect(), r.effectLow(),
                            r.effectHigh()),
                    r.medianCiHalfWidth());
        }
    }

    private static String alpha(double alpha) {
        return java.math.BigDecimal.valueOf(alpha).stripTrailingZeros().toPlainString();
    }

    private static String ci(double lo, double hi) {
        return String.format(Locale.ROOT, "[%.2f, %.2f]", lo, hi);
    }

    private static String ci4(double lo, double hi) {
        return String.format(Locale.ROOT, "[%.4f, %.4f]", lo, hi);
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode run = root.putObject("run");
        metadata.forEach((k, v) -> {
            if (!k.equals("sinus.scenario.text")) {
                run.put(k.startsWith("sinus.") ? k.substring(6) : k, v);
            }
        });
        run.put("scenario.text", metadata.get("sinus.scenario.text"));
        TrialStatistics primary = statistics.get(0);
        root.put("caveat", caveat);
        root.put("patients", primary.patients()).put("failedPatients", primary.failedPatients());
        endpointJson(root, primary);
        ArrayNode secondary = root.putArray("secondaryEndpoints");
        for (TrialStatistics st : statistics.subList(1, statistics.size())) {
            endpointJson(secondary.addObject(), st);
        }
        ObjectNode ex = root.putObject("execution").put("master", execution.master())
                .put("partitions", execution.partitions()).put("cores", execution.cores());
        num(ex, "wallS", execution.wallS());
        num(ex, "taskS", execution.taskS());
        ex.put("kernelRuns", execution.kernelRuns()).put("patientArms", execution.patientArms());
        num(ex, "patientArmsPerS", execution.patientArmsPerS());
        ObjectNode files = root.putObject("outputs");
        outputs.forEach(files::put);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One endpoint's summary into {@code root}: its name and unit, arms, paired differences, simulated trials. */
    private static void endpointJson(ObjectNode root, TrialStatistics statistics) {
        root.put("endpoint", statistics.endpoint().key()).put("unit", statistics.endpoint().unit())
                .put("kind", statistics.endpoint().kind().name().toLowerCase(Locale.ROOT));
        ArrayNode arms = root.putArray("arms");
        List<ArmSummary> summaries = statistics.arms();
        for (int a = 0; a < summaries.size(); a++) {
            ArmSummary s = summaries.get(a);
            double[] q = statistics.quartiles(a);
            ObjectNode n = arms.addObject().put("arm", s.arm()).put("n", s.n());
            num(n, "mean", s.mean());
            num(n, "sd", s.sd());
            num(n, "ciLow", s.ciLow());
            num(n, "ciHigh", s.ciHigh());
            num(n, "q1", q[0]);
            num(n, "median", q[1]);
            num(n, "q3", q[2]);
            ObjectNode h = n.putObject("histogram").put("lowerEdge", s.histogram().lowerEdge())
                    .put("binWidth", s.histogram().binWidth());
            ArrayNode counts = h.putArray("counts");
            for (long c : s.histogram().counts()) {
                counts.add(c);
            }
        }
        ArrayNode diffs = root.putArray("differences");
        for (PairedDifference d : statistics.differences()) {
            ObjectNode n = diffs.addObject().put("arm", d.arm()).put("reference", d.reference()).put("n", d.n());
            num(n, "mean", d.mean());
            num(n, "sd", d.sd());
            num(n, "ciLow", d.ciLow());
            num(n, "ciHigh", d.ciHigh());
        }
        List<TrialPower> trials = statistics.simulatedTrials();
        if (!trials.isEmpty()) {
            TrialDesignSpec d = statistics.design();
            SimulatedTrials.Result first = trials.get(0).result();
            ObjectNode st = root.putObject("simulatedTrials").put("nPerArm", d.nPerArm())
                    .put("trials", d.simulatedTrials()).put("alpha", d.alpha()).put("test", first.method().label() + ", two-sided")
                    .put("pool", first.pool()).put("withReplacement", first.withReplacement());
            ArrayNode comparisons = st.putArray("comparisons");
            for (TrialPower t : trials) {
                SimulatedTrials.Result r = t.result();
                ObjectNode n = comparisons.addObject().put("arm", t.arm()).put("reference", t.reference());
                num(n, "power", r.power());
                num(n, "powerSe", r.powerSe());
                num(n, "meanEffect", r.meanEffect());
                num(n, "effectLow", r.effectLow());
                num(n, "effectHigh", r.effectHigh());
                num(n, "medianCiHalfWidth", r.medianCiHalfWidth());
            }
        }
    }

    private static void num(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }
}
