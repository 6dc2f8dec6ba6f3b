package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server answers only for its own files and two API paths; everything else, however spelt, is a 404. */
class PathSafetyTest {

    private static DashboardServer server;
    private static URI address;

    @BeforeAll
    static void start() {
        server = DashboardServer.start(DashboardOptions.loopback());
        address = server.address();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/dashboard.css", "/dashboard.js", "/favicon.svg"})
    void ownFilesAreServed(String path) throws IOException {
        RawHttp.Response r = RawHttp.get(address, path);
        assertEquals(200, r.status(), path);
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
        assertTrue(r.header("Content-Security-Policy").contains("default-src 'none'"), r.header("Content-Security-Policy"));
        assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../", "/..", "/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/", "/%2e%2e%2fpom.xml", "/%2E%2E/%2E%2E/etc/passwd",
        "/..%2f..%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd", "/..\\..\\etc\\passwd", "/webroot/index.html",
        "/index.html/..", "/./index.html", "/index.html/", "//etc/passwd", "/%2fetc%2fpasswd", "/.vertx",
        "/.git/config", "/META-INF/MANIFEST.MF", "/org/sinus/dashboard/DashboardServer.class", "/index.html%00",
        "/%00", "/dashboard.js%20", "/nothing-here", "/webroot/", "/api", "/api/", "/events/../index.html",
        "/%252e%252e/"})
    void anythingElseIsNotFound(String path) throws IOException {
        RawHttp.Response r = RawHttp.get(address, path);
        assertEquals(404, r.status(), path + " answered " + r.status() + ": " + r.body());
        assertFalse(r.body().contains("root:") || r.body().contains("<project"), r.body());
        assertEquals("nosniff", r.header("X-Content-Type-Options"));
    }

    @Test
    void onlyReadingMethodsAreAllowed() throws IOException {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            RawHttp.Response r = RawHttp.request(address, method, "/api/snapshot",
                    address.getHost() + ":" + address.getPort(), "Content-Length: 0");
            assertEquals(405, r.status(), method);
        }
        assertEquals(200, RawHttp.request(address, "HEAD", "/index.html",
                address.getHost() + ":" + address.getPort()).status());
    }
}
