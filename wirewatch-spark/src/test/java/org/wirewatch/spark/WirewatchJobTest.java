package org.wirewatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.ArrayList;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.pipeline.Pipeline;

class WirewatchJobTest {
    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static JobSummary summary;
    private static String output;

    @BeforeAll
    static void runJobOnFixtures() {
        spark = LocalSpark.start();
        Path in = dir.resolve("in");
        in.toFile().mkdirs();
        Fixtures.write(in);
        output = dir.resolve("out").toUri().toString();
        AnalysisSpec analysis = new AnalysisSpec(false, List.copyOf(LanguageIdentifier.defaultLanguages()));
        List<String> inputs = List.of(in.toUri().toString(), dir.resolve("missing.jsonl").toUri().toString());
        summary = new WirewatchJob(spark).run(new JobSettings(inputs, output, analysis, 3, true, StoryWindowSpec.daily()));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Dataset<Row> table(String name) {
        return spark.read().parquet(WirewatchJob.tablePath(output, name));
    }

    @Test
    void everyReadableArticleIsAnalysedOnce() {
        List<Row> rows = table("articles").orderBy("id").collectAsList();
        assertEquals(List.of(Fixtures.EN_ID, Fixtures.WARC_URL, Fixtures.RU_ID, Fixtures.UK_ID),
                rows.stream().map(r -> r.<String>getAs("id")).toList());
        assertEquals(List.of("en", "en", "ru", "uk"), rows.stream().map(r -> r.<String>getAs("lang")).toList());
        Row warc = rows.get(1);
        assertEquals("Dam repair finished", warc.getAs("title"));
        assertTrue(warc.<String>getAs("file").endsWith("crawl.warc.gz"), warc.<String>getAs("file"));
        assertEquals("record 1", warc.getAs("record"));
        assertTrue(rows.get(0).<String>getAs("json").contains("\"id\":\"en-harbour\""), "the full record rides along as JSON");
        assertEquals(4, summary.rows("articles"));
    }

    @Test
    void aBrokenRecordAndAMissingInputAreErrorsNamingWhere() {
        List<Row> errors = table("errors").orderBy("file").collectAsList();
        assertEquals(2, errors.size(), errors.toString());
        Row missing = errors.get(0);
        assertTrue(missing.<String>getAs("file").endsWith("missing.jsonl"));
        assertEquals("read", missing.getAs("stage"));
        assertEquals("no such file or directory", missing.getAs("reason"));
        Row broken = errors.get(1);
        assertTrue(broken.<String>getAs("file").endsWith("news.jsonl"));
        assertEquals("line 4", broken.getAs("record"));
        assertTrue(broken.<String>getAs("reason").toLowerCase().contains("json"), broken.toString());
    }

    @Test
    void entitiesAreLinkedAcrossScriptsAndPointIntoTheText() {
        Dataset<Row> entities = table("entities");
        Set<String> kyivArticles = entities.where(col("type").equalTo("LOC").and(col("name").equalTo("Kyiv")))
                .select("article_id").distinct().collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        assertEquals(Set.of(Fixtures.EN_ID, Fixtures.RU_ID), kyivArticles, "Kyiv and Киеве are one place");
        Row zelensky = entities.where(col("article_id").equalTo(Fixtures.EN_ID).and(col("type").equalTo("PER"))
                .and(col("text").equalTo("Volodymyr Zelensky"))).first();
        String text = table("articles").where(col("id").equalTo(Fixtures.EN_ID)).first().getAs("text");
        assertEquals("Volodymyr Zelensky", text.substring(zelensky.<Integer>getAs("start"), zelensky.<Integer>getAs("end")));
    }

    @Test
    void quotesHaveTheirSpeakers() {
        List<Row> quotes = table("quotes").where(col("article_id").equalTo(Fixtures.UK_ID)).collectAsList();
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("Діти повернуться до класів уже в понеділок", quotes.get(0).getAs("text"));
        assertEquals("Andriy Sadovyi", quotes.get(0).getAs("speaker_name"), "the speaker is linked, not just quoted");
        assertTrue(quotes.get(0).<Boolean>getAs("direct"));
    }

    @Test
    void amountsCarryValueAndObject() {
        Row drones = table("amounts").where(col("article_id").equalTo(Fixtures.EN_ID).and(col("object").equalTo("drone"))).first();
        assertEquals(40.0, drones.<Double>getAs("value"));
        assertEquals(0, drones.<Integer>getAs("index"));
        Row warcMoney = table("amounts").where(col("article_id").equalTo(Fixtures.WARC_URL).and(col("object").equalTo("usd"))).first();
        assertEquals(12_000_000.0, warcMoney.<Double>getAs("value"));
    }

    @Test
    void eventsTableHasItsSchemaEvenWhenNoEventStageRan() {
        Dataset<Row> events = table("events");
        assertEquals(List.of("article_id", "index", "type", "cameo", "start", "end", "actor", "target", "location", "date", "amounts"),
                List.of(events.columns()));
    }

    @Test
    void articlesCarryTheirToneAndEntitiesTheirSentiment() throws IOException {
        List<Row> rows = table("articles").orderBy("id").collectAsList();
        int withTone = 0;
        for (Row r : rows) {
            com.fasterxml.jackson.databind.JsonNode tone = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.<String>getAs("json")).get("tone");
            if (tone == null || tone.isNull()) {
                assertEquals(null, r.<Double>getAs("tone"), r.<String>getAs("id"));
                continue;
            }
            withTone++;
            assertEquals(tone.get("tone").asDouble(), r.<Double>getAs("tone"), 1e-9);
            assertEquals(tone.get("polarity").asDouble(), r.<Double>getAs("tone_positive") + r.<Double>getAs("tone_negative"), 1e-3);
            assertEquals(Integer.valueOf(tone.get("words").asInt()), r.<Integer>getAs("tone_words"));
        }
        assertTrue(withTone >= 3, "English and Ukrainian articles have a tone: " + withTone);
        long judged = table("entities").where(col("sentiment").isNotNull()).count();
        assertTrue(judged > 0 && table("entities").where(col("sentiment").isNotNull().and(col("sentiment_score").isNull())).count() == 0);
        assertTrue(table("entities").where(col("type").equalTo("LOC").and(col("lat").isNotNull()).and(col("country").isNotNull())).count() > 0,
                "places carry their coordinates and country");
        assertEquals(0, table("entities").where(col("type").notEqual("LOC").and(col("lat").isNotNull())).count());
    }

    @Test
    void articlesCarryTheIdsOfTheirCategoriesBestFirst() throws IOException {
        int categorised = 0;
        for (Row r : table("articles").collectAsList()) {
            List<String> expected = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode c : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.<String>getAs("json")).path("categories")) {
                expected.add(c.get("id").asText());
            }
            assertEquals(expected, r.getList(r.fieldIndex("categories")), r.<String>getAs("id"));
            if (!expected.isEmpty()) categorised++;
        }
        assertTrue(categorised > 0, "some of the corpus is in a category");
    }

    @Test
    void articlesAreTheRecordsTheEmbeddedPipelineProduces() {
        AnalysisSpec analysis = new AnalysisSpec(false, List.copyOf(LanguageIdentifier.defaultLanguages()));
        Pipeline pipeline = ExecutorPipelines.forSpec(analysis);
        ArticleJson json = new ArticleJson();
        List<String> embedded = new ArrayList<>();
        new ArticleInputs(InputLimits.defaults()).read(List.of(dir.resolve("in").toString()), null, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                embedded.add(json.toLine(pipeline.analyze(article)));
            }

            @Override
            public void error(ReadError error) {}
        });
        ArticleRecords records = new ArticleRecords();
        List<String> spark = table("articles").select("json").as(Encoders.STRING()).collectAsList().stream()
                .map(line -> records.line(withoutStory(records.parse(line)))).toList();
        assertEquals(Set.copyOf(embedded), Set.copyOf(spark), "the same records, apart from the story stage");
    }

    private static Article withoutStory(Article a) {
        List<Segment> segments = a.segments().stream().map(s -> s.withStory(null)).toList();
        return a.toBuilder().segments(segments).story(null).duplicateOf(null).translationOf(null).build();
    }

    @Test
    void everyArticleIsInAStoryAndTheStoriesTableSummarisesThem() {
        List<Row> articles = table("articles").select("id", "story").collectAsList();
        assertTrue(articles.stream().allMatch(r -> r.getString(1) != null), articles.toString());
        Dataset<Row> stories = table("stories");
        assertEquals(articles.stream().map(r -> r.getString(1)).distinct().count(), stories.count());
        long inStories = stories.agg(org.apache.spark.sql.functions.sum("articles")).first().getLong(0);
        assertEquals(4, inStories, "each article in exactly one story");
        Row harbour = stories.where(org.apache.spark.sql.functions.array_contains(col("article_ids"), Fixtures.EN_ID)).first();
        assertEquals("Drones hit Odesa port", harbour.getAs("headline"));
        assertEquals(List.of("en"), harbour.getList(harbour.fieldIndex("languages")));
    }

    @Test
    void articlesTableReadsBackIntoArticleRecords() {
        List<Article> articles = new ArrayList<>();
        new ParquetArticles(spark).read(output).forEachRemaining(articles::add);
        assertEquals(4, articles.size());
        Article uk = articles.stream().filter(a -> a.id().equals(Fixtures.UK_ID)).findFirst().orElseThrow();
        assertEquals("uk", uk.lang());
        assertEquals("Andriy Sadovyi", uk.quotes().get(0).speaker().name());
        assertTrue(uk.entities().stream().anyMatch(e -> e.name() != null && e.name().equals("Lviv")), uk.entities().toString());
        assertEquals(new ArticleJson().toLine(uk), table("articles").where(col("id").equalTo(Fixtures.UK_ID)).first().getAs("json"),
                "reading back loses nothing");
    }

    @Test
    void jsonlCopyHoldsOneRecordPerArticle() {
        List<String> lines = spark.read().textFile(WirewatchJob.tablePath(output, "articles.jsonl")).collectAsList();
        assertEquals(4, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("{\"id\":")), lines.toString());
    }

    @Test
    void theOutputLoadsIntoTheEmbeddedIndexWithoutAnalysingTwice() throws IOException {
        Path data = dir.resolve("data");
        // The reader JVM the CLI starts runs on this test's class path (the module is not packaged during tests).
        String previous = System.setProperty("wirewatch.spark.classpath",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        try {
            java.io.StringWriter err = new java.io.StringWriter();
            picocli.CommandLine cli = new picocli.CommandLine(new org.wirewatch.cli.Main());
            cli.setErr(new java.io.PrintWriter(err, true));
            cli.setOut(new java.io.PrintWriter(new java.io.StringWriter(), true));
            int status = cli.execute("ingest", "--parquet", Path.of(java.net.URI.create(output)).toString(), "--data", data.toString());
            assertEquals(0, status, err.toString());
            assertTrue(err.toString().contains("articles stored 4, unchanged 0, failed 0; the index holds 4"), err.toString());
        } finally {
            if (previous == null) System.clearProperty("wirewatch.spark.classpath");
            else System.setProperty("wirewatch.spark.classpath", previous);
        }

        java.io.StringWriter exported = new java.io.StringWriter();
        picocli.CommandLine export = new picocli.CommandLine(new org.wirewatch.cli.Main());
        export.setOut(new java.io.PrintWriter(exported, true));
        assertEquals(0, export.execute("export", "--format", "jsonl", "--data", data.toString()));
        String ruArticle = exported.toString().lines().filter(l -> l.contains("\"id\":\"" + Fixtures.RU_ID + "\"")).findFirst().orElseThrow();
        String fromSpark = table("articles").filter("id = '" + Fixtures.RU_ID + "'").select("json").as(org.apache.spark.sql.Encoders.STRING()).first();
        assertEquals(entitiesOf(fromSpark), entitiesOf(ruArticle), "the stored record keeps what Spark found");
    }

    private static String entitiesOf(String json) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("entities").toString();
    }
}
