package org.wirewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.AnalysedArticle;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.core.pipeline.Pipeline;

/**
 * What every verb that analyses inputs does: read them, analyse on several threads, hand each
 * article on in input order, and report every input that failed on standard error by name,
 * counting it in the progress meter, while the rest goes on.
 */
final class AnalysisRun {
    private AnalysisRun() {}

    static void run(List<String> inputs, InputLimits limits, Pipeline pipeline, int threads,
                    Consumer<Article> consumer, Progress meter, PrintWriter err) {
        runAnalysed(inputs, limits, pipeline, threads, a -> consumer.accept(a.article()), meter, err);
    }

    /** {@link #run}, handing on each article with the text the pipeline cut for it (for the story stage). */
    static void runAnalysed(List<String> inputs, InputLimits limits, Pipeline pipeline, int threads,
                            Consumer<AnalysedArticle> consumer, Progress meter, PrintWriter err) {
        try (BatchAnalysis batch = new BatchAnalysis(pipeline, threads, results(consumer, meter, err))) {
            new ArticleInputs(limits).read(inputs, System.in, sink(batch, meter, err));
        }
        meter.finish();
    }

    private static ArticleSink sink(BatchAnalysis batch, Progress meter, PrintWriter err) {
        return new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                batch.submit(article);
            }

            @Override
            public void error(ReadError error) {
                reportFailure(err, meter, error.where(), error.message());
            }
        };
    }

    private static BatchAnalysis.Results results(Consumer<AnalysedArticle> consumer, Progress meter, PrintWriter err) {
        return new BatchAnalysis.Results() {
            @Override
            public void analysed(AnalysedArticle analysed) {
                consumer.accept(analysed);
                meter.succeeded();
            }

            @Override
            public void analysed(Article article) {
                analysed(new AnalysedArticle(article, null));
            }

            @Override
            public void failed(SourceRef origin, String message) {
                reportFailure(err, meter, origin, message);
            }
        };
    }

    private static void reportFailure(PrintWriter err, Progress meter, SourceRef where, String message) {
        meter.failed();
        err.println("error: " + where + ": " + message);
    }
}
