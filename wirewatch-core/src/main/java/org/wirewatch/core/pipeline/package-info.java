/**
 * The analysis pipeline: {@link org.wirewatch.core.pipeline.Pipeline} runs one raw article through text
 * preparation, live-blog segments, languages, entities, quotes, dates, amounts and events, keeping no
 * state between articles; {@link org.wirewatch.core.pipeline.BatchAnalysis} runs it on several threads
 * over a stream, results in input order. Every verb that analyses (analyze, ingest, watch, bench, the
 * Spark job) goes through here.
 */
package org.wirewatch.core.pipeline;
