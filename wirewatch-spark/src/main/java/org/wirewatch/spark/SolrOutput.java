package org.wirewatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.io.IOException;
import java.util.Iterator;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.wirewatch.core.model.Article;
import org.wirewatch.solr.Retries;
import org.wirewatch.solr.SolrArticleIndex;
import org.wirewatch.solr.SolrCollections;
import org.wirewatch.solr.StoreDocuments;

/**
 * Writes a run's articles into a SolrCloud collection from the executors, then commits once on the driver:
 * the documents {@code ingest --solr} writes (same fields and ids), with the story ids this job gave. An article
 * the collection holds (same id, or same title and text) is left alone, so a re-run stores nothing; within a run,
 * an id or a content given twice is stored once (the smallest id of a content, deterministically). The counts
 * are returned only after Solr acknowledged the commit; a failed task, retried by Spark, re-sends the same
 * documents under the same ids, and a run that fails commits nothing.
 */
final class SolrOutput {
    /** Documents per update request from an executor, as the store's own commits send them. */
    static final int BATCH = 500;
    private static final StructType KEYED = new StructType()
            .add("id", DataTypes.StringType).add("hash", DataTypes.StringType).add("json", DataTypes.StringType);

    private final SparkSession spark;
    private final SolrTarget target;

    SolrOutput(SparkSession spark, SolrTarget target) {
        this.spark = spark;
        this.target = target;
    }

    /** Fails before any work when the cluster cannot be reached or has no such collection. */
    void check() {
        try (CloudSolrClient client = target.solrAddress().client()) {
            if (!new SolrCollections(client).exists(target.collection())) {
                throw new IllegalArgumentException("the SolrCloud at " + target.address() + " has no collection " + target.collection()
                        + " (create it with `wirewatch solr init --solr " + target.address() + " --collection " + target.collection() + "`)");
            }
        } catch (IOException | SolrServerException | RuntimeException e) {
            if (e instanceof IllegalArgumentException bad) throw bad;
            throw new IllegalStateException("cannot reach the SolrCloud at " + target.address() + ": " + e.getMessage(), e);
        }
    }

    /** Sends {@code articles} (the written table: a {@code json} column) from the executors and commits. */
    SolrWrite write(Dataset<Row> articles) throws IOException {
        long started = System.nanoTime();
        Dataset<Row> keyed = articles.select("json").mapPartitions((MapPartitionsFunction<Row, Row>) SolrOutput::keyed, Encoders.row(KEYED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> firsts = keyed.select("id", "hash")
                .withColumn("n", row_number().over(Window.partitionBy("id").orderBy("hash"))).where(col("n").equalTo(1))
                .withColumn("m", row_number().over(Window.partitionBy("hash").orderBy("id"))).where(col("m").equalTo(1))
                .select("id", "hash");
        Dataset<Row> once = keyed.join(firsts, keyed.col("id").equalTo(firsts.col("id")).and(keyed.col("hash").equalTo(firsts.col("hash"))), "left_semi")
                .dropDuplicates("id").select("json");
        LongAccumulator stored = spark.sparkContext().longAccumulator("solr stored");
        LongAccumulator unchanged = spark.sparkContext().longAccumulator("solr unchanged");
        try {
            once.foreachPartition(new SolrPartitionWriter(target, BATCH, stored, unchanged));
        } finally {
            keyed.unpersist();
        }
        long total;
        // no marker document: the story ids are this job's, and the story state a CLI ingest keeps is left as it was
        try (SolrArticleIndex index = new SolrArticleIndex(target.solrAddress().client(), target.collection(),
                ExecutorPipelines.storeSchema(), Retries.standard(), true)) {
            total = index.commit();
        }
        long repeats = articles.count() - stored.value() - unchanged.value();
        return new SolrWrite(stored.value(), unchanged.value() + repeats, total, (System.nanoTime() - started) / 1e9);
    }

    /** Each article's id and content hash beside its record. */
    private static Iterator<Row> keyed(Iterator<Row> rows) {
        ArticleRecords records = new ArticleRecords();
        StoreDocuments documents = ExecutorPipelines.solrDocuments();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                String json = rows.next().getString(0);
                Article article = records.parse(json);
                return RowFactory.create(article.id(), documents.contentHash(article), json);
            }
        };
    }
}
