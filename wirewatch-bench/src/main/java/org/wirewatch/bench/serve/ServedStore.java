package org.wirewatch.bench.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.GeneratedArticle;
import org.wirewatch.core.app.Wirewatch;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.index.ArticleStore;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;

/**
 * Fills a data folder with generated articles for the serving runners. The first {@code analysed}
 * articles go through the whole pipeline and the story stage, as {@code wirewatch ingest} stores
 * them; the rest, up to {@code total}, are copies of those records under new ids, a day later per
 * round, each round in stories of its own, with a line added to the end of the text so that no
 * copy is the same content (offsets stay valid). Analysis is what costs time when filling, not
 * what serving costs: a store of copies answers as a store of as many distinct articles of the
 * same shape, in size, terms, facets and story sizes; its vocabulary is that of the analysed ones.
 */
final class ServedStore {
    private ServedStore() {}

    /** Generates and analyses {@code analysed} articles (seed {@code seed}, on {@code threads}), then stores copies up to {@code total}. */
    static void fill(Path data, Wirewatch wirewatch, int total, int analysed, long seed, int threads, PrintStream progress) throws IOException {
        List<Article> pool = new ArrayList<>();
        try (WirewatchIndex index = WirewatchIndex.open(data, wirewatch.resources().knowledgeBase(), wirewatch.resources().packs())) {
            StoredStories stories = StoredStories.open(data, wirewatch.resources().packs());
            ArticleStore store = new ArticleStore(index, stories, wirewatch.pipeline()::redate);
            ArticleStore.Batch batch = store.batch(1_000, n -> progress.printf(Locale.ROOT, "  committed: the index holds %,d articles%n", n));
            long start = System.nanoTime();
            BatchAnalysis.Results results = new BatchAnalysis.Results() {
                @Override
                public void analysed(Article a) {
                    // copies are made of what was stored, so that they too are stored (not the same content as another)
                    if (batch.add(a) == WirewatchIndex.Added.ADDED) pool.add(a);
                }

                @Override
                public void failed(SourceRef origin, String message) {
                    progress.println("  failed: " + origin + ": " + message);
                }
            };
            try (BatchAnalysis analysis = new BatchAnalysis(wirewatch.pipeline()::analyze, threads, results)) {
                new CorpusGenerator(analysed, CorpusGenerator.defaultStories(analysed), seed).generate(g -> analysis.submit(raw(g)));
            }
            batch.finish();
            progress.printf(Locale.ROOT, "  analysed %,d articles and stored %,d (the others had the content of one stored) in %.0f s%n",
                    analysed, pool.size(), (System.nanoTime() - start) / 1e9);
            // copies are made of the records as stored: with the story the story stage gave them
            List<Article> stored = new ArrayList<>();
            for (Article a : pool) stored.add(index.get(a.id()).orElseThrow());
            copies(index, stored, total - stored.size(), progress);
        }
    }

    private static void copies(WirewatchIndex index, List<Article> pool, int wanted, PrintStream progress) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < wanted; i++) {
            Article a = pool.get(i % pool.size());
            int round = i / pool.size() + 1;
            String text = a.text() + "\n\n(copy " + round + ")";
            String story = (a.story() == null ? a.id() : a.story()) + "-r" + round;
            Article copy = a.toBuilder().id(a.id() + "-r" + round).text(text).published(later(a.published(), round), a.publishedInferred())
                    .story(story).duplicateOf(null).translationOf(null).build();
            index.add(copy);
            if ((i + 1) % 10_000 == 0) {
                long held = index.commit();
                progress.printf(Locale.ROOT, "  copies: the index holds %,d articles (%.0f s)%n", held, (System.nanoTime() - start) / 1e9);
            }
        }
        index.commit();
    }

    /** The same time of day, {@code days} later; undated stays undated. */
    private static String later(String published, int days) {
        if (published == null || published.length() < 10) return published;
        return java.time.LocalDate.parse(published.substring(0, 10)).plusDays(days) + published.substring(10);
    }

    private static RawArticle raw(GeneratedArticle g) {
        return new RawArticle(g.id(), g.text(), g.title(), null, g.lang(), g.published(), g.source(), List.of(),
                SourceRef.of("generated").at(g.id()), false, List.of());
    }

    /** Bytes of the index folder's files. */
    static long indexBytes(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            return files.mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }
}
