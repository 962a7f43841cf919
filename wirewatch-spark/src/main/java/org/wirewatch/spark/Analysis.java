package org.wirewatch.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.pipeline.Pipeline;

/**
 * The analysis stage, one partition at a time: each raw article through the executor's shared
 * {@link Pipeline} into an outcome row ({@link OutcomeRows}). Lazy: records are analysed as Spark
 * pulls them, so a partition never sits in memory whole. A record the pipeline fails on becomes an
 * error row naming its file and position; the partition goes on.
 */
final class Analysis implements FlatMapFunction<Iterator<ReadItem>, Row> {
    private static final long serialVersionUID = 1L;

    private final AnalysisSpec spec;

    Analysis(AnalysisSpec spec) {
        this.spec = spec;
    }

    @Override
    public Iterator<Row> call(Iterator<ReadItem> items) {
        Pipeline pipeline = ExecutorPipelines.forSpec(spec);
        ArticleJson json = new ArticleJson();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Row next() {
                return analyse(items.next(), pipeline, json);
            }
        };
    }

    private static Row analyse(ReadItem item, Pipeline pipeline, ArticleJson json) {
        if (item.isProblem()) return OutcomeRows.error(item.file(), item.record(), "read", item.problem());
        try {
            Article article = pipeline.analyze(RawArticleCodec.decode(item.rawJson()));
            return OutcomeRows.article(article, json.toLine(article), item.file(), item.record());
        } catch (RuntimeException | StackOverflowError e) {
            return OutcomeRows.error(item.file(), item.record(), "analyse", "analysis failed: " + e);
        }
    }
}
