package org.wirewatch.bench.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap use since {@link #reset}, from the heap memory pools' peak usage. The pools peak at
 * different moments, so their sum is an upper bound; it is also what the collector let the heap
 * grow to, which with a large -Xmx exceeds what the work needs.
 */
final class PeakHeap {
    private PeakHeap() {}

    static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /**
     * Heap still in use after a full collection, with the corpus and the loaded models still
     * referenced by the caller: what the work needs, as opposed to what the collector let it take.
     */
    static double liveMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    static double megabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024.0 * 1024.0);
    }
}
