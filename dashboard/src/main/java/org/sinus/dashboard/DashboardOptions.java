package org.sinus.dashboard;

import java.util.regex.Pattern;

/**
 * Where the dashboard listens and who may read it.
 *
 * <p>The defaults are safe: a {@code null} host means the loopback address {@code 127.0.0.1}. On a non-loopback
 * host the server always requires a token; if none is given here, {@link DashboardServer#start} generates a random
 * 128-bit one and puts it in {@link DashboardServer#address()}. A token given for a loopback host is required too.
 *
 * @param host address to bind, for example {@code 127.0.0.1} or {@code 0.0.0.0}; {@code null} or blank means
 *        {@code 127.0.0.1}
 * @param port TCP port, 0 to 65535; 0 picks any free port
 * @param token secret every request must carry, 16 to 256 characters from {@code [A-Za-z0-9._~-]}; {@code null}
 *        means none on loopback and a generated one elsewhere
 */
public record DashboardOptions(String host, int port, String token) {

    /** The default bind address: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";

    // URL-safe without escaping, so the token can travel in a query string, a header and a cookie unchanged.
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{16,256}");

    public DashboardOptions {
        host = host == null || host.isBlank() ? LOOPBACK : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("dashboard port must be in 0..65535 (0 = any free port), got " + port);
        }
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("dashboard token must be 16 to 256 characters from [A-Za-z0-9._~-], got "
                    + token.length() + " characters");
        }
    }

    /**
     * Loopback only, any free port, no token: the options for a run watched from the same machine.
     *
     * @return {@code (127.0.0.1, 0, null)}
     */
    public static DashboardOptions loopback() {
        return new DashboardOptions(LOOPBACK, 0, null);
    }
}
