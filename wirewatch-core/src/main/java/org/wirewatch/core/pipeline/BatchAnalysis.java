package org.wirewatch.core.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/**
 * Analyses a stream of articles on several threads and hands the results on in input order.
 * At most a small window of articles is in flight, so memory stays flat however long the
 * stream is. Not thread-safe: one thread submits and receives; the workers only analyse.
 */
public final class BatchAnalysis implements AutoCloseable {

    /** Receives results in input order, on the submitting thread. */
    public interface Results {
        void analysed(Article article);

        /** The article with the text the pipeline cut for it, for a receiver that places it in a story; by default just the article. */
        default void analysed(AnalysedArticle analysed) {
            analysed(analysed.article());
        }

        void failed(SourceRef origin, String message);
    }

    private record InFlight(RawArticle input, Future<AnalysedArticle> result) {}

    private final Function<RawArticle, AnalysedArticle> analyzer;
    private final Results results;
    private final ExecutorService workers;
    private final int window;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    public BatchAnalysis(Function<RawArticle, Article> analyzer, int threads, Results results) {
        this(threads, results, withoutText(Check.notNullParam(analyzer, "analyzer")));
    }

    /** Analyses with {@code pipeline}, handing each result on with the text it cut ({@link Results#analysed(AnalysedArticle)}). */
    public BatchAnalysis(Pipeline pipeline, int threads, Results results) {
        this(threads, results, Check.notNullParam(pipeline, "pipeline")::analysis);
    }

    private BatchAnalysis(int threads, Results results, Function<RawArticle, AnalysedArticle> analyzer) {
        Check.isTrue(threads >= 1, "threads must be >= 1, was %d", threads);
        this.analyzer = analyzer;
        this.results = Check.notNullParam(results, "results");
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = threads * 8;
    }

    public void submit(RawArticle input) {
        inFlight.addLast(new InFlight(input, workers.submit(() -> analyzer.apply(input))));
        while (inFlight.size() > window) deliverOldest();
    }

    /** Waits for everything submitted and delivers it. */
    public void finish() {
        while (!inFlight.isEmpty()) deliverOldest();
    }

    @Override
    public void close() {
        finish();
        workers.shutdownNow();
    }

    private void deliverOldest() {
        InFlight oldest = inFlight.removeFirst();
        try {
            results.analysed(oldest.result().get());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            results.failed(oldest.input().origin(), "analysis failed: " + cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            results.failed(oldest.input().origin(), "interrupted");
        }
    }

    private static Function<RawArticle, AnalysedArticle> withoutText(Function<RawArticle, Article> analyzer) {
        return raw -> new AnalysedArticle(analyzer.apply(raw), null);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return task -> {
            Thread t = new Thread(task, "wirewatch-analyse");
            t.setDaemon(true);
            return t;
        };
    }
}
