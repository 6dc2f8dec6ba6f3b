package org.sinus.dashboard;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest snapshot and the Server-Sent-Event clients that follow it.
 *
 * <p>Threads: {@link #publish} may be called from any thread; everything else runs on the one event-loop context
 * given to the constructor, which owns the client list. A publish only swaps a reference and, if none is pending,
 * schedules one broadcast, so a burst of publishes costs one broadcast of the newest snapshot. Snapshots are whole
 * states, not deltas: a client whose connection is slow skips the ones it cannot take and gets the newest when it
 * drains, so memory stays bounded however slow a reader is.
 */
final class SnapshotStream {

    /** A snapshot as sent: its sequence number and its JSON text. */
    record Published(long sequence, String json) {
    }

    private static final int MAX_CLIENTS = 64;

    private final Context context;
    private final AtomicReference<Published> latest = new AtomicReference<>();
    private final AtomicBoolean broadcastPending = new AtomicBoolean();
    private final List<Client> clients = new ArrayList<>();

    /**
     * @param context the event-loop context that serves the HTTP requests
     */
    SnapshotStream(Context context) {
        this.context = context;
    }

    /**
     * Makes a snapshot the latest and sends it to every client; thread-safe and non-blocking.
     *
     * @param json the snapshot's JSON text, on one line
     */
    void publish(String json) {
        latest.getAndUpdate(p -> new Published(p == null ? 1 : p.sequence() + 1, json));
        if (broadcastPending.compareAndSet(false, true)) {
            context.runOnContext(v -> {
                broadcastPending.set(false);
                clients.forEach(Client::sendLatest);
            });
        }
    }

    /** @return the latest snapshot, or {@code null} before the first */
    Published latest() {
        return latest.get();
    }

    /** Handles {@code GET /events}: keeps the response open and sends the latest snapshot at once. */
    void open(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (clients.size() >= MAX_CLIENTS) {
            AccessGuard.plain(ctx, 503, "too many dashboard connections");
            return;
        }
        response.setChunked(true)
                .putHeader("Content-Type", "text/event-stream; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .putHeader("X-Accel-Buffering", "no");
        Client client = new Client(response);
        clients.add(client);
        response.closeHandler(v -> clients.remove(client));
        // Tells EventSource how long to wait before reconnecting after a dropped connection.
        response.write("retry: 2000\n\n");
        client.sendLatest();
    }

    /** Writes an SSE comment to every client, so idle proxies keep the connections open. */
    void keepAlive() {
        for (Client c : clients) {
            if (!c.response.writeQueueFull()) {
                c.response.write(": keep-alive\n\n");
            }
        }
    }

    /** Ends every open stream; on the event loop. */
    void closeAll() {
        for (Client c : List.copyOf(clients)) {
            c.response.end();
        }
        clients.clear();
    }

    /** One open {@code /events} response and what it has been sent. */
    private final class Client {
        private final HttpServerResponse response;
        private long sentSequence;
        private boolean waitingForDrain;

        Client(HttpServerResponse response) {
            this.response = response;
        }

        void sendLatest() {
            Published p = latest.get();
            if (p == null || p.sequence() <= sentSequence || waitingForDrain || response.ended()) {
                return;
            }
            if (response.writeQueueFull()) {
                waitingForDrain = true;
                response.drainHandler(v -> {
                    waitingForDrain = false;
                    sendLatest();
                });
                return;
            }
            sentSequence = p.sequence();
            response.write("id: " + p.sequence() + "\nevent: snapshot\ndata: " + p.json() + "\n\n");
        }
    }
}
