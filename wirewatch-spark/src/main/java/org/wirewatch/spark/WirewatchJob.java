package org.wirewatch.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Wirewatch pipeline as one Spark job:
 *
 * <ol>
 *   <li>read: every input file as a byte stream through core's readers, one task per file split
 *       group ({@link InputFileReader}); problems become error items, not failures;</li>
 *   <li>spread: raw articles are shuffled round-robin into analysis partitions (the one shuffle of
 *       the analysis: a large WARC file would otherwise be analysed by a single core);</li>
 *   <li>analyse: {@code mapPartitions} through the executor JVM's shared pipeline ({@link Analysis});</li>
 *   <li>stories: windows of publication days, each clustered with the embedded algorithm, linked
 *       across window boundaries ({@link StoryWindows});</li>
 *   <li>write: each table is a projection of the persisted outcomes, written as Parquet;</li>
 *   <li>with a {@link SolrTarget}: the written articles sent from the executors into the collection, committed
 *       once by the driver ({@link SolrOutput}).</li>
 * </ol>
 */
public final class WirewatchJob {
    private final SparkSession spark;

    public WirewatchJob(SparkSession spark) {
        this.spark = spark;
    }

    public JobSummary run(JobSettings settings) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        InputPaths.Checked inputs = InputPaths.check(settings.inputs(), hadoop);
        SolrOutput solr = settings.solr() == null ? null : new SolrOutput(spark, settings.solr());
        if (solr != null) solr.check();

        JavaRDD<ReadItem> read = sc.parallelize(inputs.problems(), 1);
        if (!inputs.readable().isEmpty()) {
            read = read.union(sc.binaryFiles(String.join(",", inputs.readable())).flatMap(new InputFileReader()));
        }
        int partitions = settings.partitions() > 0 ? settings.partitions() : 3 * sc.defaultParallelism();
        JavaRDD<Row> outcomes = read.repartition(partitions).mapPartitions(new Analysis(settings.analysis()));
        Dataset<Row> persisted = spark.createDataFrame(outcomes, OutcomeSchema.OUTCOME).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> stories = null;
        try {
            OutputTables tables = new OutputTables(persisted);
            if (settings.stories() != null) {
                stories = new StoryWindows(spark, settings.stories(), partitions).assign(tables.articleRecords());
            }
            JobSummary written = write(tables, stories, settings);
            return solr == null ? written : new JobSummary(written.rows(), toSolr(solr, settings));
        } finally {
            if (stories != null) stories.unpersist();
            persisted.unpersist();
        }
    }

    /** The written articles table into the collection: after the Parquet output, so a failed Solr write leaves the tables. */
    private SolrWrite toSolr(SolrOutput solr, JobSettings settings) {
        try {
            return solr.write(spark.read().parquet(tablePath(settings.output(), OutputTables.ARTICLES)));
        } catch (IOException e) {
            throw new UncheckedIOException("the articles could not be stored in Solr collection " + settings.solr().collection()
                    + " (nothing was committed): " + e.getMessage(), e);
        }
    }

    private JobSummary write(OutputTables tables, Dataset<Row> stories, JobSettings settings) {
        Map<String, Long> rows = new LinkedHashMap<>();
        String articles = tablePath(settings.output(), OutputTables.ARTICLES);
        tables.articles(stories).write().mode(SaveMode.Overwrite).parquet(articles);
        rows.put(OutputTables.ARTICLES, spark.read().parquet(articles).count());
        Map<String, Dataset<Row>> all = new LinkedHashMap<>();
        all.put(OutputTables.ENTITIES, tables.entities());
        all.put(OutputTables.QUOTES, tables.quotes());
        all.put(OutputTables.EVENTS, tables.events());
        all.put(OutputTables.AMOUNTS, tables.amounts());
        if (stories != null) all.put(OutputTables.STORIES, OutputTables.stories(spark.read().parquet(articles)));
        all.put(OutputTables.ERRORS, tables.errors());
        for (Map.Entry<String, Dataset<Row>> table : all.entrySet()) {
            String path = tablePath(settings.output(), table.getKey());
            table.getValue().write().mode(SaveMode.Overwrite).parquet(path);
            rows.put(table.getKey(), spark.read().parquet(path).count());
        }
        if (settings.jsonl()) {
            spark.read().parquet(articles).select("json").write().mode(SaveMode.Overwrite).text(tablePath(settings.output(), "articles.jsonl"));
        }
        return new JobSummary(rows);
    }

    static String tablePath(String output, String table) {
        return output.endsWith("/") ? output + table : output + "/" + table;
    }

    /** The tables a run writes, in order. */
    public static List<String> tables() {
        return List.of(OutputTables.ARTICLES, OutputTables.ENTITIES, OutputTables.QUOTES, OutputTables.EVENTS,
                OutputTables.AMOUNTS, OutputTables.STORIES, OutputTables.ERRORS);
    }
}
