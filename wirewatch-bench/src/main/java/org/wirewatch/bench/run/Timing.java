package org.wirewatch.bench.run;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times pieces of work. First {@link #warmUp} runs all of them in turn for a while, so that every
 * measurement finds the JIT equally far along whatever its place in the order (on two busy cores C2
 * reaches the cleaner's deep call chain only after 10–15 s). Then {@link #medianSeconds} gives each
 * a few more unmeasured runs and reports the median of the measured ones, which one slow run (a GC,
 * another process) does not move. A run repeats the work often enough to last a quarter of a
 * second: tokenising 2,000 articles takes 40 ms, too short to time on a busy machine.
 */
final class Timing {
    /** Work to time; returns something derived from its result so the JIT cannot drop it. */
    interface Work {
        long run() throws Exception;
    }

    private static final double MIN_RUN_SECONDS = 0.25;

    private final int warmups;
    private final int runs;
    /** Nanoseconds: wall time, or the CPU time of the calling thread ({@link CpuBench}). */
    private final LongSupplier clock;
    /** Where results go so that the JIT cannot prove the work useless and drop it. */
    private volatile long sink;

    Timing(int warmups, int runs) {
        this(warmups, runs, System::nanoTime);
    }

    Timing(int warmups, int runs, LongSupplier clock) {
        this.warmups = warmups;
        this.runs = runs;
        this.clock = clock;
    }

    /** Runs every piece of work in turn until {@code seconds} have passed, each at least once. */
    void warmUp(List<Work> works, double seconds) {
        long start = System.nanoTime();
        long sum = 0;
        try {
            do {
                for (Work work : works) sum += work.run();
            } while (System.nanoTime() - start < seconds * 1e9);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("benchmark work failed: " + e, e);
        }
        sink = sum;
    }

    /** Median time (on this timing's clock) of one pass of the work over the measured runs, in seconds. */
    double medianSeconds(Work work) {
        long sum = 0;
        try {
            long lastPass = 0;
            for (int i = 0; i < warmups; i++) {
                long start = clock.getAsLong();
                sum += work.run();
                lastPass = clock.getAsLong() - start;
            }
            int passes = lastPass <= 0 ? 1 : (int) Math.max(1, Math.ceil(MIN_RUN_SECONDS * 1e9 / lastPass));
            long[] nanosPerPass = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = clock.getAsLong();
                for (int p = 0; p < passes; p++) sum += work.run();
                nanosPerPass[i] = (clock.getAsLong() - start) / passes;
            }
            sink = sum;
            return median(nanosPerPass) / 1e9;
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
