package org.wirewatch.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Prints a run's {@code articles} table as JSONL (the records {@code analyze} writes) on standard
 * output, with Spark in local mode: how a process without Spark on its class path (the CLI's
 * {@code ingest --parquet DIR}) reads Spark output, by starting this in a JVM of its own.
 *
 * <pre>java … org.wirewatch.spark.ArticlesToJsonl OUTPUT_DIR</pre>
 */
public final class ArticlesToJsonl {
    private ArticlesToJsonl() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ArticlesToJsonl OUTPUT_DIR (the --output of a wirewatch spark run)");
            System.exit(64);
        }
        try (SparkSession spark = SparkSession.builder().appName("wirewatch-articles").master("local[*]")
                .config("spark.ui.enabled", "false").getOrCreate();
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            Iterator<String> lines = spark.read().parquet(WirewatchJob.tablePath(args[0], OutputTables.ARTICLES))
                    .select("json").as(Encoders.STRING()).toLocalIterator();
            while (lines.hasNext()) {
                out.write(lines.next());
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
