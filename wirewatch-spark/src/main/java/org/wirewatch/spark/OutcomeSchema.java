package org.wirewatch.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of what analysis produces for each input record: either an {@code article} (with its
 * facts as nested arrays, from which the output tables are projected) or an {@code error}. Field
 * order here is the order of values in {@link OutcomeRows}; docs/spark.md documents every column.
 */
final class OutcomeSchema {
    static final StructType ENTITY = struct(
            field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("type", StringType), field("entity_id", StringType), field("name", StringType),
            field("sentiment", StringType), field("sentiment_score", DoubleType),
            field("lat", DoubleType), field("lon", DoubleType), field("country", StringType));

    static final StructType QUOTE = struct(
            field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("direct", BooleanType), field("cue", StringType),
            field("speaker_id", StringType), field("speaker_name", StringType),
            field("speaker_start", IntegerType), field("speaker_end", IntegerType));

    static final StructType EVENT = struct(
            field("index", IntegerType), field("type", StringType), field("cameo", StringType),
            field("start", IntegerType), field("end", IntegerType),
            field("actor", StringType), field("target", StringType), field("location", StringType),
            field("date", StringType), field("amounts", createArrayType(IntegerType, false)));

    static final StructType AMOUNT = struct(
            field("index", IntegerType), field("start", IntegerType), field("end", IntegerType),
            field("text", StringType), field("value", DoubleType), field("object", StringType),
            field("approximate", BooleanType), field("count", StringType));

    static final StructType ARTICLE = struct(
            field("id", StringType), field("lang", StringType), field("title", StringType),
            field("source", StringType), field("url", StringType),
            field("authors", createArrayType(StringType, false)),
            field("published", StringType), field("published_inferred", BooleanType),
            field("text", StringType), field("file", StringType), field("record", StringType),
            field("tone", DoubleType), field("tone_positive", DoubleType), field("tone_negative", DoubleType),
            field("tone_polarity", DoubleType), field("tone_words", IntegerType),
            field("categories", createArrayType(StringType, false)),
            field("json", StringType),
            field("entities", createArrayType(ENTITY, false)), field("quotes", createArrayType(QUOTE, false)),
            field("events", createArrayType(EVENT, false)), field("amounts", createArrayType(AMOUNT, false)));

    static final StructType ERROR = struct(
            field("file", StringType), field("record", StringType), field("stage", StringType), field("reason", StringType));

    static final StructType OUTCOME = struct(field("article", ARTICLE), field("error", ERROR));

    private OutcomeSchema() {}

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, org.apache.spark.sql.types.Metadata.empty());
    }
}
