package org.sinus.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.sinus.engine.trial.PatientTraceView;
import org.sinus.engine.trial.RunInfo;

/**
 * The JSON the patient page reads ({@code /api/patient}): one object per {@link PatientTraceView}, field names as in
 * the records, each arm's series as {@code series: {name: [values]}} with their units in {@code units}.
 *
 * <p>Samples are rounded to three decimals (1 µs, 0.001 mmHg, ml or ml/min/g: far below what a plot resolves), which
 * keeps a minute of 5 ms samples per arm at about a megabyte. Non-finite numbers become {@code null}, and the seed a
 * string, as in {@link SnapshotJson}.
 */
final class PatientJson {

    private PatientJson() {
    }

    /**
     * Converts a patient's traces.
     *
     * @param v the traces
     * @return a new JSON object
     */
    static JsonObject of(PatientTraceView v) {
        JsonArray arms = new JsonArray();
        for (PatientTraceView.Arm a : v.arms()) {
            arms.add(arm(a));
        }
        RunInfo r = v.run();
        return new JsonObject()
                .put("run", new JsonObject()
                        .put("scenarioName", r.scenarioName())
                        .put("scenarioTitle", r.scenarioTitle())
                        .put("scenarioSha256", r.scenarioSha256())
                        .put("seed", Long.toString(r.seed()))
                        .put("codeVersion", r.codeVersion()))
                .put("patientId", v.patientId())
                .put("selection", v.selection())
                .put("covariates", quantities(v.covariates()))
                .put("periodS", v.periodS())
                .put("warmup", arm(v.warmup()))
                .put("arms", arms);
    }

    private static JsonObject arm(PatientTraceView.Arm a) {
        JsonObject series = new JsonObject();
        JsonObject units = new JsonObject();
        for (PatientTraceView.Series s : a.series()) {
            JsonArray values = new JsonArray();
            for (int k = 0; k < s.size(); k++) {
                values.add(rounded(s.get(k)));
            }
            series.put(s.name(), values);
            units.put(s.name(), s.unit());
        }
        return new JsonObject()
                .put("arm", a.arm())
                .put("device", a.device())
                .put("failure", a.failure())
                .put("summary", quantities(a.summary()))
                .put("units", units)
                .put("series", series);
    }

    private static JsonArray quantities(java.util.List<PatientTraceView.Quantity> list) {
        JsonArray out = new JsonArray();
        for (PatientTraceView.Quantity q : list) {
            out.add(new JsonObject().put("name", q.name()).put("unit", q.unit())
                    .put("value", Double.isFinite(q.value()) ? q.value() : null));
        }
        return out;
    }

    private static Double rounded(double x) {
        return Double.isFinite(x) ? Math.rint(x * 1000) / 1000 : null;
    }
}
