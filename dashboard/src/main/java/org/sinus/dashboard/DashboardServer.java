package org.sinus.dashboard;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.file.FileSystemOptions;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import org.sinus.engine.trial.PatientTraceView;
import org.sinus.engine.trial.RunSnapshot;

/**
 * A running dashboard: an HTTP server that shows a run's latest {@link RunSnapshot} live in a browser.
 *
 * <pre>{@code
 * try (DashboardServer server = DashboardServer.start(DashboardOptions.loopback())) {
 *     System.out.println("Dashboard: " + server.address());
 *     server.publish(snapshot);          // after every partition, and once with finished = true
 * }
 * }</pre>
 *
 * <p>The server owns a small Vert.x instance (one event loop) that lives until {@link #close()}. It serves the page,
 * {@code /api/snapshot} (the latest snapshot as JSON) and {@code /events} (every published snapshot as a
 * Server-Sent Event named {@code snapshot}; a new client gets the latest at once), and, once
 * {@link #publishPatient} was called, one patient's traces at {@code /api/patient} for {@code patient.html}. See {@link DashboardOptions} for
 * the bind address and token rules.
 *
 * <p>Thread-safe: {@link #publish} may be called from any thread.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Vertx vertx;
    private final DashboardVerticle verticle;
    private final URI address;
    private final String token;

    private DashboardServer(Vertx vertx, DashboardVerticle verticle, URI address, String token) {
        this.vertx = vertx;
        this.verticle = verticle;
        this.address = address;
        this.token = token;
    }

    /**
     * Starts a dashboard and blocks until it listens.
     *
     * @param options where to listen and the token rules
     * @return the running server
     * @throws IllegalStateException if the port is taken or the host cannot be bound; the message says which and
     *         what to do
     * @throws IllegalArgumentException if the host name does not resolve
     */
    public static DashboardServer start(DashboardOptions options) {
        Objects.requireNonNull(options, "options");
        boolean loopback = isLoopback(options.host());
        String token = options.token() != null || loopback ? options.token() : newToken();
        // No disk file cache and no classpath resolution: the server reads its few files itself.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1)
                .setFileSystemOptions(new FileSystemOptions().setFileCachingEnabled(false)
                        .setClassPathResolvingEnabled(false)));
        DashboardVerticle verticle = new DashboardVerticle(options.host(), options.port(), token, loopback);
        try {
            vertx.deployVerticle(verticle).await(START_TIMEOUT);
        } catch (Exception e) {
            closeQuietly(vertx);
            throw startFailure(options, e);
        }
        URI address = URI.create("http://" + urlHost(options.host(), loopback) + ":" + verticle.actualPort() + "/"
                + (token == null ? "" : "?token=" + token));
        return new DashboardServer(vertx, verticle, address, token);
    }

    /**
     * The address to open in a browser, with {@code ?token=} when a token is required. For a wildcard bind
     * ({@code 0.0.0.0}) it names this machine.
     *
     * @return for example {@code http://127.0.0.1:41234/}
     */
    public URI address() {
        return address;
    }

    /**
     * Makes a snapshot the one shown and sends it to every open page. Cheap (one JSON encoding on the calling
     * thread) and non-blocking; snapshots published faster than they can be sent are coalesced to the newest.
     *
     * @param snapshot the run's state
     */
    public void publish(RunSnapshot snapshot) {
        verticle.stream().publish(SnapshotJson.of(Objects.requireNonNull(snapshot, "snapshot")).encode());
    }

    /**
     * Makes one patient's traces the ones the patient page ({@link #patientAddress()}) shows, at
     * {@code /api/patient}. Encodes on the calling thread (tens of milliseconds for a minute of traces per arm).
     *
     * @param traces the patient's traces under every arm
     */
    public void publishPatient(PatientTraceView traces) {
        verticle.patient().publish(PatientJson.of(Objects.requireNonNull(traces, "traces")).encode());
    }

    /**
     * The address of the patient page, with {@code ?token=} when a token is required.
     *
     * @return for example {@code http://127.0.0.1:41234/patient.html}
     */
    public URI patientAddress() {
        return URI.create(address.getScheme() + "://" + address.getRawAuthority() + "/patient.html"
                + (token == null ? "" : "?token=" + token));
    }

    /** Closes open pages' streams, stops listening and releases the server's threads. Idempotent. */
    @Override
    public void close() {
        closeQuietly(vertx);
    }

    @Override
    public String toString() {
        // Never print the token by accident: address() is the one place it is shown.
        return "DashboardServer[" + address.getScheme() + "://" + address.getAuthority() + "/"
                + (token == null ? "" : ", token required") + "]";
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("dashboard host '" + host + "' is not a known address", e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String urlHost(String host, boolean loopback) {
        String name = host;
        try {
            if (!loopback && InetAddress.getByName(host).isAnyLocalAddress()) {
                name = InetAddress.getLocalHost().getCanonicalHostName();
            }
        } catch (UnknownHostException e) {
            name = host;
        }
        return name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    }

    private static IllegalStateException startFailure(DashboardOptions options, Exception e) {
        String where = options.host() + ":" + options.port();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).contains("Address already in use")) {
                return new IllegalStateException("dashboard: cannot listen on " + where + ": "
                        + (options.port() != 0 && String.valueOf(t.getMessage()).contains("in use")
                                ? "the port is already in use; choose another port, or 0 for any free port"
                                : t.getMessage()), e);
            }
        }
        return new IllegalStateException("dashboard: cannot start on " + where + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(Vertx vertx) {
        try {
            vertx.close().await(CLOSE_TIMEOUT);
        } catch (Exception e) {
            // Closing is best effort: the run's results do not depend on the dashboard.
        }
    }
}
