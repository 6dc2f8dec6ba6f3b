package org.sinus.jobs;

import java.io.PrintWriter;
import java.util.Locale;
import org.sinus.engine.physiology.Metric;
import org.sinus.engine.trial.PatientTraceView;

/** The console summary of {@code sinus patient}: who the patient is, and per arm what a clinician reads first. */
final class PatientSummary {
    private static final int WIDTH = 110;

    /** Columns of the per-arm table: metric, header, unit, scale, decimals. */
    private record Column(Metric metric, String header, String unit, double scale, int decimals) {
    }

    private static final Column[] COLUMNS = {
        new Column(Metric.CS_MEAN_MMHG, "CS mean", "mmHg", 1, 1),
        new Column(Metric.CS_SYSTOLIC_MMHG, "CS systolic", "mmHg", 1, 1),
        new Column(Metric.LVEDP_MMHG, "LVEDP", "mmHg", 1, 1),
        new Column(Metric.STROKE_VOLUME_ML, "stroke volume", "ml", 1, 1),
        new Column(Metric.RISK_ENDO_FLOW_ML_PER_MIN_PER_G, "at-risk endo flow", "ml/min/g", 1, 3),
        new Column(Metric.RISK_ENDO_PERFUSION_ML_PER_MIN_PER_G, "endo perfusion", "ml/min/g", 1, 3),
        new Column(Metric.OCCLUSION_FRACTION, "CS occluded", "% of time", 100, 0),
    };

    private PatientSummary() {
    }

    static void print(PrintWriter out, PatientTraceView v, String file, String codeVersion, double elapsedS) {
        out.printf(Locale.ROOT, "Sinus %s: %s%n  %s, seed %d; patient %d (%s), simulated in %.1f s%n", codeVersion,
                v.run().scenarioName(), file, v.run().seed(), v.patientId(), v.selection(), elapsedS);
        StringBuilder line = new StringBuilder("  ");
        for (PatientTraceView.Quantity q : v.covariates()) {
            String item = q.name() + " " + number(q.value(), q.unit().equals("0/1") || q.value() == Math.rint(q.value())
                    ? 0 : q.value() < 10 ? 2 : 1);
            if (line.length() + item.length() + 2 > WIDTH) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder("  ");
            }
            line.append(item).append(", ");
        }
        out.println(line.substring(0, line.length() - 2));
        out.println();
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-14s", "arm"));
        StringBuilder units = new StringBuilder(String.format(Locale.ROOT, "  %-14s", ""));
        for (Column c : COLUMNS) {
            int w = Math.max(c.header().length(), c.unit().length()) + 2;
            head.append(String.format(Locale.ROOT, "%" + w + "s", c.header()));
            units.append(String.format(Locale.ROOT, "%" + w + "s", c.unit()));
        }
        out.println(head);
        out.println(units);
        for (PatientTraceView.Arm a : v.arms()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-14s", a.arm()));
            for (Column c : COLUMNS) {
                int w = Math.max(c.header().length(), c.unit().length()) + 2;
                row.append(String.format(Locale.ROOT, "%" + w + "s", number(value(a, c.metric()) * c.scale(),
                        c.decimals())));
            }
            out.println(row);
            if (a.failure() != null) {
                out.println("    " + a.arm() + " failed: " + a.failure());
            }
        }
    }

    private static double value(PatientTraceView.Arm a, Metric m) {
        for (PatientTraceView.Quantity q : a.summary()) {
            if (q.name().equals(m.column())) {
                return q.value();
            }
        }
        return Double.NaN;
    }

    private static String number(double x, int decimals) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "-";
    }
}
