package org.wirewatch.bench.serve;

import java.util.Arrays;
import java.util.Locale;

/** Times of one kind of request (wall-clock or CPU), in nanoseconds, summarised as percentiles. Not thread-safe. */
final class Latencies {
    private long[] nanos = new long[1024];
    private int n;

    void add(long elapsed) {
        if (n == nanos.length) nanos = Arrays.copyOf(nanos, n * 2);
        nanos[n++] = elapsed;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.n; i++) add(other.nanos[i]);
    }

    int count() {
        return n;
    }

    /** The q-quantile in milliseconds (nearest rank). */
    double ms(double q) {
        if (n == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return sorted[Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1))] / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "%,d requests, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", n, ms(0.5), ms(0.9), ms(0.99), ms(1.0));
    }

    String cpuSummary() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms", ms(0.5), ms(0.9), ms(0.99), ms(1.0));
    }
}
