package org.wirewatch.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * Not a test: prints the ingest rate (full analysis + index, committed in batches of 500) over a
 * corpus, then search latency percentiles for 1,000 queries (after 300 unmeasured) over the
 * resulting index. Usage: {@code IndexBenchmark CORPUS DATA_DIR THREADS [QUERIES]} (see BENCHMARKS.md).
 */
public final class IndexBenchmark {
    private IndexBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        KnowledgeBase kb = KnowledgeBases.builtIn();
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()), kb);
        List<String> sampleWords = new ArrayList<>();
        List<String> sampleNames = new ArrayList<>();
        try (WirewatchIndex index = WirewatchIndex.open(data, kb)) {
            // "-" searches the index as it is; a corpus is ingested on top (articles already stored stay unchanged)
            if (!args[0].equals("-")) ingest(corpus, threads, pipeline, index, sampleWords, sampleNames);
            if (sampleWords.isEmpty()) sample(index, sampleWords, sampleNames);
            System.out.printf(Locale.ROOT, "index: %,d articles, %.0f MB on disk%n", index.size(), sizeMb(data.resolve("index")));
            search(index, queries, sampleWords, sampleNames);
        }
    }

    private static void ingest(Path corpus, int threads, Pipeline pipeline, WirewatchIndex index, List<String> words, List<String> names) {
        BatchedCommits commits = new BatchedCommits(index, BatchedCommits.DEFAULT_BATCH, total -> {
            if (total % 10_000 == 0) System.err.printf(Locale.ROOT, "  committed %,d%n", total);
        });
        Random random = new Random(1);
        AtomicLong analysed = new AtomicLong();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        BatchAnalysis.Results results = new BatchAnalysis.Results() {
            @Override
            public void analysed(Article a) {
                commits.add(a);
                analysed.incrementAndGet();
                if (random.nextInt(50) == 0) collect(a, random, words, names);
            }

            @Override
            public void failed(SourceRef origin, String message) {
                System.err.println("failed: " + origin + ": " + message);
            }
        };
        try (BatchAnalysis batch = new BatchAnalysis(pipeline::analyze, threads, results)) {
            new ArticleInputs(InputLimits.defaults()).read(List.of(corpus.toString()), System.in, new ArticleSink() {
                @Override
                public void article(RawArticle article) {
                    batch.submit(article);
                }

                @Override
                public void error(ReadError error) {
                    System.err.println("error: " + error.message());
                }
            });
        }
        try {
            commits.finish();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "ingest: %,d articles in %.1f s on %d threads = %.1f articles/s (%.1f per thread), full analysis + index + commits%n",
                analysed.get(), seconds, threads, analysed.get() / seconds, analysed.get() / seconds / threads);
        System.out.printf(Locale.ROOT, "ingest: %.1f CPU-seconds used by the process = %.1f articles per CPU-second (per core, whatever else the machine runs)%n",
                cpuSeconds, analysed.get() / cpuSeconds);
    }

    private static void sample(WirewatchIndex index, List<String> words, List<String> names) throws java.io.IOException {
        Random random = new Random(1);
        index.forEach(SearchRequest.all(), a -> {
            if (random.nextInt(50) == 0) collect(a, random, words, names);
        });
    }

    private static void collect(Article a, Random random, List<String> words, List<String> names) {
        String[] titleWords = a.title() == null ? new String[0] : a.title().split("[^\\p{L}]+");
        for (String w : titleWords) if (w.length() >= 5 && random.nextInt(3) == 0) words.add(w);
        for (Mention m : a.entities()) if (m.name() != null && random.nextInt(10) == 0) names.add(m.name());
    }

    /** A mix: single words, two-word AND, phrases, OR, entity filters, a word within a date range and a language. */
    private static List<SearchRequest> queries(int n, List<String> words, List<String> names, Random random) {
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String w1 = words.get(random.nextInt(words.size()));
            String w2 = words.get(random.nextInt(words.size()));
            SearchRequest r = switch (i % 6) {
                case 0 -> SearchRequest.of(w1);
                case 1 -> SearchRequest.of(w1 + " " + w2);
                case 2 -> SearchRequest.of("\"" + w1 + " " + w2 + "\"");
                case 3 -> SearchRequest.of(w1 + " OR " + w2);
                case 4 -> SearchRequest.all().withEntity(names.get(random.nextInt(names.size())));
                default -> SearchRequest.of(w1).withLang(List.of("en", "ru", "uk").get(i % 3))
                        .withDates(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 12, 31));
            };
            out.add(r);
        }
        return out;
    }

    private static void search(WirewatchIndex index, int n, List<String> words, List<String> names) throws java.io.IOException {
        Random random = new Random(2);
        for (SearchRequest warm : queries(300, words, names, random)) index.search(warm);
        List<SearchRequest> measured = queries(n, words, names, random);
        long[] nanos = new long[measured.size()];
        long[] cpu = new long[measured.size()];
        java.lang.management.ThreadMXBean threadsBean = java.lang.management.ManagementFactory.getThreadMXBean();
        long hits = 0;
        for (int i = 0; i < nanos.length; i++) {
            long c = threadsBean.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            hits += index.search(measured.get(i)).total();
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threadsBean.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "search CPU time per query (the searching thread's, not waiting for a core): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ms(cpu, 0.50), ms(cpu, 0.90), ms(cpu, 0.99), cpu[cpu.length - 1] / 1e6);
        System.out.printf(Locale.ROOT, "search wall-clock time: %d queries (10 hits, facets, highlights each), p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f matches per query on average%n",
                nanos.length, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, (double) hits / nanos.length);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static double sizeMb(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum() / 1e6;
        }
    }
}
