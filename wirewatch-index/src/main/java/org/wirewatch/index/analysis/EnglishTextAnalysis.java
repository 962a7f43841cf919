package org.wirewatch.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** English: Lucene's English analyzer (possessives, stop words, Porter stems). */
public final class EnglishTextAnalysis implements TextAnalysis {
    @Override
    public String language() {
        return "en";
    }

    @Override
    public Analyzer analyzer() {
        return new EnglishAnalyzer();
    }
}
