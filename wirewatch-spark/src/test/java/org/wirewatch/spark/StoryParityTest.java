package org.wirewatch.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.CorpusWriter;
import org.wirewatch.core.eval.BCubed;
import org.wirewatch.core.ingest.ArticleInputs;
import org.wirewatch.core.ingest.ArticleSink;
import org.wirewatch.core.ingest.InputLimits;
import org.wirewatch.core.ingest.ReadError;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.pipeline.Pipeline;

/**
 * On a corpus that fits one machine, stories clustered in daily windows and linked across them
 * agree with the embedded engine clustering the whole corpus at once (docs/spark.md: BCubed F1 of
 * one assignment against the other at least 0.95).
 */
class StoryParityTest {
    static final double TOLERANCE_F1 = 0.95;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path corpus;

    @BeforeAll
    static void start() throws IOException {
        spark = LocalSpark.start();
        corpus = dir.resolve("corpus.jsonl");
        // 400 articles in 40 stories over four weeks: stories run for hours, many across midnight
        try (CorpusWriter writer = CorpusWriter.toFile(corpus)) {
            new CorpusGenerator(400, 40, 7).generate(writer::write);
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkStoriesMatchTheEmbeddedEngine() {
        AnalysisSpec analysis = new AnalysisSpec(false, List.copyOf(LanguageIdentifier.defaultLanguages()));
        Map<String, String> embedded = embeddedStories(analysis);

        String output = dir.resolve("out").toUri().toString();
        new WirewatchJob(spark).run(new JobSettings(List.of(corpus.toUri().toString()), output, analysis, 4, false,
                StoryWindowSpec.daily()));
        Map<String, String> distributed = new HashMap<>();
        for (Row row : spark.read().parquet(WirewatchJob.tablePath(output, "articles")).select("id", "story").collectAsList()) {
            distributed.put(row.getString(0), row.getString(1));
        }

        assertEquals(embedded.keySet(), distributed.keySet());
        List<String> ids = List.copyOf(embedded.keySet());
        List<String> one = ids.stream().map(id -> label(id, embedded)).toList();
        List<String> other = ids.stream().map(id -> label(id, distributed)).toList();
        BCubed agreement = BCubed.of(one, other);
        System.out.printf("spark vs embedded stories: BCubed P %.3f R %.3f F1 %.3f over %d articles%n",
                agreement.precision(), agreement.recall(), agreement.f1(), agreement.items());
        assertTrue(agreement.f1() >= TOLERANCE_F1, "BCubed F1 " + agreement.f1());
        long windowsCrossed = spark.read().parquet(WirewatchJob.tablePath(output, "stories"))
                .where("substring(start, 1, 10) <> substring(`end`, 1, 10)").count();
        assertTrue(windowsCrossed > 0, "the corpus must have stories that cross a window boundary, or linking is untested");
    }

    /** The embedded engine: the whole corpus analysed and clustered as one batch, as analyze does. */
    private static Map<String, String> embeddedStories(AnalysisSpec analysis) {
        Pipeline pipeline = ExecutorPipelines.forSpec(analysis);
        List<Article> articles = new ArrayList<>();
        new ArticleInputs(InputLimits.defaults()).read(List.of(corpus.toString()), null, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                articles.add(pipeline.analyze(article));
            }

            @Override
            public void error(ReadError error) {
                throw new AssertionError(error.toString());
            }
        });
        Map<String, String> stories = new HashMap<>();
        for (Article a : ExecutorPipelines.stories().assign(articles).articles()) stories.put(a.id(), a.story());
        return stories;
    }

    /** An article in no story is a cluster of its own. */
    private static String label(String id, Map<String, String> stories) {
        String story = stories.get(id);
        return story == null ? "alone:" + id : story;
    }
}
