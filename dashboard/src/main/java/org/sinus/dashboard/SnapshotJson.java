package org.sinus.dashboard;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.sinus.engine.scenario.Endpoint;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.Histogram;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.RunInfo;
import org.sinus.engine.trial.RunSnapshot;
import org.sinus.engine.trial.SimulatedTrials;
import org.sinus.engine.trial.TrialPower;

/**
 * The JSON the page reads: one object per {@link RunSnapshot}, field names as in the records.
 *
 * <p>Two choices differ from a naive mapping. Non-finite numbers (NaN before two patients, an unknown ETA) become
 * {@code null}, because JSON has no NaN and the page shows a dash. The seed is a string, because a 64-bit seed does
 * not survive JavaScript's 53-bit numbers.
 */
final class SnapshotJson {

    private SnapshotJson() {
    }

    /**
     * Converts a snapshot.
     *
     * @param s the snapshot
     * @return a new JSON object
     */
    static JsonObject of(RunSnapshot s) {
        JsonArray arms = new JsonArray();
        for (ArmSummary a : s.arms()) {
            arms.add(arm(a));
        }
        JsonArray differences = new JsonArray();
        for (PairedDifference d : s.differences()) {
            differences.add(difference(d));
        }
        return new JsonObject()
                .put("run", run(s.run()))
                .put("endpoint", s.endpoint())
                .put("endpointLabel", Endpoint.fromKey(s.endpoint()).map(Endpoint::label).orElse(s.endpoint()))
                .put("binary", Endpoint.fromKey(s.endpoint()).map(Endpoint::binary).orElse(false))
                .put("unit", s.unit())
                .put("patientsDone", s.patientsDone())
                .put("patientsTotal", s.patientsTotal())
                .put("failures", s.failures())
                .put("elapsedS", finite(s.elapsedS()))
                .put("etaS", finite(s.etaS()))
                .put("finished", s.finished())
                .put("arms", arms)
                .put("differences", differences)
                .put("simulatedTrials", trials(s.simulatedTrials()));
    }

    private static JsonArray trials(List<TrialPower> trials) {
        JsonArray out = new JsonArray();
        for (TrialPower t : trials) {
            SimulatedTrials.Result r = t.result();
            out.add(new JsonObject()
                    .put("arm", t.arm())
                    .put("reference", t.reference())
                    .put("nPerArm", r.nPerArm())
                    .put("trials", r.trials())
                    .put("alpha", r.alpha())
                    .put("power", finite(r.power()))
                    .put("powerSe", finite(r.powerSe()))
                    .put("meanEffect", finite(r.meanEffect()))
                    .put("effectLow", finite(r.effectLow()))
                    .put("effectHigh", finite(r.effectHigh()))
                    .put("medianCiHalfWidth", finite(r.medianCiHalfWidth()))
                    .put("pool", r.pool())
                    .put("withReplacement", r.withReplacement())
                    .put("test", r.method().label()));
        }
        return out;
    }

    private static JsonObject run(RunInfo r) {
        return new JsonObject()
                .put("scenarioName", r.scenarioName())
                .put("scenarioTitle", r.scenarioTitle())
                .put("scenarioSha256", r.scenarioSha256())
                .put("seed", Long.toString(r.seed()))
                .put("codeVersion", r.codeVersion());
    }

    private static JsonObject arm(ArmSummary a) {
        return new JsonObject()
                .put("arm", a.arm())
                .put("n", a.n())
                .put("mean", finite(a.mean()))
                .put("sd", finite(a.sd()))
                .put("ciLow", finite(a.ciLow()))
                .put("ciHigh", finite(a.ciHigh()))
                .put("histogram", histogram(a.histogram()));
    }

    private static JsonObject histogram(Histogram h) {
        if (h == null) {
            return null;
        }
        JsonArray counts = new JsonArray();
        for (long c : h.counts()) {
            counts.add(c);
        }
        return new JsonObject()
                .put("lowerEdge", h.lowerEdge())
                .put("binWidth", h.binWidth())
                .put("counts", counts);
    }

    private static JsonObject difference(PairedDifference d) {
        return new JsonObject()
                .put("arm", d.arm())
                .put("reference", d.reference())
                .put("n", d.n())
                .put("mean", finite(d.mean()))
                .put("sd", finite(d.sd()))
                .put("ciLow", finite(d.ciLow()))
                .put("ciHigh", finite(d.ciHigh()));
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
