package org.wirewatch.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What a run wrote: rows per table, in the order the tables were written, and what it stored in Solr (null: no Solr). */
public record JobSummary(Map<String, Long> rows, SolrWrite solr) {
    public JobSummary {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    public JobSummary(Map<String, Long> rows) {
        this(rows, null);
    }

    public long rows(String table) {
        return rows.getOrDefault(table, 0L);
    }

    @Override
    public String toString() {
        return rows.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
