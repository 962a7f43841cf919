/**
 * JMH benchmarks of the hot spots (cleaner, language identification, one article through the whole
 * pipeline) beside the tokenizer yardstick, on generated pages. Built into a runnable jar by the
 * {@code jmh} profile only (BENCHMARKS.md), since JMH is not on the command's class path.
 */
package org.wirewatch.bench.jmh;
