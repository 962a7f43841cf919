/**
 * Measuring Wirewatch: the throughput runner behind {@code wirewatch bench} ({@code bench.run}), the
 * synthetic corpus behind {@code wirewatch generate} ({@code bench.corpus}), micro-benchmarks behind
 * {@code bench --micro} ({@code bench.micro}), JMH benchmarks ({@code bench.jmh}) and story scaling
 * ({@code bench.stories}). Figures and method are in BENCHMARKS.md.
 */
package org.wirewatch.bench;
