package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/**
 * Main-text extraction scored the way trafilatura scores it: each gold page is read from its
 * file by the readers {@code analyze} uses, prepared (cleaned) by the caller's function, and
 * its text checked for snippets it must and must not contain ({@link PageScore}). Counts are
 * summed over pages. A page that yields no record with the gold id, or an empty text, scores
 * every wanted snippet as missed and every unwanted one as absent.
 */
public final class ExtractionEvaluation {
    private ExtractionEvaluation() {}

    /**
     * @param gold     an extraction gold file (JSONL; pages relative to its folder)
     * @param inputs   the readers that turn each page file into records
     * @param prepare  the record as {@code analyze} would print its text and title; called from
     *                 {@code threads} threads at once, so it must be thread-safe
     * @param threads  pages scored at once
     * @param progress called after each page, from any thread
     * @throws IOException when the gold file cannot be read at all (bad lines are reported, not thrown)
     */
    public static ExtractionReport run(Path gold, ArticleInputs inputs, Function<RawArticle, Article> prepare,
                                       int threads, Runnable progress) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(inputs, "inputs");
        Check.notNullParam(prepare, "prepare");
        Check.isTrue(threads > 0, "threads must be positive, was %d", threads);
        GoldFile<ExtractionGold> file = GoldLines.read(gold, ExtractionGold::parse);
        Path folder = gold.toAbsolutePath().getParent();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PageScore>> futures = new ArrayList<>();
            for (ExtractionGold page : file.items()) {
                futures.add(pool.submit(() -> {
                    PageScore score = score(page, folder, inputs, prepare);
                    progress.run();
                    return score;
                }));
            }
            List<PageScore> pages = new ArrayList<>(futures.size());
            for (Future<PageScore> f : futures) pages.add(join(f));
            return new ExtractionReport(pages, file.skippedLines(), file.errors());
        } finally {
            pool.shutdownNow();
        }
    }

    private static PageScore join(Future<PageScore> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring pages", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("scoring a page failed: " + e.getCause(), e.getCause());
        }
    }

    private static PageScore score(ExtractionGold page, Path folder, ArticleInputs inputs, Function<RawArticle, Article> prepare) {
        List<String> problems = new ArrayList<>();
        RawArticle raw = readRecord(page, folder.resolve(page.file()), inputs, problems);
        if (raw == null) return PageScore.of(page, null, null, problems);
        Article prepared = Predictions.analyze(prepare, raw, problems);
        return prepared == null ? PageScore.of(page, null, null, problems)
                : PageScore.of(page, prepared.text(), prepared.title(), problems);
    }

    /** The record with the gold id among those the page file yields; null, with a reason, when there is none. */
    private static RawArticle readRecord(ExtractionGold page, Path path, ArticleInputs inputs, List<String> problems) {
        List<RawArticle> found = new ArrayList<>();
        inputs.read(List.of(path.toString()), null, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                found.add(article);
            }

            @Override
            public void error(ReadError error) {
                problems.add(error.toString());
            }
        });
        for (RawArticle a : found) if (page.id().equals(a.id())) return a;
        if (!found.isEmpty()) {
            problems.add(path + ": no record with id \"" + page.id() + "\" (read: \"" + found.get(0).id() + "\")");
        }
        return null;
    }
}
