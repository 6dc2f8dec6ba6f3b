package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Who may read the dashboard: token rules, the loopback Host check, options validation and a taken port. */
class AccessTest {

    private static final String TOKEN = "0123456789abcdef0123";

    @Test
    void loopbackWithoutTokenIsOpenToLocalPagesOnly() throws IOException {
        try (DashboardServer server = DashboardServer.start(DashboardOptions.loopback())) {
            URI a = server.address();
            assertEquals("127.0.0.1", a.getHost());
            assertNull(a.getQuery());
            assertEquals(200, RawHttp.get(a, "/").status());
            assertEquals(200, RawHttp.request(a, "GET", "/", "localhost:" + a.getPort()).status());
            // A page on another site that rebinds its own name to 127.0.0.1 still sends its own name as Host.
            RawHttp.Response rebound = RawHttp.request(a, "GET", "/api/snapshot", "evil.example:" + a.getPort());
            assertEquals(403, rebound.status());
            assertEquals(403, RawHttp.request(a, "GET", "/", "127.0.0.1.evil.example").status());
        }
    }

    @Test
    void aGivenTokenIsRequiredOnEveryRequestEvenOnLoopback() throws IOException {
        try (DashboardServer server = DashboardServer.start(new DashboardOptions(null, 0, TOKEN))) {
            URI a = server.address();
            assertEquals("token=" + TOKEN, a.getQuery());
            for (String path : new String[] {"/", "/index.html", "/dashboard.js", "/api/snapshot", "/events", "/nope"}) {
                RawHttp.Response r = RawHttp.get(a, path);
                assertEquals(401, r.status(), path);
                assertNotNull(r.header("WWW-Authenticate"));
                assertFalse(r.body().contains(TOKEN));
            }
            assertEquals(401, RawHttp.get(a, "/?token=" + TOKEN + "x").status());
            assertEquals(401, RawHttp.get(a, "/?token=").status());
            assertEquals(401, RawHttp.get(a, "/", "Authorization: Bearer wrong-token-0000000").status());

            RawHttp.Response byQuery = RawHttp.get(a, "/?token=" + TOKEN);
            assertEquals(200, byQuery.status());
            String cookie = byQuery.header("Set-Cookie");
            assertNotNull(cookie);
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("httponly")
                    && cookie.contains("SameSite=Strict"), cookie);
            assertEquals(200, RawHttp.get(a, "/dashboard.js", "Authorization: Bearer " + TOKEN).status());
            assertEquals(200, RawHttp.get(a, "/dashboard.css", "X-Sinus-Token: " + TOKEN).status());
            assertEquals(200, RawHttp.get(a, "/favicon.svg", "Cookie: " + cookie.split(";")[0]).status());
        }
    }

    @Test
    void aNonLoopbackBindGetsAGenerated128BitToken() throws IOException {
        try (DashboardServer server = DashboardServer.start(new DashboardOptions("0.0.0.0", 0, null))) {
            String query = server.address().getQuery();
            assertNotNull(query, "a non-loopback dashboard must require a token");
            assertTrue(query.matches("token=[0-9a-f]{32}"), query);
            assertFalse(server.toString().contains(query.substring(6)), "toString must not leak the token");
            URI local = URI.create("http://127.0.0.1:" + server.address().getPort() + "/");
            assertEquals(401, RawHttp.get(local, "/api/snapshot").status());
            assertEquals(401, RawHttp.get(local, "/").status());
            assertEquals(204, RawHttp.get(local, "/api/snapshot?" + query).status());
        }
    }

    @Test
    void twoServersGetDifferentTokens() {
        try (DashboardServer a = DashboardServer.start(new DashboardOptions("0.0.0.0", 0, null));
                DashboardServer b = DashboardServer.start(new DashboardOptions("0.0.0.0", 0, null))) {
            assertFalse(a.address().getQuery().equals(b.address().getQuery()));
        }
    }

    @Test
    void aTakenPortIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> DashboardServer.start(new DashboardOptions("127.0.0.1", taken.getLocalPort(), null)));
            assertTrue(e.getMessage().contains("127.0.0.1:" + taken.getLocalPort()), e.getMessage());
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
    }

    @Test
    void optionsRejectBadValuesNamingTheField() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> new DashboardOptions(null, 70_000, null));
        assertTrue(port.getMessage().contains("port") && port.getMessage().contains("70000"), port.getMessage());
        IllegalArgumentException shortToken = assertThrows(IllegalArgumentException.class,
                () -> new DashboardOptions(null, 0, "short"));
        assertTrue(shortToken.getMessage().contains("token"), shortToken.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DashboardOptions(null, 0, "has spaces in it, sixteen+"));
        assertEquals("127.0.0.1", new DashboardOptions(null, 0, null).host());
        assertEquals("127.0.0.1", new DashboardOptions("  ", 0, null).host());
    }

    @Test
    void apiAndPageCarrySafeHeaders() throws IOException {
        try (DashboardServer server = DashboardServer.start(DashboardOptions.loopback())) {
            server.publish(new FakeRun(100, 3).advance(10, 1));
            RawHttp.Response api = RawHttp.get(server.address(), "/api/snapshot");
            assertEquals(200, api.status());
            assertTrue(api.header("Content-Type").startsWith("application/json"));
            assertEquals("no-store", api.header("Cache-Control"));
            assertEquals("nosniff", api.header("X-Content-Type-Options"));
            assertEquals("no-referrer", api.header("Referrer-Policy"));
            RawHttp.Response page = RawHttp.get(server.address(), "/");
            assertTrue(page.header("Content-Type").startsWith("text/html"));
            assertEquals("DENY", page.header("X-Frame-Options"));
            assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        }
    }
}
