package org.wirewatch.spark;

import java.util.Iterator;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.wirewatch.core.model.Article;

/**
 * Reads a run's {@code articles} table back into article records, for loading Spark output into the
 * embedded index ({@code wirewatch ingest --parquet DIR}). The table's {@code json} column holds each
 * record exactly as {@code analyze} writes it, so nothing is rebuilt from the flattened columns.
 */
public final class ParquetArticles {
    private final SparkSession spark;
    private final ArticleRecords records = new ArticleRecords();

    public ParquetArticles(SparkSession spark) {
        this.spark = spark;
    }

    /** Every article under {@code output}/articles, streamed to the driver one partition at a time. */
    public Iterator<Article> read(String output) {
        Iterator<String> lines = spark.read().parquet(WirewatchJob.tablePath(output, OutputTables.ARTICLES))
                .select("json").as(Encoders.STRING()).toLocalIterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Article next() {
                return parse(lines.next());
            }
        };
    }

    /** One JSONL article record (as {@code analyze} and the {@code json} column hold it) as an {@link Article}. */
    public Article parse(String json) {
        return records.parse(json);
    }
}
