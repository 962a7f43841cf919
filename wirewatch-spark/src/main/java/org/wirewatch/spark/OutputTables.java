package org.wirewatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

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

    /** Everything about the article except its facts (which have their own tables) and the full record as JSON. */
    Dataset<Row> articles() {
        return analysed.select("id", "lang", "title", "source", "url", "authors", "published", "published_inferred",
                "text", "file", "record", "json");
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

    /** Input for story clustering: the analysed articles as JSON records with their publication date. */
    Dataset<Row> articleRecords() {
        return analysed.select("id", "published", "json");
    }

    private Dataset<Row> facts(String column) {
        return analysed.select(col("id").as("article_id"), explode(col(column)).as("fact")).select("article_id", "fact.*");
    }
}
