package org.wirewatch.index.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;

/**
 * The per-language analyses the index knows, with their analyzers built once: one for each language
 * pack that names an index analyzer, and the generic one for every other language. Immutable and
 * thread-safe.
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

    /** The analyses of the packs on the class path, and the generic analysis for everything else. */
    public static TextAnalyses standard() {
        return of(LanguagePacks.discover());
    }

    /** The analysis each pack names ({@code LanguagePack.indexAnalyzer()}), and the generic one for everything else. */
    public static TextAnalyses of(LanguagePacks packs) {
        List<TextAnalysis> languages = new ArrayList<>();
        for (LanguagePack pack : packs.all()) {
            pack.indexAnalyzer().ifPresent(c -> languages.add(new PackTextAnalysis(pack.language().code(), c)));
        }
        return new TextAnalyses(languages, new GenericTextAnalysis());
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
