package org.wirewatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The output tables, each a projection of the analysed outcomes (one row per input record). Facts
 * are exploded from the article's nested arrays and keyed by {@code article_id}; no table needs a
 * shuffle. Column meanings are in docs/spark.md.
 */
final class OutputTables {
    static final String ARTICLES = "articles";
    static final String ENTITIES = "entities";
    static final String QUOTES = "quotes";
    static final String EVENTS = "events";
    static final String AMOUNTS = "amounts";
    static final String STORIES = "stories";
    static final String ERRORS = "errors";

    private final Dataset<Row> analysed;
    private final Dataset<Row> errors;

    OutputTables(Dataset<Row> outcomes) {
        this.analysed = outcomes.where(col("article").isNotNull()).select("article.*");
        this.errors = outcomes.where(col("error").isNotNull()).select("error.*");
    }

    /**
     * Everything about the article except its facts (which have their own tables), its story, and
     * the full record as JSON.
     *
     * @param stories the story stage's rows ({@link StoryWindows#assign}), or null when stories were not clustered
     */
    Dataset<Row> articles(Dataset<Row> stories) {
        Dataset<Row> plain = analysed.select("id", "lang", "title", "source", "url", "authors", "published", "published_inferred",
                "text", "file", "record", "tone", "tone_positive", "tone_negative", "tone_polarity", "tone_words", "categories");
        if (stories == null) {
            return plain.withColumn("story", lit(null).cast("string")).withColumn("duplicate_of", lit(null).cast("string"))
                    .withColumn("translation_of", lit(null).cast("string")).withColumn("json", analysed.col("json"));
        }
        Dataset<Row> s = stories.select(col("file").as("s_file"), col("record").as("s_record"), col("story"), col("duplicate_of"),
                col("translation_of"), col("json"));
        return plain.join(s, plain.col("file").eqNullSafe(s.col("s_file")).and(plain.col("record").eqNullSafe(s.col("s_record"))), "left")
                .drop("s_file", "s_record");
    }

    /** One row per story, from the written articles table. */
    static Dataset<Row> stories(Dataset<Row> articles) {
        return articles.where(col("story").isNotNull()).groupBy(col("story").as("story_id")).agg(
                count(lit(1)).as("articles"),
                expr("min_by(title, coalesce(published, ''))").as("headline"),
                sort_array(collect_set("lang")).as("languages"),
                sort_array(collect_set("source")).as("sources"),
                min("published").as("start"),
                max("published").as("end"),
                sort_array(collect_list("id")).as("article_ids"));
    }

    Dataset<Row> entities() {
        return facts("entities");
    }

    Dataset<Row> quotes() {
        return facts("quotes");
    }

    Dataset<Row> events() {
        return facts("events");
    }

    Dataset<Row> amounts() {
        return facts("amounts");
    }

    Dataset<Row> errors() {
        return errors;
    }

    /** Input for story clustering: the analysed articles as JSON records with their publication date and origin. */
    Dataset<Row> articleRecords() {
        return analysed.select("file", "record", "published", "json");
    }

    private Dataset<Row> facts(String column) {
        return analysed.select(col("id").as("article_id"), explode(col(column)).as("fact")).select("article_id", "fact.*");
    }
}
