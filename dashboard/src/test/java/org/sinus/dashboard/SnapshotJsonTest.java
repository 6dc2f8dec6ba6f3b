package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.engine.trial.ArmSummary;
import org.sinus.engine.trial.Histogram;
import org.sinus.engine.trial.PairedDifference;
import org.sinus.engine.trial.RunInfo;
import org.sinus.engine.trial.RunSnapshot;

class SnapshotJsonTest {

    @Test
    void everyFieldIsWrittenUnderItsRecordName() {
        RunSnapshot s = new FakeRun(1000, 1).advance(400, 12.5);
        JsonObject json = new JsonObject(SnapshotJson.of(s).encode());

        assertEquals("picso-anterior-stemi", json.getJsonObject("run").getString("scenarioName"));
        assertEquals(FakeRun.RUN.scenarioSha256(), json.getJsonObject("run").getString("scenarioSha256"));
        assertEquals(FakeRun.RUN.codeVersion(), json.getJsonObject("run").getString("codeVersion"));
        assertEquals("infarct-size", json.getString("endpoint"));
        assertEquals("% LV", json.getString("unit"));
        assertEquals(400L, json.getLong("patientsDone"));
        assertEquals(1000L, json.getLong("patientsTotal"));
        assertEquals(s.failures(), json.getLong("failures"));
        assertEquals(12.5, json.getDouble("elapsedS"));
        assertFalse(json.getBoolean("finished"));

        JsonObject picso = json.getJsonArray("arms").getJsonObject(1);
        ArmSummary expected = s.arms().get(1);
        assertEquals("picso", picso.getString("arm"));
        assertEquals(expected.mean(), picso.getDouble("mean"));
        assertEquals(expected.sd(), picso.getDouble("sd"));
        assertEquals(expected.ciLow(), picso.getDouble("ciLow"));
        assertEquals(expected.ciHigh(), picso.getDouble("ciHigh"));
        JsonObject h = picso.getJsonObject("histogram");
        assertEquals(0.0, h.getDouble("lowerEdge"));
        assertEquals(2.0, h.getDouble("binWidth"));
        assertEquals(30, h.getJsonArray("counts").size());
        long counted = h.getJsonArray("counts").stream().mapToLong(c -> ((Number) c).longValue()).sum();
        assertEquals(400L, counted);

        JsonObject d = json.getJsonArray("differences").getJsonObject(0);
        assertEquals("control", d.getString("reference"));
        assertEquals(s.differences().get(0).mean(), d.getDouble("mean"));
    }

    @Test
    void nonFiniteNumbersBecomeNullSoTheJsonStaysValid() {
        RunSnapshot s = new RunSnapshot(FakeRun.RUN, "infarct-size", "% LV", 1, 10, 0, 0.4, Double.NaN, false,
                List.of(new ArmSummary("control", 1, 17.0, Double.NaN, Double.NaN, Double.NaN,
                        new Histogram(0, 2, new long[] {0, 1}))),
                List.of(new PairedDifference("picso", "control", 1, Double.POSITIVE_INFINITY, Double.NaN,
                        Double.NEGATIVE_INFINITY, Double.NaN)));
        String text = SnapshotJson.of(s).encode();

        assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
        JsonObject json = new JsonObject(text);
        assertTrue(json.containsKey("etaS"));
        assertNull(json.getValue("etaS"));
        JsonObject arm = json.getJsonArray("arms").getJsonObject(0);
        assertEquals(17.0, arm.getDouble("mean"));
        assertNull(arm.getValue("sd"));
        assertNull(arm.getValue("ciLow"));
        JsonObject d = json.getJsonArray("differences").getJsonObject(0);
        assertNull(d.getValue("mean"));
        assertNull(d.getValue("ciLow"));
    }

    @Test
    void aSeedBeyondJavaScriptsSafeIntegersIsAStringAndExact() {
        RunInfo run = new RunInfo("s", "t", "ab", Long.MIN_VALUE + 7, "v");
        RunSnapshot s = new RunSnapshot(run, "e", "u", 0, 0, 0, 0, Double.NaN, false, List.of(), List.of());
        JsonObject json = new JsonObject(SnapshotJson.of(s).encode());
        assertEquals(Long.toString(Long.MIN_VALUE + 7), json.getJsonObject("run").getString("seed"));
    }

    @Test
    void theJsonIsOneLineSoItFitsOneServerSentEventDataField() {
        RunInfo run = new RunInfo("name\nwith newline", "title\r\n", "ab", 1, "v");
        RunSnapshot s = new RunSnapshot(run, "e", "u", 0, 0, 0, 0, 0, false, List.of(), List.of());
        String text = SnapshotJson.of(s).encode();
        assertFalse(text.contains("\n") || text.contains("\r"), text);
    }
}
