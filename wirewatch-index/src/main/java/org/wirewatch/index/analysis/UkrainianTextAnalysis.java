package org.wirewatch.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/** Ukrainian: dictionary lemmas from the morfologik (VESUM) dictionary, so "Блінкена" finds "Блінкен". */
public final class UkrainianTextAnalysis implements TextAnalysis {
    @Override
    public String language() {
        return "uk";
    }

    @Override
    public Analyzer analyzer() {
        return new UkrainianMorfologikAnalyzer();
    }
}
