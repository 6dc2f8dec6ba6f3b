package org.sinus.dashboard;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP server on one event loop: routes, the snapshot stream and the keep-alive timer.
 */
final class DashboardVerticle extends VerticleBase {

    private static final long KEEP_ALIVE_MS = 15_000;

    private final String host;
    private final int port;
    private final String token;
    private final boolean loopback;
    private final StaticFiles files = StaticFiles.load();
    private final PatientEndpoint patient = new PatientEndpoint();
    private SnapshotStream stream;
    private HttpServer server;
    private long keepAliveTimer;

    DashboardVerticle(String host, int port, String token, boolean loopback) {
        this.host = host;
        this.port = port;
        this.token = token;
        this.loopback = loopback;
    }

    @Override
    public Future<?> start() {
        stream = new SnapshotStream(context);
        server = vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port)
                .setCompressionSupported(false).setMaxInitialLineLength(2048).setMaxHeaderSize(8192));
        // The guard needs the bound port for its cookie name; with port 0 that is known only after listen, so it
        // is created lazily on the first request.
        Router router = Router.router(vertx);
        router.route().handler(new LazyGuard());
        router.get("/events").handler(stream::open);
        router.get("/api/snapshot").handler(this::snapshot);
        router.get("/api/patient").handler(patient);
        router.route().handler(files);
        keepAliveTimer = vertx.setPeriodic(KEEP_ALIVE_MS, id -> stream.keepAlive());
        return server.requestHandler(router).listen();
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(keepAliveTimer);
        stream.closeAll();
        return server.close();
    }

    /** @return the port the server listens on */
    int actualPort() {
        return server.actualPort();
    }

    /** @return the stream to publish to; valid after deployment */
    SnapshotStream stream() {
        return stream;
    }

    /** @return the patient traces' endpoint, to publish to */
    PatientEndpoint patient() {
        return patient;
    }

    private void snapshot(RoutingContext ctx) {
        SnapshotStream.Published p = stream.latest();
        if (p == null) {
            ctx.response().setStatusCode(204).putHeader("Cache-Control", "no-store").end();
        } else {
            ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Cache-Control", "no-store").end(p.json());
        }
    }

    private final class LazyGuard implements Handler<RoutingContext> {
        private AccessGuard guard;

        @Override
        public void handle(RoutingContext ctx) {
            if (guard == null) {
                guard = new AccessGuard(token, server.actualPort(), loopback);
            }
            guard.handle(ctx);
        }
    }
}
