package org.wirewatch.index.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The per-language analyses the index knows, with their analyzers built once. Adding a language
 * means adding a {@link TextAnalysis} to {@link #standard()}. Immutable and thread-safe.
 */
public final class TextAnalyses {
    private final Map<String, TextAnalysis> byLanguage = new LinkedHashMap<>();
    private final TextAnalysis fallback;
    private final Analyzer perField;

    public TextAnalyses(List<TextAnalysis> languages, TextAnalysis fallback) {
        for (TextAnalysis a : languages) byLanguage.put(a.language(), a);
        this.fallback = fallback;
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        for (TextAnalysis a : all()) analyzers.put(a.field(), a.analyzer());
        this.perField = new PerFieldAnalyzerWrapper(fallback.analyzer(), analyzers);
    }

    /** English, Russian and Ukrainian, and the generic analysis for everything else. */
    public static TextAnalyses standard() {
        return new TextAnalyses(List.of(new EnglishTextAnalysis(), new RussianTextAnalysis(), new UkrainianTextAnalysis()),
                new GenericTextAnalysis());
    }

    /** The analysis for an article in this language (null or unknown: the generic one). */
    public TextAnalysis forLanguage(String lang) {
        return lang == null ? fallback : byLanguage.getOrDefault(lang, fallback);
    }

    public List<TextAnalysis> all() {
        List<TextAnalysis> all = new ArrayList<>(byLanguage.values());
        all.add(fallback);
        return all;
    }

    public String[] bodyFields() {
        return all().stream().map(TextAnalysis::field).toArray(String[]::new);
    }

    /** One analyzer that analyses each body field with its language's analyzer. */
    public Analyzer perFieldAnalyzer() {
        return perField;
    }
}
