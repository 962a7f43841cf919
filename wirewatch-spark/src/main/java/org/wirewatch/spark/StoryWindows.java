package org.wirewatch.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Story clustering at scale ({@link StoryWindowSpec}): window the analysed articles by publication
 * day, cluster each window with the embedded algorithm ({@link WindowClustering}), then link the
 * window-local stories an overlapping article was placed in on both sides ({@link StoryLinks}) and
 * rename them to one id ({@link StoryRenames}). Shuffled: each article's JSON record once, plus
 * once more per later window whose overlap it falls in; collected on the driver: one pair of ids
 * per overlap copy placed in a story of another id.
 */
final class StoryWindows {
    private final SparkSession spark;
    private final StoryWindowSpec spec;
    private final int partitions;

    StoryWindows(SparkSession spark, StoryWindowSpec spec, int partitions) {
        this.spark = spark;
        this.spec = spec;
        this.partitions = partitions;
    }

    /**
     * @param analysed rows with {@code file, record, published, json}
     * @return one row per analysed article: {@code file, record, window, story, duplicate_of,
     *         translation_of, json} with final story ids; persisted, the caller unpersists
     */
    Dataset<Row> assign(Dataset<Row> analysed) {
        Column day = when(col("published").rlike("^\\d{4}-\\d{2}-\\d{2}"),
                datediff(to_date(substring(col("published"), 1, 10)), lit("1970-01-01")));
        Column window = when(day.isNull(), lit(StoryWindowSpec.UNDATED)).otherwise(floor(day.divide(spec.days())).cast("long"));
        // a later window re-clusters the overlapDays before its first day: copy each article into those windows
        Column lastWindow = floor(day.plus(spec.overlapDays()).divide(spec.days())).cast("long");
        Dataset<Row> own = analysed.select(window.as("window"), lit(true).as("own"), col("file"), col("record"), col("json"));
        Dataset<Row> next = analysed.where(day.isNotNull().and(lastWindow.gt(window)))
                .select(explode(sequence(window.plus(1), lastWindow)).as("window"), lit(false).as("own"), col("file"), col("record"), col("json"));

        JavaRDD<Row> placed = own.union(next).javaRDD()
                .keyBy(row -> row.getLong(StoryColumns.WINDOW))
                .groupByKey(partitions)
                .flatMap(new WindowClustering(spec));
        Dataset<Row> windows = spark.createDataFrame(placed, StoryColumns.PLACED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Broadcast<Map<String, String>> renames = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .broadcast(links(windows).renames());
            Dataset<Row> assigned = windows.where(col("own"))
                    .map(new StoryRenames(renames), Encoders.row(StoryColumns.PLACED))
                    .select(col("file"), col("record"), col("window"), col("story"), col("duplicate_of"), col("translation_of"), col("json"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            assigned.count();
            return assigned;
        } finally {
            windows.unpersist();
        }
    }

    /** Pairs of window-local ids given to the same article in its own window and in a later one. */
    private static StoryLinks links(Dataset<Row> windows) {
        Dataset<Row> mine = windows.where(col("own").and(col("story").isNotNull()))
                .select(col("file"), col("record"), col("story").as("a"));
        Dataset<Row> theirs = windows.where(col("own").equalTo(false).and(col("story").isNotNull()))
                .select(col("file").as("f"), col("record").as("r"), col("story").as("b"));
        List<Row> pairs = mine.join(theirs, mine.col("file").eqNullSafe(theirs.col("f")).and(mine.col("record").eqNullSafe(theirs.col("r"))))
                .where(col("a").notEqual(col("b")))
                .select("a", "b").distinct().collectAsList();
        StoryLinks links = new StoryLinks();
        for (Row pair : pairs) links.link(pair.getString(0), pair.getString(1));
        return links;
    }
}
