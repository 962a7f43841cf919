package org.wirewatch.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Rows of the story stage: what a window clusters, and where each article was placed. */
final class StoryColumns {
    static final int WINDOW = 0;
    static final int OWN = 1;
    static final int FILE = 2;
    static final int RECORD = 3;
    static final int JSON = 4;

    /** An article in a window: {@code own} is false for a copy from the previous window's overlap. */
    static final StructType INPUT = new StructType(new StructField[] {
        field("window", LongType), field("own", BooleanType), field("file", StringType), field("record", StringType),
        field("json", StringType)});

    /** An article placed in a window-local story; {@code json} is the record with those story ids. */
    static final StructType PLACED = new StructType(new StructField[] {
        field("window", LongType), field("own", BooleanType), field("file", StringType), field("record", StringType),
        field("id", StringType), field("story", StringType), field("duplicate_of", StringType),
        field("translation_of", StringType), field("json", StringType)});

    private StoryColumns() {}

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
