package org.wirewatch.bench.run;

import java.util.Arrays;

/**
 * Times a piece of work: unmeasured warm-up runs, at least a given number and for at least a given
 * time (the JIT compiles the hot code, lazy models load), then measured runs, reporting the median,
 * which one slow run (a GC, another process) does not move.
 */
final class Timing {
    /** Work to time; returns something derived from its result so the JIT cannot drop it. */
    interface Work {
        long run() throws Exception;
    }

    private final int warmups;
    private final long warmupNanos;
    private final int runs;
    /** Where results go so that the JIT cannot prove the work useless and drop it. */
    private volatile long sink;

    Timing(int warmups, double warmupSeconds, int runs) {
        this.warmups = warmups;
        this.warmupNanos = (long) (warmupSeconds * 1e9);
        this.runs = runs;
    }

    /** Median wall time of the measured runs, in seconds. */
    double medianSeconds(Work work) {
        long sink = 0;
        try {
            long warmupStart = System.nanoTime();
            for (int i = 0; i < warmups || System.nanoTime() - warmupStart < warmupNanos; i++) sink += work.run();
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                sink += work.run();
                nanos[i] = System.nanoTime() - start;
            }
            this.sink = sink;
            return median(nanos) / 1e9;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark work failed: " + e, e);
        }
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
