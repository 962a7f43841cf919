package org.wirewatch.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/** Russian: Lucene's Russian analyzer (Snowball stems), so "Блинкена" and "Блинкен" meet. */
public final class RussianTextAnalysis implements TextAnalysis {
    @Override
    public String language() {
        return "ru";
    }

    @Override
    public Analyzer analyzer() {
        return new RussianAnalyzer();
    }
}
