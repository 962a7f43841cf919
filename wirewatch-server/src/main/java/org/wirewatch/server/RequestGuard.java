package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other web sites out of the archive. A page the analyst happens to open can make the browser
 * send requests here: by a foreign name that resolves to this machine (DNS rebinding: refused unless
 * the Host header is one of the server's names) or as a cross-site form or fetch (refused for writes
 * by Origin / Sec-Fetch-Site, and because writes must be JSON, which no cross-site form can send and
 * no cross-site script can without a CORS pre-flight this server never grants).
 */
final class RequestGuard {
    private static final Set<String> WRITE_TYPES = Set.of("application/json", "application/x-ndjson");

    private final Set<String> names = new HashSet<>();
    /** Listening on every address with no names configured: which names reach us is unknown, so any is taken. */
    private final boolean anyName;

    RequestGuard(ServerSettings settings) {
        names.addAll(settings.allowedHosts());
        names.add(bare(settings.host().toLowerCase(Locale.ROOT)));
        if (settings.loopbackOnly()) names.addAll(List.of("localhost", "127.0.0.1", "::1"));
        anyName = settings.wildcard() && settings.allowedHosts().isEmpty();
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !anyName && !names.contains(hostName(host))) {
            throw new HttpResponseException(421, "'" + hostName(host) + "' is not a name of this server (Host header); "
                    + "add it to allowed.hosts in the server configuration to serve it");
        }
        if (!isWrite(ctx.method().name())) return;
        String origin = ctx.header("Origin");
        if (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host))) {
            throw new ForbiddenResponse("cross-origin write refused (Origin " + origin + ")");
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            throw new ForbiddenResponse("cross-site write refused (Sec-Fetch-Site " + site + ")");
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!WRITE_TYPES.contains(type)) {
            throw new HttpResponseException(415, "writes need 'Content-Type: application/json' (or application/x-ndjson for "
                    + "one article a line), not '" + type + "'");
        }
    }

    private static boolean isWrite(String method) {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }

    /** The name in a Host header, without port or IPv6 brackets, lower case. */
    static String hostName(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(1, end);
        }
        int colon = h.indexOf(':');
        return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
