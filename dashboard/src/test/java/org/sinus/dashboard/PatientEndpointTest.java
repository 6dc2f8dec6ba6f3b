package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinus.engine.trial.PatientTraceView;

/** {@code /api/patient} and the page's files over HTTP: 204 before traces are published, then their JSON. */
class PatientEndpointTest {

    private static PatientTraceView tiny() {
        PatientTraceView.Arm arm = new PatientTraceView.Arm("control", "none", null,
                List.of(new PatientTraceView.Quantity("cs_mean_mmhg", "mmHg", Double.NaN)),
                List.of(new PatientTraceView.Series("time_s", "s", new double[] {15, 15.005}),
                        new PatientTraceView.Series("cs_pressure_mmhg", "mmHg", new double[] {8.123456, 8.2})));
        return new PatientTraceView(FakeRun.RUN, 3, "chosen with --patient", List.of(), 0.8, arm, List.of(arm));
    }

    @Test
    void servesNoContentThenTheTraces() throws IOException {
        try (DashboardServer server = DashboardServer.start(DashboardOptions.loopback())) {
            assertEquals(204, RawHttp.get(server.address(), "/api/patient").status());
            assertEquals(200, RawHttp.get(server.address(), "/patient.html").status());
            assertEquals(200, RawHttp.get(server.address(), "/patient.js").status());
            assertEquals(200, RawHttp.get(server.address(), "/patient.css").status());
            assertEquals("/patient.html", server.patientAddress().getPath());

            server.publishPatient(tiny());
            RawHttp.Response r = RawHttp.get(server.address(), "/api/patient");
            assertEquals(200, r.status());
            assertTrue(r.header("content-type").startsWith("application/json"));
            JsonObject json = new JsonObject(r.body());
            assertEquals(3, json.getLong("patientId"));
            assertEquals("20240611", json.getJsonObject("run").getString("seed"));
            JsonObject arm = json.getJsonArray("arms").getJsonObject(0);
            assertEquals(8.123, arm.getJsonObject("series").getJsonArray("cs_pressure_mmhg").getDouble(0));
            assertEquals("mmHg", arm.getJsonObject("units").getString("cs_pressure_mmhg"));
            assertEquals(null, arm.getJsonArray("summary").getJsonObject(0).getValue("value"));
        }
    }

    @Test
    void aTokenProtectedServerPutsTheTokenInThePatientAddress() {
        String token = "0123456789abcdef0123";
        try (DashboardServer server = DashboardServer.start(new DashboardOptions("127.0.0.1", 0, token))) {
            assertEquals("token=" + token, server.patientAddress().getQuery());
        }
    }
}
