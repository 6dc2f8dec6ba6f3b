package org.sinus.engine.scenario;

/**
 * The live dashboard of a run.
 *
 * @param enabled whether to serve the dashboard; default true
 * @param host the address to listen on, a host name or IP literal without spaces, at most 253 characters; default
 *     {@code 127.0.0.1} (this machine only)
 * @param port the TCP port, in [0, 65535]; 0 (the default) picks any free port, which the run prints
 */
public record DashboardSpec(boolean enabled, String host, int port) {
    /** Default listening address: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    static final String HOST_ALLOWED = "a host name or IP address without spaces, at most 253 characters";

    public DashboardSpec {
        Specs.line("host", host, 253, HOST_ALLOWED);
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new SpecException("host", host, HOST_ALLOWED);
        }
        Specs.range("port", port, 0, 65_535);
    }

    /** @return enabled, on 127.0.0.1, any free port */
    public static DashboardSpec defaults() {
        return new DashboardSpec(true, DEFAULT_HOST, 0);
    }
}
