package org.wirewatch.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.apache.spark.sql.SparkSession;
import org.wirewatch.core.lang.LanguageIdentifier;

/**
 * Times the Spark job on one corpus with one master, printing figures only. It lives here, not with
 * the other benchmarks in wirewatch-bench, because this module depends on that one. Run it once per
 * master in a fresh JVM (the executor's pipeline is built once per JVM, so a second master in the
 * same JVM would start warm), on the class path {@code wirewatch spark} uses:
 *
 * <pre>wirewatch-spark/run-benchmark CORPUS local[1] [PARTITIONS]</pre>
 *
 * One unmeasured run first (pipeline loading, JIT), then one measured run; prints wall time,
 * articles/s, time per stage, bytes shuffled and the JVM's heap peak and live heap after GC.
 */
public final class SparkBenchmark {
    private SparkBenchmark() {}

    public static void main(String[] args) throws Exception {
        String corpus = args[0];
        String master = args[1];
        int partitions = args.length > 2 ? Integer.parseInt(args[2]) : 6;
        Path out = Files.createTempDirectory("wirewatch-spark-bench");
        try (SparkSession spark = SparkSession.builder().appName("wirewatch-bench").master(master)
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").getOrCreate()) {
            JobSettings settings = new JobSettings(List.of(Path.of(corpus).toUri().toString()), out.toUri().toString(),
                    new AnalysisSpec(false, List.copyOf(LanguageIdentifier.defaultLanguages())), partitions, false, StoryWindowSpec.daily());
            long warmStart = System.nanoTime();
            new WirewatchJob(spark).run(settings);
            double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
            Metrics metrics = new Metrics();
            spark.sparkContext().addSparkListener(metrics);
            long started = System.nanoTime();
            JobSummary summary = new WirewatchJob(spark).run(settings);
            double seconds = (System.nanoTime() - started) / 1e9;
            long articles = summary.rows(OutputTables.ARTICLES);
            System.out.printf(Locale.ROOT, "master %s, partitions %d: %s%n", master, partitions, summary);
            System.out.printf(Locale.ROOT, "first run (pipeline load + JIT) %.1f s; measured run %.1f s = %.1f articles/s%n",
                    warmSeconds, seconds, articles / seconds);
            metrics.print();
            System.gc();
            System.out.printf(Locale.ROOT, "heap: peak %d MB (sum of pool peaks), live after GC %d MB%n",
                    peakHeapMb(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }

    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes >> 20;
    }

    /** Sums task metrics per stage of the measured run. */
    private static final class Metrics extends SparkListener {
        private final Map<String, LongAdder> shuffleWritten = new ConcurrentHashMap<>();
        private final Map<String, LongAdder> taskMillis = new ConcurrentHashMap<>();
        private final Map<String, Long> stageMillis = new ConcurrentHashMap<>();
        private final Map<Integer, String> names = new ConcurrentHashMap<>();

        @Override
        public void onStageCompleted(SparkListenerStageCompleted completed) {
            StageInfo info = completed.stageInfo();
            String name = info.stageId() + " " + info.name().split(" at ")[0] + " (" + info.numTasks() + " tasks)";
            names.put(info.stageId(), name);
            long millis = (Long) info.completionTime().get() - (Long) info.submissionTime().get();
            stageMillis.put(name, millis);
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            TaskMetrics m = end.taskMetrics();
            if (m == null) return;
            String key = String.valueOf(end.stageId());
            shuffleWritten.computeIfAbsent(key, k -> new LongAdder()).add(m.shuffleWriteMetrics().bytesWritten());
            taskMillis.computeIfAbsent(key, k -> new LongAdder()).add(m.executorRunTime());
        }

        void print() {
            long shuffled = 0;
            for (Map.Entry<Integer, String> stage : new java.util.TreeMap<>(names).entrySet()) {
                String id = String.valueOf(stage.getKey());
                long written = shuffleWritten.getOrDefault(id, new LongAdder()).sum();
                shuffled += written;
                System.out.printf(Locale.ROOT, "  stage %-60s wall %6d ms, task time %6d ms, shuffle write %,d bytes%n",
                        stage.getValue(), stageMillis.get(stage.getValue()), taskMillis.getOrDefault(id, new LongAdder()).sum(), written);
            }
            System.out.printf(Locale.ROOT, "shuffled in total: %,d bytes%n", shuffled);
        }
    }
}
