package org.wirewatch.bench.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.wirewatch.core.app.Resources;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;
import org.wirewatch.server.ServerSettings;
import org.wirewatch.server.WirewatchServer;

/**
 * The scale runner: N generated articles stored ({@link ServedStore}), then a real server on
 * loopback over them, measured as a user meets it: index size on disk, heap in use after a full
 * collection while serving, and the wall-clock p50/p99 of searches (10 hits, facets, highlights;
 * then the same searches without name expansion, to show what it costs),
 * entity pages (the 200 most mentioned entities: the heaviest pages) and story pages, one request
 * at a time after a warm-up, then a few story lists (trending, and the stories of one language); with each, the CPU time the server spent on it ({@link ServerCpu}: what
 * the code costs, where wall-clock time on a loaded machine mostly measures the wait for a core),
 * and the same for the first request of each kind after a commit (what per-commit caches cost).
 * As a main class:
 *
 * <pre>{@code
 * java -Xmx1500m -cp wirewatch-cli/target/wirewatch.jar org.wirewatch.bench.serve.ScaleRun N DATA_DIR [ANALYSED] [THREADS] [REQUESTS]
 * }</pre>
 *
 * A DATA_DIR that already holds at least N articles is served as it is.
 */
public final class ScaleRun {
    private static final int WARM_UP = 50;
    private static final int AFTER_COMMITS = 10;
    /** Story lists (trending, one language) are asked this many times after two unmeasured: they were read over every digest. */
    private static final int LIST_REQUESTS = 20;
    private static final String TRENDING = "/api/stories?sort=trending&limit=20";

    private final PrintStream out;
    private final PrintStream progress;

    ScaleRun(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ScaleRun N DATA_DIR [ANALYSED (5000)] [THREADS (2)] [REQUESTS (500)]");
            System.exit(64);
        }
        int n = Integer.parseInt(args[0]);
        int analysed = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        new ScaleRun(System.out, System.err).run(n, Path.of(args[1]), Math.min(n, analysed), threads, requests);
    }

    void run(int n, Path data, int analysed, int threads, int requests) throws Exception {
        Wirewatch wirewatch = new Wirewatch(Resources.with(KnowledgeBases.builtIn()), new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        if (stored(data, wirewatch) < n) {
            progress.printf(Locale.ROOT, "filling %s with %,d articles (%,d analysed, the rest copies)%n", data, n, analysed);
            long t = System.nanoTime();
            ServedStore.fill(data, wirewatch, n, analysed, 7, threads, progress);
            out.printf(Locale.ROOT, "fill: %,d articles stored in %.0f s%n", n, (System.nanoTime() - t) / 1e9);
        }
        long opening = System.nanoTime();
        try (WirewatchIndex index = WirewatchIndex.open(data, wirewatch.resources().knowledgeBase(), wirewatch.resources().packs());
             WirewatchServer server = WirewatchServer.start(ServerSettings.loopback(0), index,
                     StoredStories.open(data, wirewatch.resources().packs()), wirewatch)) {
            // the first writable open of an index stored before entity summaries counts them all
            out.printf(Locale.ROOT, "open for writing and serving: %.1f s%n", (System.nanoTime() - opening) / 1e9);
            out.printf(Locale.ROOT, "index: %,d articles, %.0f MB on disk%n", index.size(), ServedStore.indexBytes(data) / 1e6);
            Sampled sampled = Sampled.from(index);
            Loopback http = new Loopback(server.port());
            ServerCpu cpu = new ServerCpu();
            Random random = new Random(11);
            measure("search (10 hits, facets, highlights)", http, cpu, i -> sampled.search(i, random), requests);
            Random same = new Random(11);
            measure("the same searches, expand=false", http, cpu, i -> sampled.search(i, same) + "&expand=false", requests);
            measure("entity page (200 most mentioned)", http, cpu, i -> sampled.entityPage(random), requests);
            measure("story page", http, cpu, i -> sampled.storyPage(random), requests);
            measure("article", http, cpu, i -> sampled.article(random), requests);
            measure("story list, trending", http, cpu, i -> TRENDING, 2, LIST_REQUESTS);
            measure("story list, one language", http, cpu, ScaleRun::oneLanguage, 2, LIST_REQUESTS);
            afterCommits(index, sampled, http, cpu, random);
            out.printf(Locale.ROOT, "heap while serving: %.0f MB in use after a full collection, %.0f MB committed, max %.0f MB (-Xmx)%n",
                    heapAfterGc() / 1e6, Runtime.getRuntime().totalMemory() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private void measure(String what, Loopback http, ServerCpu cpu, IntFunction<String> request, int n) throws Exception {
        measure(what, http, cpu, request, WARM_UP, n);
    }

    /** The stories of the newest articles in one of the generated languages, in turn. */
    private static String oneLanguage(int i) {
        return "/api/stories?limit=20&lang=" + List.of("en", "uk", "ru").get(i % 3);
    }

    private void measure(String what, Loopback http, ServerCpu cpu, IntFunction<String> request, int warmUp, int n) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            String path = request.apply(i);
            check(http.get(path), path);
        }
        Latencies times = new Latencies();
        Latencies cpuTimes = new Latencies();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            String path = request.apply(i);
            long before = cpu.nanos();
            Loopback.Reply r = check(http.get(path), path);
            cpuTimes.add(cpu.nanos() - before);
            times.add(r.nanos());
            bytes += r.body().length();
            if ((i + 1) % 100 == 0 || n < 100) progress.printf(Locale.ROOT, "  %s: %d/%d%n", what, i + 1, n);
        }
        out.printf(Locale.ROOT, "%s: %s; %.0f KB per answer on average%n", what, times.summary(), bytes / 1e3 / n);
        out.printf(Locale.ROOT, "  server CPU per request: %s%n", cpuTimes.cpuSummary());
    }

    /**
     * The first search, entity page and story page after each of {@code AFTER_COMMITS} commits of
     * one new article (a copy of a stored one under a new id): what is counted once per commit.
     */
    private void afterCommits(WirewatchIndex index, Sampled sampled, Loopback http, ServerCpu cpu, Random random) throws Exception {
        Latencies search = new Latencies();
        Latencies entity = new Latencies();
        Latencies story = new Latencies();
        Latencies trending = new Latencies();
        Latencies language = new Latencies();
        for (int round = 0; round < AFTER_COMMITS; round++) {
            String id = sampled.articleIds().get(random.nextInt(sampled.articleIds().size()));
            var a = index.get(id).orElseThrow();
            index.add(a.toBuilder().id(id + "-commit" + round).text(a.text() + "\n\n(commit " + round + ")").build());
            index.commit();
            search.add(cpuOf(http, cpu, sampled.search(round, random)));
            entity.add(cpuOf(http, cpu, sampled.entityPage(random)));
            story.add(cpuOf(http, cpu, sampled.storyPage(random)));
            trending.add(cpuOf(http, cpu, TRENDING));
            language.add(cpuOf(http, cpu, oneLanguage(round)));
        }
        out.printf(Locale.ROOT, "first request after a commit, server CPU over %d commits: search %s; entity page %s; story page %s; "
                + "story list, trending %s; story list, one language %s%n",
                AFTER_COMMITS, search.cpuSummary(), entity.cpuSummary(), story.cpuSummary(), trending.cpuSummary(), language.cpuSummary());
    }

    private static long cpuOf(Loopback http, ServerCpu cpu, String path) throws Exception {
        long before = cpu.nanos();
        check(http.get(path), path);
        return cpu.nanos() - before;
    }

    private static Loopback.Reply check(Loopback.Reply r, String path) {
        if (r.status() != 200) throw new IllegalStateException(path + " answered " + r.status() + ": " + r.body());
        return r;
    }

    private static long heapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long stored(Path data, Wirewatch wirewatch) throws IOException {
        if (!Files.isDirectory(data.resolve("index"))) return 0;
        try (WirewatchIndex index = WirewatchIndex.openReadOnly(data, wirewatch.resources().knowledgeBase(), wirewatch.resources().packs())) {
            return index.size();
        }
    }
}
