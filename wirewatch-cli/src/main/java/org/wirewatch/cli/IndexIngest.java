package org.wirewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.index.ArticleStore;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.ArticleIndex;
import org.wirewatch.index.alerts.Alerts;

/** Analyses inputs and stores them in the index, committing in batches; shared by ingest and watch. */
final class IndexIngest {
    private final ArticleStore store;
    private final Pipeline pipeline;
    private final int threads;
    private final int batch;
    private final PrintWriter err;
    private final Boolean progress;

    /** What one round of ingesting did. */
    record Outcome(long added, long unchanged, long failed, long total, double perSecond) {
        String summary(String verb) {
            return String.format(Locale.ROOT, "wirewatch %s: articles stored %,d, unchanged %,d, failed %,d; the index holds %,d (%.1f articles/s)",
                    verb, added, unchanged, failed, total, perSecond);
        }
    }

    /** On either store, {@code alerts} told of each commit's new articles (saved alerts; docs/alerts.md). */
    IndexIngest(ArticleIndex index, StoredStories stories, Alerts alerts, Pipeline pipeline, int threads, int batch, PrintWriter err,
                Boolean progress) throws IOException {
        this.store = new ArticleStore(index, stories, pipeline::redate, alerts);
        this.pipeline = pipeline;
        this.threads = threads;
        this.batch = batch;
        this.err = err;
        this.progress = progress;
    }

    /**
     * Analyses the inputs, places each new article in a story (joining stories stored earlier) and
     * stores it. The story state is committed with the index (ArticleStore), so the two agree after a crash.
     */
    Outcome ingest(List<String> inputs, InputLimits limits) throws IOException {
        Progress meter = new Progress(err, progress, "analysed");
        ArticleStore.Batch commits = store.batch(batch, meter::committed);
        AnalysisRun.runAnalysed(inputs, limits, pipeline, threads, a -> commits.add(a.article(), a.text()), meter, err);
        long total = commits.finish();
        return new Outcome(commits.added(), commits.unchanged(), meter.failures(), total, meter.perSecond());
    }

    /** Stores the already analysed articles of a {@code wirewatch spark} run, placing new ones in stories. */
    Outcome ingestSparkOutput(SparkArticles spark, String outputDir) throws IOException, InterruptedException {
        Progress meter = new Progress(err, progress, "read");
        ArticleStore.Batch commits = store.batch(batch, meter::committed);
        spark.read(outputDir, commits::add, meter);
        meter.finish();
        long total = commits.finish();
        return new Outcome(commits.added(), commits.unchanged(), meter.failures(), total, meter.perSecond());
    }
}
