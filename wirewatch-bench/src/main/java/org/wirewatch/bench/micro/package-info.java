/**
 * Micro-benchmarks run by {@code wirewatch bench --micro NAME|all}: each
 * {@link org.wirewatch.bench.micro.Microbenchmark} times one hot spot (text splitting, language
 * identification, the name layer, the knowledge base, the name-type model, quotes, dates, the index)
 * on the seed articles, the example corpus or generated text, and prints figures without asserting
 * them. {@link org.wirewatch.bench.micro.Microbenchmarks} is the registry by name.
 */
package org.wirewatch.bench.micro;
