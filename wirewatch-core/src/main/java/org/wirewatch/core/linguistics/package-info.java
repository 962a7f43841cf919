/**
 * What Wirewatch knows of language as such, below the extraction stages: {@link
 * org.wirewatch.core.linguistics.AnalysedText} (an article cut once into sentences and tokens),
 * {@code text} (tokenizer, sentence rules), {@code morph} (dictionaries, readings, name lemmas) and
 * {@code names} (cross-script name keys).
 */
package org.wirewatch.core.linguistics;
