package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-client budgets for writes and expensive reads (token buckets refilled evenly over a minute),
 * so one client cannot tie up the analysis or the index for everyone: over budget is 429 with
 * Retry-After. Clients are told apart by their address only (no forwarded headers are trusted).
 */
final class ClientRateLimiter {
    private static final Set<String> EXPENSIVE_READS = Set.of("/api/search", "/api/events", "/api/quotes");
    /** Idle clients are forgotten once this many are tracked, so the table cannot grow without bound. */
    private static final int MAX_CLIENTS = 10_000;

    private final RateLimits limits;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    void check(Context ctx) {
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD");
        boolean expensive = !write && (EXPENSIVE_READS.contains(ctx.path()) || ctx.path().startsWith("/api/entities/"));
        int perMinute = write ? limits.writesPerMinute() : expensive ? limits.readsPerMinute() : 0;
        if (perMinute == 0 || (!limits.includeLoopback() && isLoopback(ctx.ip()))) return;
        if (buckets.size() > MAX_CLIENTS) buckets.values().removeIf(Bucket::idle);
        Bucket bucket = buckets.computeIfAbsent((write ? "w " : "r ") + ctx.ip(), k -> new Bucket(perMinute));
        long waitSeconds = bucket.take();
        if (waitSeconds > 0) {
            ctx.header("Retry-After", String.valueOf(waitSeconds));
            throw new HttpResponseException(429, "too many " + (write ? "writes" : "searches") + " from " + ctx.ip()
                    + " (at most " + perMinute + " a minute); retry in " + waitSeconds + " s");
        }
    }

    private static boolean isLoopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Up to {@code perMinute} requests at once, refilled at {@code perMinute} a minute. */
    private static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last = System.nanoTime();

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
        }

        /** Takes one request's token; 0 when there was one, else the seconds until there is. */
        synchronized long take() {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean idle() {
            refill();
            return tokens >= capacity;
        }

        private void refill() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
