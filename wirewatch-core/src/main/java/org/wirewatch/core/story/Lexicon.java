package org.wirewatch.core.story;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.wirewatch.core.lang.LanguagePack;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.Morphologies;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.Reading;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.linguistics.text.Tokenizer;
import org.wirewatch.core.model.Check;

/**
 * The content lemmas of a stretch of text, counted: the language-specific half of the evidence.
 * Words the language's dictionary does not know are kept as they are written (lower-cased), since
 * unknown words are usually rare names and terms, the best evidence there is. Languages without a
 * morphology give no lexical evidence. Thread-safe: the lemma cache is concurrent and bounded.
 */
final class Lexicon {
    private static final int MIN_LENGTH = 3;
    private static final int CACHE_LIMIT = 400_000;
    private static final String NOT_CONTENT = "";

    /** The pack file that says which dictionary tags are not content. */
    static final String CONTENT = "content.cues";

    private final Morphologies morphologies;
    private final Map<String, ContentWords> contentWords;
    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Lexicon(LanguagePacks packs) {
        Check.notNullParam(packs, "packs");
        this.morphologies = packs.morphologies();
        Map<String, ContentWords> map = new HashMap<>();
        for (LanguagePack pack : packs.all()) {
            pack.file(CONTENT).ifPresent(f -> map.put(pack.language().code(), new FileContentWords(pack.language().code(), f)));
        }
        this.contentWords = Map.copyOf(map);
    }

    /** Lemma counts of text[start, end) in {@code lang}; empty for a language without a morphology. */
    Map<String, Integer> lemmas(String text, int start, int end, String lang) {
        Map<String, Integer> counts = new HashMap<>();
        if (lang == null) return counts;
        Optional<Morphology> morphology = morphologies.forLanguage(lang);
        ContentWords content = contentWords.get(lang);
        if (morphology.isEmpty() || content == null) return counts;
        for (Token t : tokenizer.tokens(text, start, end)) {
            if (!t.isWord() || t.length() < MIN_LENGTH) continue;
            String lemma = lemma(t.lower(), lang, morphology.get(), content);
            if (!lemma.isEmpty()) counts.merge(lemma, 1, Integer::sum);
        }
        return counts;
    }

    private String lemma(String form, String lang, Morphology morphology, ContentWords content) {
        String key = lang + ':' + form;
        String known = cache.get(key);
        if (known != null) return known;
        List<Reading> readings = morphology.readings(form);
        String lemma = !content.isContent(readings) ? NOT_CONTENT
                : readings.isEmpty() ? form : readings.get(0).lemma().toLowerCase(Locale.ROOT);
        if (cache.size() > CACHE_LIMIT) cache.clear();   // a crude bound: refilling costs only lookups
        cache.put(key, lemma);
        return lemma;
    }
}
