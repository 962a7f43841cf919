/**
 * The corpus generator behind {@code wirewatch generate} and the default {@code bench} corpus:
 * {@link org.wirewatch.bench.corpus.CorpusGenerator} writes reproducible English, Russian and Ukrainian
 * news pages with scraped furniture, grouped into stories with translations and near-duplicates, and
 * {@link org.wirewatch.bench.corpus.CorpusWriter} stores them as analyze input plus gold story ids.
 * Templates and names were written for the project.
 */
package org.wirewatch.bench.corpus;
