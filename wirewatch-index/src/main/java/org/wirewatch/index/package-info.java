/**
 * The embedded article store: {@link org.wirewatch.index.WirewatchIndex} keeps analysed article records
 * in a Lucene index under {@code DATA/index}, idempotent and crash-safe with
 * {@link org.wirewatch.index.BatchedCommits}, and answers {@link org.wirewatch.index.SearchRequest}s
 * across languages with facets and highlights. {@code ingest} and {@code watch} write it; {@code search},
 * {@code export}, {@code stories} and the server read it.
 */
package org.wirewatch.index;
