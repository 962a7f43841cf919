package org.wirewatch.spark;

import java.util.List;
import org.wirewatch.core.model.Check;

/**
 * One run of the Spark job.
 *
 * @param inputs     Hadoop paths or globs (file://, hdfs://, s3a://…; a bare path is the cluster's
 *                   default file system); directories are read recursively
 * @param output     the directory the tables are written under (replaced if it exists)
 * @param analysis   how executors build their pipeline
 * @param partitions analysis partitions; 0 chooses three per core of the cluster
 * @param jsonl      also write the article records as JSONL under {@code articles.jsonl/}
 * @param stories    how stories are clustered, or null to leave articles without stories
 * @param solr       the SolrCloud collection the articles are also written into, or null for none
 */
public record JobSettings(List<String> inputs, String output, AnalysisSpec analysis, int partitions, boolean jsonl,
                          StoryWindowSpec stories, SolrTarget solr) {
    public JobSettings {
        Check.notNullParam(inputs, "inputs");
        Check.isTrue(!inputs.isEmpty(), "at least one input is needed");
        Check.notNullParam(output, "output");
        Check.notNullParam(analysis, "analysis");
        Check.isTrue(partitions >= 0, "partitions must be >= 0, was %d", partitions);
        inputs = List.copyOf(inputs);
    }

    /** A run that writes Parquet tables only. */
    public JobSettings(List<String> inputs, String output, AnalysisSpec analysis, int partitions, boolean jsonl, StoryWindowSpec stories) {
        this(inputs, output, analysis, partitions, jsonl, stories, null);
    }
}
