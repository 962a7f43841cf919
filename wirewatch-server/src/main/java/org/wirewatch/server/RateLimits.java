package org.wirewatch.server;

/**
 * Per-client request budgets, each refilled evenly over a minute; 0 means no limit.
 *
 * @param writesPerMinute  POST requests per client
 * @param readsPerMinute   expensive reads (search, events, quotes, entity pages) per client
 * @param includeLoopback  whether clients on this machine are limited too (by default they are not:
 *                         the analyst's own browser and scripts)
 */
public record RateLimits(int writesPerMinute, int readsPerMinute, boolean includeLoopback) {
    public static final RateLimits NONE = new RateLimits(0, 0, false);

    public RateLimits {
        if (writesPerMinute < 0 || readsPerMinute < 0) throw new IllegalArgumentException("rate limits must be >= 0 (0: no limit)");
    }
}
