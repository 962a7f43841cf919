package org.wirewatch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.solr.LocalCluster;
import org.wirewatch.solr.Retries;
import org.wirewatch.solr.SolrArticleIndex;
import picocli.CommandLine;

/**
 * The Spark job on the bundled example corpus ({@code local[2]}) writing into a 2-shard × 2-replica collection
 * of a real 2-node SolrCloud from its executors, against {@code ingest --parquet DIR --solr} of the same run into
 * a second collection: the same articles, the same hits and facets for the same searches, the job's story ids;
 * a re-run stores nothing, and a task sent twice (as Spark retries one) stores each article once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SparkToSolrTest {
    private static final StoreSchema SCHEMA = StoreSchema.of(KnowledgeBases.builtIn(), LanguagePacks.discover());

    @TempDir
    static Path dir;
    static LocalCluster cluster;
    static SparkSession spark;
    static Path corpus;
    static String output;
    static JobSummary first;
    static SolrArticleIndex fromJob;
    static SolrArticleIndex fromIngest;

    @BeforeAll
    static void runTheJobAndTheIngest() throws Exception {
        cluster = LocalCluster.start(2, dir.resolve("cluster"));
        cluster.create("job", 2, 2);
        cluster.create("ingested", 2, 2);
        spark = SparkSession.builder().appName("wirewatch-solr-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        corpus = Path.of(System.getProperty("wirewatch.root", "..")).resolve("examples/corpus");
        output = dir.resolve("tables").toUri().toString();
        first = run(List.of(corpus.toUri().toString()));
        ingest("ingested");
        fromJob = open("job");
        fromIngest = open("ingested");
    }

    private static JobSummary run(List<String> inputs) {
        AnalysisSpec analysis = new AnalysisSpec(false, List.copyOf(LanguageIdentifier.defaultLanguages()));
        return new WirewatchJob(spark).run(new JobSettings(inputs, output, analysis, 3, false, StoryWindowSpec.daily(),
                new SolrTarget(cluster.address.toString(), "job")));
    }

    /** {@code wirewatch ingest --parquet DIR --solr ZK --collection C}, its Spark reader on this test's class path. */
    private static void ingest(String collection) {
        String previous = System.setProperty("wirewatch.spark.classpath",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        try {
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new org.wirewatch.cli.Main());
            cli.setErr(new PrintWriter(err, true));
            cli.setOut(new PrintWriter(new StringWriter(), true));
            int status = cli.execute("ingest", "--parquet", Path.of(java.net.URI.create(output)).toString(), "--data",
                    dir.resolve("ingest-data").toString(), "--solr", cluster.address.toString(), "--collection", collection);
            assertEquals(0, status, err.toString());
        } finally {
            if (previous == null) System.clearProperty("wirewatch.spark.classpath");
            else System.setProperty("wirewatch.spark.classpath", previous);
        }
    }

    private static SolrArticleIndex open(String collection) {
        return new SolrArticleIndex(cluster.address.client(), collection, SCHEMA, Retries.standard(), false);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fromJob != null) fromJob.close();
        if (fromIngest != null) fromIngest.close();
        if (spark != null) spark.stop();
        if (cluster != null) cluster.close();
    }

    @Test
    @Order(1)
    void everyArticleIsStoredOnceAndCountedAfterTheCommit() throws IOException {
        long articles = first.rows("articles");
        assertTrue(articles >= 9, "the example corpus: " + first);
        assertEquals(List.of(fromIngest.size(), articles - fromIngest.size(), fromIngest.size()), counts(first.solr()),
                "as many stored (and left as copies) as ingest stores: " + first.solr());
        assertEquals(first.solr().total(), fromJob.size(), "what was reported is committed");
    }

    @Test
    @Order(2)
    void theDocumentsAreIngestsWithTheJobsStoryIds() throws IOException {
        Map<String, String> jobStories = new HashMap<>();
        for (Row r : spark.read().parquet(WirewatchJob.tablePath(output, "articles")).select("id", "story").collectAsList()) {
            jobStories.put(r.getString(0), r.getString(1));
        }
        List<String> ids = new ArrayList<>();
        fromIngest.forEach(SearchRequest.all(), a -> ids.add(a.id()));
        for (String id : ids) {
            Article stored = fromJob.get(id).orElseThrow(() -> new AssertionError(id + " is not in the job's collection"));
            assertEquals(jobStories.get(id), stored.story(), "the story the job gave " + id);
            assertEquals(withoutStory(fromIngest.get(id).orElseThrow()), withoutStory(stored), id);
        }
    }

    private static Article withoutStory(Article a) {
        return a.toBuilder().segments(a.segments().stream().map(s -> s.withStory(null)).toList()).story(null).duplicateOf(null)
                .translationOf(null).build();
    }

    @Test
    @Order(3)
    void theSameSearchesGiveTheSameHitsAsIngest() throws IOException {
        List<SearchRequest> requests = List.of(SearchRequest.of("Sybiha"), SearchRequest.of("Сибиги"), SearchRequest.of("drones Odesa"),
                SearchRequest.of("\"Black Sea\""), SearchRequest.of("Vienna OR Відень"), SearchRequest.of("drone*"),
                SearchRequest.all(), SearchRequest.all().withLang("uk"), SearchRequest.all().withEntity("Sybiha"));
        for (SearchRequest r : requests) {
            SearchRequest page = r.page(0, 100);
            SearchResult a = fromIngest.search(page);
            SearchResult b = fromJob.search(page);
            assertEquals(a.total(), b.total(), r.toString());
            assertEquals(ids(a), ids(b), r.toString());
            assertEquals(a.facets().get("lang"), b.facets().get("lang"), r.toString());
            assertEquals(a.facets().get("entity"), b.facets().get("entity"), r.toString());
        }
        assertTrue(ids(fromJob.search(SearchRequest.of("Сибига").page(0, 100))).size() >= 3, "names meet across scripts");
    }

    private static List<Long> counts(SolrWrite w) {
        return List.of(w.stored(), w.unchanged(), w.total());
    }

    private static Set<String> ids(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.hits().forEach(h -> out.add(h.article().id()));
        return out;
    }

    @Test
    @Order(4)
    void aTaskSentTwiceStoresEachArticleOnce() throws Exception {
        cluster.create("retried", 1, 1);
        List<Row> rows = spark.read().parquet(WirewatchJob.tablePath(output, "articles")).select("json").collectAsList();
        LongAccumulator stored = spark.sparkContext().longAccumulator();
        LongAccumulator unchanged = spark.sparkContext().longAccumulator();
        SolrPartitionWriter writer = new SolrPartitionWriter(new SolrTarget(cluster.address.toString(), "retried"), 4, stored, unchanged);
        writer.call(rows.iterator());
        writer.call(rows.iterator()); // the attempt after a failure: the first one's documents are sent, not committed
        try (SolrArticleIndex retried = new SolrArticleIndex(cluster.address.client(), "retried", SCHEMA, Retries.standard(), true)) {
            assertEquals(fromIngest.size(), retried.commit());
        }
    }

    @Test
    @Order(5)
    void aReRunStoresNothingNotEvenACopyUnderAnotherId() throws IOException {
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        String line = Files.readAllLines(corpus.resolve("08-wire.jsonl"), StandardCharsets.UTF_8).get(0);
        // the smallest id of its content, so the run keeps it: the look-up must find its content under the original's id
        Files.writeString(copy.resolve("copy.jsonl"), line.replaceFirst("\"id\": \"[^\"]+\"", "\"id\": \"00-copy\"") + "\n");
        Set<String> before = new TreeSet<>(ids(fromJob.search(SearchRequest.all().page(0, 100))));
        JobSummary again = run(List.of(corpus.toUri().toString(), copy.toUri().toString()));
        assertEquals(List.of(0L, first.rows("articles") + 1, first.solr().total()), counts(again.solr()), again.solr().toString());
        assertEquals(before, ids(fromJob.search(SearchRequest.all().page(0, 100))));
    }
}
