package org.wirewatch.bench.run;

import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.pipeline.BatchAnalysis;
import org.wirewatch.core.pipeline.Pipeline;

/**
 * The whole job as {@code wirewatch analyze} does it: read the corpus file, analyse on N threads
 * through {@link BatchAnalysis}, serialise every record to a JSON line, discard the output.
 */
final class WholePipeline {
    private final Pipeline pipeline;
    private final ArticleJson json = new ArticleJson();
    private final BenchCorpus corpus;
    private final int threads;

    WholePipeline(Pipeline pipeline, BenchCorpus corpus, int threads) {
        this.pipeline = pipeline;
        this.corpus = corpus;
        this.threads = threads;
    }

    /** One run; returns the characters of JSON produced. */
    long run() {
        long[] out = new long[2];   // JSON chars, failures
        try (BatchAnalysis batch = new BatchAnalysis(pipeline::analyze, threads, new BatchAnalysis.Results() {
            @Override
            public void analysed(Article article) {
                out[0] += json.toLine(article).length() + 1;
            }

            @Override
            public void failed(SourceRef origin, String message) {
                out[1]++;
            }
        })) {
            BenchCorpus.readInto(corpus.file(), corpus.articles().size(), new ArticleSink() {
                @Override
                public void article(RawArticle article) {
                    batch.submit(article);
                }

                @Override
                public void error(ReadError error) {
                    out[1]++;
                }
            });
        }
        if (out[1] > 0) throw new IllegalStateException(out[1] + " articles failed in the whole-pipeline run");
        return out[0];
    }
}
