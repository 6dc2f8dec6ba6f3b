package org.sinus.dashboard;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first handler of every request: security headers, method, path shape, host and token checks.
 *
 * <p>The token may come as {@code ?token=}, as {@code Authorization: Bearer}, as {@code X-Sinus-Token} or as the
 * cookie this guard sets when a page is opened with a valid {@code ?token=} (so the page's stylesheet and script,
 * which cannot carry a query, are checked too). Tokens are compared in constant time.
 *
 * <p>On a loopback bind the {@code Host} header must name a loopback host: this stops a web page from reading the
 * dashboard through DNS rebinding.
 */
final class AccessGuard implements Handler<RoutingContext> {

    /** Paths the server could ever serve: one level of plain names, no dot segments, no escapes. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*(?:/[A-Za-z0-9_-][A-Za-z0-9._-]*)*)?");

    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final byte[] token;
    private final String cookieName;
    private final boolean loopbackOnly;

    /**
     * @param token required token, or {@code null} for none
     * @param port the bound port, which keeps the cookies of two dashboards on one host apart
     * @param loopbackOnly whether the server is bound to a loopback address
     */
    AccessGuard(String token, int port, boolean loopbackOnly) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.cookieName = "sinus-dashboard-" + port;
        this.loopbackOnly = loopbackOnly;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        ctx.addHeadersEndHandler(v -> securityHeaders(ctx.response().headers()));
        if (req.method() != HttpMethod.GET && req.method() != HttpMethod.HEAD) {
            ctx.response().putHeader("Allow", "GET, HEAD");
            plain(ctx, 405, "method not allowed");
        } else if (loopbackOnly && !loopbackHost(req.authority())) {
            plain(ctx, 403, "host not allowed");
        } else if (token != null && !authorised(ctx)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"sinus-dashboard\"");
            plain(ctx, 401, "token required: open the address the run printed, including ?token=");
        } else if (!PLAIN_PATH.matcher(req.path()).matches()) {
            plain(ctx, 404, "not found");
        } else {
            ctx.next();
        }
    }

    private boolean authorised(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String query = req.getParam("token");
        if (matches(query)) {
            ctx.response().addCookie(Cookie.cookie(cookieName, query).setPath("/").setHttpOnly(true)
                    .setSameSite(CookieSameSite.STRICT));
            return true;
        }
        String authorization = req.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && matches(authorization.substring(7).strip())) {
            return true;
        }
        Cookie cookie = req.getCookie(cookieName);
        return matches(req.getHeader("X-Sinus-Token")) || cookie != null && matches(cookie.getValue());
    }

    private boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loopbackHost(HostAndPort authority) {
        if (authority == null) {
            return false;
        }
        String host = authority.host().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                && host.chars().allMatch(c -> c == '.' || Character.isDigit(c))
                || host.equals("[::1]") || host.equals("::1");
    }

    private static void securityHeaders(MultiMap headers) {
        headers.set("Content-Security-Policy", CSP)
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "no-referrer")
                .set("Cross-Origin-Opener-Policy", "same-origin")
                .set("Cross-Origin-Resource-Policy", "same-origin");
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }

    /** Ends the response with a short plain-text message. */
    static void plain(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8")
                .end(message + "\n");
    }
}
