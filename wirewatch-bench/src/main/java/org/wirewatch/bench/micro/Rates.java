package org.wirewatch.bench.micro;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;

/**
 * The timing loops the micro-benchmarks share: items per second of wall-clock or of this thread's
 * CPU time (on a shared machine wall-clock rates swing with other people's builds, CPU time much
 * less), over a list of inputs passed through again and again, after an unmeasured warm-up. Each
 * piece of work returns a number derived from its result, summed into a field the JIT cannot see
 * through, so that it cannot drop the work.
 */
final class Rates {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final double warmUpSeconds;
    private final double seconds;
    private volatile long sink;

    /**
     * @param warmUpSeconds unmeasured time first spent on each measurement
     * @param seconds       measured time of each measurement
     */
    Rates(double warmUpSeconds, double seconds) {
        this.warmUpSeconds = warmUpSeconds;
        this.seconds = seconds;
    }

    /** Items per wall-clock second, one thread, after warm-up. */
    <T> double perSecond(List<T> items, ToLongFunction<T> work) {
        wallRate(items, work, warmUpSeconds);
        return wallRate(items, work, seconds);
    }

    /** Items per second of this thread's CPU time, one thread, after warm-up. */
    <T> double perCpuSecond(List<T> items, ToLongFunction<T> work) {
        cpuRate(items, work, warmUpSeconds);
        return cpuRate(items, work, seconds);
    }

    /** Items per wall-clock second summed over {@code threads} threads running the same work at once. */
    <T> double parallel(List<T> items, int threads, ToLongFunction<T> work) throws Exception {
        wallRate(items, work, warmUpSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> rates = new ArrayList<>();
            for (int t = 0; t < threads; t++) rates.add(pool.submit(() -> wallRate(items, work, seconds)));
            double total = 0;
            for (Future<Double> r : rates) total += r.get();
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Items per wall-clock second over exactly {@code seconds}, no warm-up: for alternating rounds. */
    <T> double round(List<T> items, ToLongFunction<T> work, double roundSeconds) {
        return wallRate(items, work, roundSeconds);
    }

    double warmUpSeconds() {
        return warmUpSeconds;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Heap in use after a few full collections, in bytes. */
    static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private <T> double wallRate(List<T> items, ToLongFunction<T> work, double forSeconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (forSeconds * 1e9);
        long done = 0;
        long sum = 0;
        do {
            for (T item : items) sum += work.applyAsLong(item);
            done += items.size();
        } while (System.nanoTime() < deadline);
        sink += sum;
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private <T> double cpuRate(List<T> items, ToLongFunction<T> work, double forSeconds) {
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long deadline = start + (long) (forSeconds * 1e9);
        long done = 0;
        long sum = 0;
        do {
            for (T item : items) sum += work.applyAsLong(item);
            done += items.size();
        } while (System.nanoTime() < deadline);
        sink += sum;
        return done / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
}
