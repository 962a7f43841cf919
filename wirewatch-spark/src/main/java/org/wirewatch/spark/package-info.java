/**
 * The pipeline as an Apache Spark job ({@link org.wirewatch.spark.WirewatchJob}, entry point
 * {@link org.wirewatch.spark.SparkMain}): read any Hadoop path through core's readers, analyse each
 * partition with the executor's shared pipeline, cluster stories in overlapping time windows and link
 * them, and write Parquet tables (docs/spark.md). {@code wirewatch spark} and {@code ingest --parquet}
 * run it in a JVM of their own; {@link org.wirewatch.spark.SparkBenchmark} times it.
 */
package org.wirewatch.spark;
