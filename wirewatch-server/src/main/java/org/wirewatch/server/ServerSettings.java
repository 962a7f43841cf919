package org.wirewatch.server;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How the server listens and what it allows.
 *
 * @param token           the bearer token POST /api/articles requires; null allows ingest only on a loopback-only server
 * @param maxRequestBytes the largest request body accepted (larger: 413), whatever the transfer encoding
 * @param maxPageSize     the most items one list request returns
 * @param allowedHosts    names a client may use in its Host header besides the bound address (and, on loopback,
 *                        localhost/127.0.0.1/::1): a page on a foreign name that resolves here (DNS rebinding) is refused
 * @param rateLimits      per-client limits on writes and expensive reads
 */
public record ServerSettings(String host, int port, String token, long maxRequestBytes, int maxPageSize,
                             List<String> allowedHosts, RateLimits rateLimits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (maxRequestBytes < 1) throw new IllegalArgumentException("the request body limit must be positive, not " + maxRequestBytes);
        if (token != null && token.isBlank()) token = null;
        allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
    }

    public ServerSettings(String host, int port, String token, long maxRequestBytes, int maxPageSize) {
        this(host, port, token, maxRequestBytes, maxPageSize, List.of(), RateLimits.NONE);
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings(DEFAULT_HOST, port, null, 10L << 20, 100);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, token, maxRequestBytes, maxPageSize, allowedHosts, rateLimits);
    }

    public ServerSettings withToken(String t) {
        return new ServerSettings(host, port, t, maxRequestBytes, maxPageSize, allowedHosts, rateLimits);
    }

    public ServerSettings withAllowedHosts(List<String> names) {
        return new ServerSettings(host, port, token, maxRequestBytes, maxPageSize, names, rateLimits);
    }

    public ServerSettings withRateLimits(RateLimits limits) {
        return new ServerSettings(host, port, token, maxRequestBytes, maxPageSize, allowedHosts, limits);
    }

    /**
     * Reads the server configuration (e.g. DATA/server.properties): {@code api.token}, {@code allowed.hosts}
     * (comma-separated names), {@code rate.writes.per.minute}, {@code rate.reads.per.minute} and
     * {@code rate.loopback} (limit loopback clients too; default false). Absent file or key: unchanged.
     */
    public ServerSettings withConfigFrom(Path config) throws IOException {
        if (!Files.isRegularFile(config)) return this;
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        List<String> hosts = new ArrayList<>(allowedHosts);
        String listed = p.getProperty("allowed.hosts");
        if (listed != null) hosts.addAll(Arrays.asList(listed.split(",")));
        RateLimits limits = new RateLimits(
                perMinute(p, "rate.writes.per.minute", config, rateLimits.writesPerMinute()),
                perMinute(p, "rate.reads.per.minute", config, rateLimits.readsPerMinute()),
                Boolean.parseBoolean(p.getProperty("rate.loopback", String.valueOf(rateLimits.includeLoopback()))));
        ServerSettings s = withAllowedHosts(hosts).withRateLimits(limits);
        return p.containsKey("api.token") ? s.withToken(p.getProperty("api.token")) : s;
    }

    private static int perMinute(Properties p, String key, Path config, int fallback) {
        String v = p.getProperty(key);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(config + ": " + key + " must be a whole number >= 0 (0: no limit), not '" + v + "'");
    }

    /** Whether only this machine can reach the server. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether the server listens on every address (0.0.0.0, ::), so the names it is reached by are not known. */
    public boolean wildcard() {
        try {
            return InetAddress.getByName(host).isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
