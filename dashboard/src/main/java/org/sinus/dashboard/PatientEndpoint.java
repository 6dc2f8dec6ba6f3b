package org.sinus.dashboard;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code /api/patient}: the published {@link org.sinus.engine.trial.PatientTraceView} as JSON, or 204 No Content
 * before one is published. Thread-safe: {@link #publish} may be called from any thread; the newest wins.
 */
final class PatientEndpoint implements Handler<RoutingContext> {

    private volatile Buffer json;

    /** Makes {@code encoded} the JSON served. */
    void publish(String encoded) {
        json = Buffer.buffer(encoded);
    }

    /** @return whether traces have been published */
    boolean published() {
        return json != null;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Buffer body = json;
        if (body == null) {
            ctx.response().setStatusCode(204).putHeader("Cache-Control", "no-store").end();
        } else {
            ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Cache-Control", "no-store").end(body);
        }
    }
}
