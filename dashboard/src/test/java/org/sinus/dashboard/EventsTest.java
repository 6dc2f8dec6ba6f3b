package org.sinus.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sinus.engine.trial.RunSnapshot;

/** The live stream: every snapshot as an SSE event, the latest at once for a new client, publish from any thread. */
@Timeout(60)
class EventsTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aNewClientGetsTheLatestSnapshotAtOnceAndThenEveryNewOne() throws Exception {
        FakeRun run = new FakeRun(1000, 5);
        try (DashboardServer server = DashboardServer.start(DashboardOptions.loopback())) {
            server.publish(run.advance(100, 1));
            RunSnapshot second = run.advance(100, 2);
            server.publish(second);
            try (BufferedReader events = open(server.address())) {
                JsonObject first = nextSnapshot(events);
                assertEquals(200L, first.getLong("patientsDone"), "the latest, not the first");
                RunSnapshot last = run.advance(800, 9);
                server.publish(last);
                JsonObject received = nextSnapshot(events);
                assertEquals(1000L, received.getLong("patientsDone"));
                assertTrue(received.getBoolean("finished"));
                assertEquals(SnapshotJson.of(last), received);
            }
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(server.address().resolve("/api/snapshot"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(1000L, new JsonObject(api.body()).getLong("patientsDone"));
        }
    }

    @Test
    void publishingFromManyThreadsEndsWithTheLastSnapshot() throws Exception {
        try (DashboardServer server = DashboardServer.start(DashboardOptions.loopback());
                BufferedReader events = open(server.address())) {
            FakeRun run = new FakeRun(10_000, 7);
            List<RunSnapshot> snapshots = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                snapshots.add(run.advance(50, i));
            }
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                Thread thread = new Thread(() -> {
                    awaitQuietly(go);
                    for (int i = offset; i < 199; i += 4) {
                        server.publish(snapshots.get(i));
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            server.publish(snapshots.get(199));
            // Publishes coalesce, so the client sees some of them, in order, ending with the last.
            long done = 0;
            while (done != 10_000) {
                long next = nextSnapshot(events).getLong("patientsDone");
                assertTrue(next > 0);
                done = next;
            }
        }
    }

    private BufferedReader open(URI address) throws IOException, InterruptedException {
        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(address.resolve("/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        return new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8));
    }

    /** Reads up to the next {@code event: snapshot} and returns its data. */
    private static JsonObject nextSnapshot(BufferedReader events) throws IOException {
        String event = null;
        for (String line = events.readLine(); line != null; line = events.readLine()) {
            if (line.startsWith("event: ")) {
                event = line.substring(7);
            } else if (line.startsWith("data: ") && "snapshot".equals(event)) {
                return new JsonObject(line.substring(6));
            }
        }
        throw new IOException("stream ended");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
