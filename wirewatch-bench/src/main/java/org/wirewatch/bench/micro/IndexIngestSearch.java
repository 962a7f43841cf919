package org.wirewatch.bench.micro;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.index.BatchedCommits;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.WirewatchIndex;

/**
 * What a user of {@code wirewatch ingest} and {@code serve} waits for: the ingest rate (full analysis
 * plus the Lucene store, committed every 500), wall clock and per CPU-second of the process, then
 * search latency percentiles of {@code queries} searches (after 300 unmeasured) over the resulting
 * index, each as {@code /api/search} runs it (10 hits, facets, highlights). For corpora of 100,000
 * articles, as a main class:
 *
 * <pre>{@code
 * java -Xmx4g -cp wirewatch-cli/target/wirewatch.jar org.wirewatch.bench.micro.IndexIngestSearch CORPUS|- DATA_DIR [THREADS] [QUERIES]
 * }</pre>
 *
 * {@code -} as the corpus searches the index in DATA_DIR as it is; a corpus is ingested on top of it.
 */
public final class IndexIngestSearch {
    private static final int WARM_UP_QUERIES = 300;

    private final PrintStream out;
    private final PrintStream progress;

    public IndexIngestSearch(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: IndexIngestSearch CORPUS|- DATA_DIR [THREADS] [QUERIES]");
            System.exit(64);
        }
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int queries = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        new IndexIngestSearch(System.out, System.err).run(args[0].equals("-") ? null : Path.of(args[0]), Path.of(args[1]), threads, queries);
    }

    /** Ingests {@code corpus} (null: none) into the store under {@code data}, then times the searches. */
    public void run(Path corpus, Path data, int threads, int queries) throws IOException {
        KnowledgeBase kb = KnowledgeBases.builtIn();
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()), kb);
        SearchMix mix = new SearchMix();
        try (WirewatchIndex index = WirewatchIndex.open(data, kb)) {
            if (corpus != null) ingest(corpus, threads, pipeline, index, mix);
            if (mix.isEmpty()) index.forEach(SearchRequest.all(), mix::sample);
            out.printf(Locale.ROOT, "index: %,d articles, %.0f MB on disk%n", index.size(), sizeMb(data.resolve("index")));
            search(index, queries, mix);
        }
    }

    private void ingest(Path corpus, int threads, Pipeline pipeline, WirewatchIndex index, SearchMix mix) throws IOException {
        BatchedCommits commits = new BatchedCommits(index, BatchedCommits.DEFAULT_BATCH, total -> {
            if (total % 10_000 == 0) progress.printf(Locale.ROOT, "  committed %,d%n", total);
        });
        AtomicLong analysed = new AtomicLong();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        BatchAnalysis.Results results = new BatchAnalysis.Results() {
            @Override
            public void analysed(Article a) {
                commits.add(a);
                analysed.incrementAndGet();
                mix.sample(a);
            }

            @Override
            public void failed(SourceRef origin, String message) {
                progress.println("failed: " + origin + ": " + message);
            }
        };
        try (BatchAnalysis batch = new BatchAnalysis(pipeline::analyze, threads, results)) {
            new ArticleInputs(InputLimits.defaults()).read(List.of(corpus.toString()), null, new ArticleSink() {
                @Override
                public void article(RawArticle article) {
                    batch.submit(article);
                }

                @Override
                public void error(ReadError error) {
                    progress.println("error: " + error.message());
                }
            });
        }
        commits.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "ingest: %,d articles in %.1f s on %d threads = %.1f articles/s (%.1f per thread), full analysis + index + commits%n",
                analysed.get(), seconds, threads, analysed.get() / seconds, analysed.get() / seconds / threads);
        out.printf(Locale.ROOT, "ingest: %.1f CPU-seconds used by the process = %.1f articles per CPU-second (per core, whatever else the machine runs)%n",
                cpuSeconds, analysed.get() / cpuSeconds);
    }

    private void search(WirewatchIndex index, int n, SearchMix mix) throws IOException {
        Random random = new Random(2);
        for (SearchRequest warm : mix.queries(WARM_UP_QUERIES, random)) index.search(warm);
        List<SearchRequest> measured = mix.queries(n, random);
        long[] nanos = new long[measured.size()];
        long[] cpu = new long[measured.size()];
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
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
        out.printf(Locale.ROOT, "search CPU time per query (the searching thread's, not waiting for a core): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ms(cpu, 0.50), ms(cpu, 0.90), ms(cpu, 0.99), cpu[cpu.length - 1] / 1e6);
        out.printf(Locale.ROOT, "search wall-clock time: %d queries (10 hits, facets, highlights each), p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %.1f matches per query on average%n",
                nanos.length, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, (double) hits / nanos.length);
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static double sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum() / 1e6;
        }
    }
}
