package org.wirewatch.bench.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the in-process server's threads (Jetty's pool: acceptors, selectors, request
 * handlers) have used so far, summed. With one request at a time its difference across a request
 * is what that request cost the server, however long it waited for a core on a loaded machine.
 */
final class ServerCpu {
    /** The name Javalin gives the threads of the Jetty pool it starts. */
    private static final String POOL = "JettyServerThreadPool";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    ServerCpu() {
        if (!threads.isThreadCpuTimeSupported()) throw new IllegalStateException("this JVM cannot tell a thread's CPU time");
        if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
    }

    long nanos() {
        long sum = 0;
        for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t == null || !t.getThreadName().startsWith(POOL)) continue;
            long cpu = threads.getThreadCpuTime(t.getThreadId());
            if (cpu > 0) sum += cpu;
        }
        return sum;
    }
}
