package org.wirewatch.spark;

import org.apache.spark.sql.SparkSession;

/** The test session: two local cores, two shuffle partitions, no web UI. One per test class. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start() {
        return SparkSession.builder()
                .appName("wirewatch-test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }
}
