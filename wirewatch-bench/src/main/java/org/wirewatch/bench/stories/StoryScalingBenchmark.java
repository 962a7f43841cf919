package org.wirewatch.bench.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.GeneratedArticle;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import org.wirewatch.core.story.StoryBatch;
import org.wirewatch.core.story.StoryClusterer;
import org.wirewatch.core.story.StorySettings;

/**
 * How story clustering scales: for each corpus size (default 10k, 50k, 100k generated articles,
 * one story per ten), analyses the corpus (untimed), then times one {@link StoryClusterer} placing
 * every article as a stream would deliver them, and prints articles/s (by wall time and by the placing thread's CPU time), the stories still open at
 * the end, the live heap after placing, and BCubed against the generator's gold stories. By
 * default the stream comes in order of publication; {@code -Dstories.orders=date,reverse,shuffle1,
 * shuffle2,shuffle3,batch} runs each order in turn ({@code shuffleN}: a random order with seed N;
 * {@code batch}: {@link StoryBatch}, as {@code analyze} clusters), one row each, which is how the
 * order of arrival is measured. {@code -Dstories.audit=true} also counts wrong joins and wrong merges
 * ({@link PlacementAudit}; placing is then slower). Prints only; asserts nothing.
 *
 * <pre>
 * java -cp wirewatch-cli/target/wirewatch.jar org.wirewatch.bench.stories.StoryScalingBenchmark 10000 50000 100000
 * </pre>
 */
public final class StoryScalingBenchmark {
    /** The placing thread's CPU time: on a machine shared with other work, wall time says more about the others than about placing. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private StoryScalingBenchmark() {}

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) sizes.add(Integer.parseInt(a.replace("_", "")));
        if (sizes.isEmpty()) sizes = List.of(10_000, 50_000, 100_000);
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        LanguagePacks packs = LanguagePacks.discover();
        // -Dstories.warmup=false skips the warm-up (quality runs on a cached corpus need none)
        if (Boolean.parseBoolean(System.getProperty("stories.warmup", "true"))) warmUp(pipeline, packs);
        System.out.println("articles\tstories(gold)\torder\tseconds\tarticles/s\tcpu_s\tper_cpu_s\topen_at_end\theap_mb\tbcubed_p\tbcubed_r\tbcubed_f1");
        List<String> orders = List.of(System.getProperty("stories.orders", "date").split(","));
        for (int n : sizes) run(n, pipeline, packs, orders);
    }

    private static void warmUp(Pipeline pipeline, LanguagePacks packs) {
        List<GeneratedArticle> gen = generate(3_000, 1);
        List<Article> analysed = analyse(gen, pipeline);
        for (int i = 0; i < 3; i++) place(analysed, packs, null);
    }

    private static void run(int n, Pipeline pipeline, LanguagePacks packs, List<String> orders) {
        List<GeneratedArticle> gen = generate(n, 42);
        List<Article> analysed = cachedAnalysis(n, gen, pipeline);
        analysed.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        Map<String, String> gold = new HashMap<>();
        for (GeneratedArticle g : gen) gold.put(g.id(), g.story());
        for (String order : orders) {
            List<Article> arriving = ordered(analysed, order.trim());
            long before = liveHeapMb();
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            PlacementAudit audit = Boolean.getBoolean("stories.audit") ? new PlacementAudit(gold) : null;
            Placed placed = order.trim().equals("batch") ? batch(arriving, packs) : place(arriving, packs, audit);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
            long held = liveHeapMb() - before;
            java.lang.ref.Reference.reachabilityFence(placed.clusterer());
            double[] prf = bcubed(placed.articles(), gold);
            writeAssignments(placed.articles(), n, order.trim());
            if (Boolean.getBoolean("stories.verbose")) printBiggest(placed.articles(), gold);
            if (audit != null) System.out.println(audit.summary());
            System.out.printf(Locale.ROOT, "%d\t%d\t%s\t%.1f\t%.0f\t%.1f\t%.0f\t%d\t%d\t%.3f\t%.3f\t%.3f%n", n, CorpusGenerator.defaultStories(n), order.trim(),
                    seconds, n / seconds, cpu, n / cpu, placed.open(), held, prf[0], prf[1], prf[2]);
        }
    }

    /** The articles (sorted by date) in the order named: date, reverse, shuffleN, batch (any order: the batch sorts). */
    private static List<Article> ordered(List<Article> byDate, String order) {
        List<Article> out = new ArrayList<>(byDate);
        if (order.equals("reverse")) java.util.Collections.reverse(out);
        else if (order.startsWith("shuffle")) java.util.Collections.shuffle(out, new java.util.Random(Long.parseLong(order.substring(7))));
        else if (!order.equals("date") && !order.equals("batch")) throw new IllegalArgumentException("unknown order " + order);
        return out;
    }

    /** {@code clusterer} is kept so that the heap it holds can be measured (null for a batch). */
    private record Placed(List<Article> articles, int open, StoryClusterer clusterer) {}

    /**
     * Places the articles as a stream; the heap figure is what the clusterer and the placed records hold (taken after the timing).
     * {@code audit} (or null) counts wrong joins and merges as they happen, which slows placing.
     */
    private static Placed place(List<Article> articles, LanguagePacks packs, PlacementAudit audit) {
        StoryClusterer clusterer = new StoryClusterer(packs, settings());
        List<Article> out = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Article placed = clusterer.add(a);
            if (audit != null) audit.placed(placed, clusterer);
            out.add(placed);
        }
        List<Article> resolved = new ArrayList<>(out.size());
        for (Article a : out) resolved.add(a.withStory(clusterer.resolve(a.story()), a.duplicateOf(), a.translationOf()));
        return new Placed(resolved, clusterer.openStories(), clusterer);
    }

    private static Placed batch(List<Article> articles, LanguagePacks packs) {
        return new Placed(new StoryBatch(packs, settings()).assign(articles).articles(), 0, null);
    }

    /**
     * With -Dstories.assignments=DIR, writes each article's story, {@code duplicate_of} and
     * {@code translation_of} to DIR/assignments-N-ORDER.tsv in placing order: a change meant to
     * make placing cheaper must leave these files byte for byte the same ({@code cmp}).
     */
    private static void writeAssignments(List<Article> articles, int n, String order) {
        String dir = System.getProperty("stories.assignments");
        if (dir == null) return;
        Path file = Path.of(dir, "assignments-" + n + "-" + order + ".tsv");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, articles.stream().map(a -> a.id() + "\t" + a.story() + "\t" + a.duplicateOf() + "\t" + a.translationOf()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    /** The live heap after a collection, in MB. */
    private static long liveHeapMb() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    /** The default settings, or with -Dstories.merge=X another merge threshold (1 turns merging almost off), -Dstories.join=X another join threshold, -Dstories.candidates=N another candidate count. */
    private static StorySettings settings() {
        StorySettings d = StorySettings.defaults();
        double merge = Double.parseDouble(System.getProperty("stories.merge", Double.toString(d.merge())));
        double join = Double.parseDouble(System.getProperty("stories.join", Double.toString(d.join())));
        int candidates = Integer.getInteger("stories.candidates", d.candidates());
        java.time.Duration lateness = java.time.Duration.parse(System.getProperty("stories.lateness", d.lateness().toString()));
        return new StorySettings(join, merge, d.duplicate(), d.translation(), d.window(), candidates, lateness);
    }

    /**
     * With -Dstories.cache=DIR, the analysed corpus of each size is kept in DIR as JSON lines and
     * read back on the next run: tuning the clusterer need not re-analyse the corpus every time.
     */
    private static List<Article> cachedAnalysis(int n, List<GeneratedArticle> gen, Pipeline pipeline) {
        String dir = System.getProperty("stories.cache");
        if (dir == null) return analyse(gen, pipeline);
        Path file = Path.of(dir, "analysed-" + n + "-42.jsonl");
        ArticleJson json = new ArticleJson();
        try {
            if (Files.exists(file)) {
                List<Article> out = new ArrayList<>(n);
                try (var lines = Files.lines(file)) {
                    for (String line : (Iterable<String>) lines::iterator) out.add(json.mapper().readValue(line, Article.class));
                }
                return out;
            }
            List<Article> analysed = analyse(gen, pipeline);
            Files.createDirectories(file.getParent());
            Files.write(file, analysed.stream().map(json::toLine).toList());
            return analysed;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static List<GeneratedArticle> generate(int n, long seed) {
        List<GeneratedArticle> out = new ArrayList<>(n);
        new CorpusGenerator(n, CorpusGenerator.defaultStories(n), seed).generate(out::add);
        return out;
    }

    private static List<Article> analyse(List<GeneratedArticle> gen, Pipeline pipeline) {
        List<Article> out = new ArrayList<>(gen.size());
        BatchAnalysis.Results results = new BatchAnalysis.Results() {
            @Override public void analysed(Article article) { out.add(article); }

            @Override public void failed(SourceRef origin, String message) { System.err.println("error: " + origin + ": " + message); }
        };
        try (BatchAnalysis batch = new BatchAnalysis(pipeline::analyze, Runtime.getRuntime().availableProcessors(), results)) {
            for (GeneratedArticle g : gen) {
                batch.submit(new RawArticle(g.id(), g.text(), g.title(), null, g.lang(), g.published(), g.source(), List.of(),
                        new SourceRef("generated", g.id()), true, List.of()));
            }
        }
        return out;
    }

    /** The five biggest predicted stories with how many gold stories each holds: where precision went. */
    private static void printBiggest(List<Article> articles, Map<String, String> gold) {
        Map<String, List<String>> byStory = new HashMap<>();
        for (Article a : articles) byStory.computeIfAbsent(a.story(), k -> new ArrayList<>()).add(gold.get(a.id()));
        byStory.entrySet().stream().sorted(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getValue().size())).limit(5)
                .forEach(e -> System.out.printf(Locale.ROOT, "# %s: %d articles from %d gold stories%n", e.getKey(), e.getValue().size(),
                        new java.util.HashSet<>(e.getValue()).size()));
        if (System.getProperty("stories.show") == null) return;
        Map<String, Integer> golds = new java.util.TreeMap<>();
        for (Article a : articles) if (a.story().equals(System.getProperty("stories.show"))) golds.merge(gold.get(a.id()) + " " + a.lang() + " " + a.published().substring(0, 10) + " " + a.title(), 1, Integer::sum);
        golds.forEach((k, v) -> System.out.println("#   " + v + " " + k));
    }

    /** Item-averaged BCubed precision, recall and F1 of the story ids against the gold ones. */
    static double[] bcubed(List<Article> articles, Map<String, String> gold) {
        Map<String, Integer> predictedSize = new HashMap<>(), goldSize = new HashMap<>(), both = new HashMap<>();
        for (Article a : articles) {
            predictedSize.merge(a.story(), 1, Integer::sum);
            goldSize.merge(gold.get(a.id()), 1, Integer::sum);
            both.merge(a.story() + "\u0000" + gold.get(a.id()), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (Article a : articles) {
            int shared = both.get(a.story() + "\u0000" + gold.get(a.id()));
            p += (double) shared / predictedSize.get(a.story());
            r += (double) shared / goldSize.get(gold.get(a.id()));
        }
        p /= articles.size();
        r /= articles.size();
        return new double[] {p, r, 2 * p * r / (p + r)};
    }
}
