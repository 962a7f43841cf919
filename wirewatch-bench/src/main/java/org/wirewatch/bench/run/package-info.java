/**
 * The throughput run behind {@code wirewatch bench}: {@link org.wirewatch.bench.run.BenchRunner} times the
 * whole pipeline on N threads, each stage alone on one thread (the index stage into a temporary
 * Lucene store) and bare tokenisation as the yardstick, medians after warm-up, and returns a
 * {@link org.wirewatch.bench.run.BenchReport} as text or JSON.
 */
package org.wirewatch.bench.run;
