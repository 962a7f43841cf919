package org.wirewatch.bench.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.GeneratedArticle;
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
 * The load runner: a real server on loopback, {@code clients} threads asking it for searches,
 * entity pages, story pages and articles for {@code seconds}, while one more thread posts new
 * articles to {@code POST /api/articles} in batches of {@value #BATCH}, each batch under a source of
 * its own. One request in ten asks how many articles of some batch are stored: the server commits
 * a post at once, so every answer must be none or all that batch stored, never part of it.
 * Prints errors (any answer but 200, or no answer), throughput, p50/p99 per kind, and the
 * answers that saw a batch half-stored. As a main class:
 *
 * <pre>{@code
 * java -cp wirewatch-cli/target/wirewatch.jar org.wirewatch.bench.serve.LoadRun DATA_DIR [CLIENTS (32)] [SECONDS (60)] [BASE (2000)]
 * }</pre>
 *
 * DATA_DIR is first filled with BASE analysed generated articles unless it holds them already.
 */
public final class LoadRun {
    static final int BATCH = 20;
    private static final String[] KINDS = {"search", "entity", "story", "article", "batch"};

    private final PrintStream out;
    private final PrintStream progress;

    LoadRun(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadRun DATA_DIR [CLIENTS (32)] [SECONDS (60)] [BASE (2000)]");
            System.exit(64);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int base = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        new LoadRun(System.out, System.err).run(Path.of(args[0]), clients, seconds, base);
    }

    /** What the posting thread did: the stored count of each finished batch, and its failures. */
    private static final class Posted {
        final Map<Integer, Integer> stored = new ConcurrentHashMap<>();
        final AtomicInteger started = new AtomicInteger();
        final AtomicLong articles = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final Latencies times = new Latencies();
    }

    /** One answer to "how many of batch k are stored". */
    private record Seen(int batch, long total) {}

    void run(Path data, int clients, int seconds, int base) throws Exception {
        Wirewatch wirewatch = new Wirewatch(Resources.with(KnowledgeBases.builtIn()), new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        if (!Files.isDirectory(data.resolve("index"))) {
            progress.printf(Locale.ROOT, "filling %s with %,d analysed articles%n", data, base);
            ServedStore.fill(data, wirewatch, base, base, 7, 2, progress);
        }
        try (WirewatchIndex index = WirewatchIndex.open(data, wirewatch.resources().knowledgeBase(), wirewatch.resources().packs());
             WirewatchServer server = WirewatchServer.start(ServerSettings.loopback(0), index,
                     StoredStories.open(data, wirewatch.resources().packs()), wirewatch)) {
            long before = index.size();
            Sampled sampled = Sampled.from(index);
            Loopback http = new Loopback(server.port());
            out.printf(Locale.ROOT, "load: %d clients for %d s against %,d stored articles; load average before: %s%n", clients, seconds, before, loadAverage());
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            Posted posted = new Posted();
            Thread poster = new Thread(() -> post(http, deadline, posted), "poster");
            List<Latencies[]> perClient = new ArrayList<>();
            AtomicLong errors = new AtomicLong();
            ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Latencies[] mine = new Latencies[KINDS.length];
                for (int k = 0; k < mine.length; k++) mine[k] = new Latencies();
                perClient.add(mine);
                Random random = new Random(100 + c);
                threads.add(new Thread(() -> ask(http, sampled, random, deadline, posted, mine, seen, errors, firstErrors), "client-" + c));
            }
            long start = System.nanoTime();
            poster.start();
            threads.forEach(Thread::start);
            for (Thread t : threads) t.join();
            poster.join();
            double wall = (System.nanoTime() - start) / 1e9;
            report(perClient, errors.get(), firstErrors, wall, posted, seen, index.size() - before);
        }
    }

    private void ask(Loopback http, Sampled sampled, Random random, long deadline, Posted posted, Latencies[] times,
                     ConcurrentLinkedQueue<Seen> seen, AtomicLong errors, ConcurrentLinkedQueue<String> firstErrors) {
        for (int i = random.nextInt(10); System.nanoTime() < deadline; i++) {
            int kind = switch (i % 10) {
                case 0, 1, 2, 3 -> 0;
                case 4, 5 -> 1;
                case 6, 7 -> 2;
                case 8 -> 3;
                default -> 4;
            };
            int batch = random.nextInt(posted.started.get() + 1);
            String path = switch (kind) {
                case 0 -> sampled.search(i, random);
                case 1 -> sampled.entityPage(random);
                case 2 -> sampled.storyPage(random);
                case 3 -> sampled.article(random);
                default -> "/api/articles?limit=0&source=" + Loopback.enc(source(batch));
            };
            try {
                Loopback.Reply r = http.get(path);
                times[kind].add(r.nanos());
                if (r.status() != 200) {
                    errors.incrementAndGet();
                    if (firstErrors.size() < 5) firstErrors.add(path + " -> " + r.status() + " " + r.body());
                } else if (kind == 4) {
                    seen.add(new Seen(batch, new ObjectMapper().readTree(r.body()).get("total").asLong()));
                }
            } catch (IOException | RuntimeException e) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) firstErrors.add(path + " -> " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Posts generated articles (another seed than the stored ones) in batches until the deadline. */
    private void post(Loopback http, long deadline, Posted posted) {
        ObjectMapper json = new ObjectMapper();
        Iterator<GeneratedArticle> articles = generated();
        for (int batch = 0; System.nanoTime() < deadline && articles.hasNext(); batch++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < BATCH && articles.hasNext(); i++) {
                GeneratedArticle g = articles.next();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "load-" + g.id());
                line.put("title", g.title());
                line.put("lang", g.lang());
                line.put("published", g.published());
                line.put("source", source(batch));
                line.put("text", g.text());
                try {
                    body.append(json.writeValueAsString(line)).append('\n');
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            posted.started.set(batch);
            try {
                Loopback.Reply r = http.postJsonLines(body.toString());
                posted.times.add(r.nanos());
                if (r.status() != 200 && r.status() != 201) {
                    posted.errors.incrementAndGet();
                    progress.println("  post of batch " + batch + " answered " + r.status() + ": " + r.body());
                    continue;
                }
                int stored = json.readTree(r.body()).get("stored").size();
                posted.stored.put(batch, stored);
                posted.articles.addAndGet(stored);
            } catch (IOException e) {
                posted.errors.incrementAndGet();
                progress.println("  post of batch " + batch + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Iterator<GeneratedArticle> generated() {
        CorpusGenerator generator = new CorpusGenerator(50_000, CorpusGenerator.defaultStories(50_000), 99);
        return new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < generator.articles();
            }

            @Override
            public GeneratedArticle next() {
                return generator.article(next++);
            }
        };
    }

    private static String source(int batch) {
        return "load-batch-" + batch;
    }

    private void report(List<Latencies[]> perClient, long errors, ConcurrentLinkedQueue<String> firstErrors, double wall, Posted posted,
                        ConcurrentLinkedQueue<Seen> seen, long grew) {
        Latencies all = new Latencies();
        long requests = 0;
        for (int k = 0; k < KINDS.length; k++) {
            Latencies kind = new Latencies();
            for (Latencies[] c : perClient) kind.addAll(c[k]);
            all.addAll(kind);
            requests += kind.count();
            out.printf(Locale.ROOT, "  %-8s %s%n", KINDS[k], kind.summary());
        }
        long half = 0;
        long checked = 0;
        for (Seen s : seen) {
            Integer stored = posted.stored.get(s.batch());
            if (stored == null) {
                if (s.total() != 0) half++;   // a batch whose post failed or never ran must show nothing
                continue;
            }
            checked++;
            if (s.total() != 0 && s.total() != stored) half++;
        }
        out.printf(Locale.ROOT, "load: %,d requests in %.1f s = %.1f requests/s; %d errors; all requests: p50 %.1f ms, p99 %.1f ms%n",
                requests, wall, requests / wall, errors, all.ms(0.5), all.ms(0.99));
        firstErrors.forEach(e -> out.println("  error: " + e));
        out.printf(Locale.ROOT, "ingest while loaded: %,d articles stored by %d posts of %d (%d failed), %.1f articles/s; post %s; the index grew by %,d%n",
                posted.articles.get(), posted.stored.size(), BATCH, posted.errors.get(), posted.articles.get() / wall, posted.times.summary(), grew);
        out.printf(Locale.ROOT, "batch visibility: %,d answers about a posted batch, %d saw part of a batch (must be 0); load average after: %s%n",
                checked, half, loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
