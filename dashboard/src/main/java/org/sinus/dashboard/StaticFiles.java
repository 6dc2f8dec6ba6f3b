package org.sinus.dashboard;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the page's own files, read once from the classpath folder {@code webroot/}.
 *
 * <p>Deliberately not Vert.x's {@code StaticHandler}: that one also looks in the working directory and caches
 * classpath files on disk. Here a request path is a key in a fixed map, so there is no directory listing and
 * nothing to traverse: any other path is a 404.
 */
final class StaticFiles implements Handler<RoutingContext> {

    private record Resource(String contentType, Buffer body) {
    }

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "dashboard.css", "text/css; charset=utf-8",
            "dashboard.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml",
            "patient.html", "text/html; charset=utf-8",
            "patient.css", "text/css; charset=utf-8",
            "patient.js", "text/javascript; charset=utf-8");

    private final Map<String, Resource> byPath;

    private StaticFiles(Map<String, Resource> byPath) {
        this.byPath = byPath;
    }

    /**
     * Reads the files.
     *
     * @return the handler
     * @throws UncheckedIOException if a file is missing from the jar
     */
    static StaticFiles load() {
        Map<String, Resource> map = new HashMap<>();
        FILES.forEach((name, type) -> map.put("/" + name, new Resource(type, Buffer.buffer(read(name)))));
        map.put("/", map.get("/index.html"));
        return new StaticFiles(Map.copyOf(map));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("webroot/" + name)) {
            if (in == null) {
                throw new IOException("webroot/" + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("dashboard: cannot read its page", e);
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        Resource r = byPath.get(ctx.request().path());
        if (r == null) {
            AccessGuard.plain(ctx, 404, "not found");
            return;
        }
        var response = ctx.response().putHeader("Content-Type", r.contentType())
                .putHeader("Cache-Control", "no-cache");
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(r.body().length())).end();
        } else {
            response.end(r.body());
        }
    }
}
