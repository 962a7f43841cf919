package org.wirewatch.index.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * How the text of one language is analysed for search: its own body field and analyzer, so a
 * query is analysed the way each language's articles were (stems, dictionary lemmas). One
 * implementation per language; {@link GenericTextAnalysis} serves every other language.
 */
public interface TextAnalysis {
    /** The ISO 639-1 code this analysis serves, or "*" for the generic fallback. */
    String language();

    /** The index field holding the bodies of articles in this language. */
    default String field() {
        return "body_" + (language().equals("*") ? "any" : language());
    }

    /** A new analyzer (analyzers are thread-safe; the index builds one per language at start). */
    Analyzer analyzer();
}
