package org.wirewatch.core.extract.ner.sequence;

import java.util.HashMap;
import java.util.Map;

/**
 * What the tagger carries from one sentence of a document to the next: the types it gave each
 * word so far (Ratinov &amp; Roth's "prediction history", so that "Jordan" keeps the reading the
 * article's first clear mention gave it), and a cache of word information. One per document; not
 * thread-safe.
 */
public final class DocumentState {
    private final Map<String, int[]> typesByWord = new HashMap<>();
    private final Map<String, WordInfo> words = new HashMap<>();

    /** The information on a word form, from this document's cache or else {@code compute}. */
    WordInfo word(String form, java.util.function.Function<String, WordInfo> compute) {
        WordInfo info = words.get(form);
        if (info == null) {
            info = compute.apply(form);
            words.put(form, info);
        }
        return info;
    }

    /** The type earlier sentences gave this word most often (index into {@link Bilou#TYPES}), or -1. */
    int earlierType(String lower) {
        int[] counts = typesByWord.get(lower);
        if (counts == null) return -1;
        int best = 0;
        for (int t = 1; t < counts.length; t++) if (counts[t] > counts[best]) best = t;
        return best;
    }

    /** Remembers the type the tagger gave a word of an entity, under the word and under its {@link #stem}. */
    void remember(String lower, int typeIndex) {
        typesByWord.computeIfAbsent(lower, k -> new int[Bilou.TYPES.length])[typeIndex]++;
        String stem = stem(lower);
        if (stem != null) typesByWord.computeIfAbsent(stem, k -> new int[Bilou.TYPES.length])[typeIndex]++;
    }

    /**
     * The type earlier sentences gave most often to words that begin like this one (its first
     * {@value #STEM} letters: "Ірмина", "Ірминої", "Ірминого"), or -1; for languages that inflect names.
     */
    int earlierTypeOfStem(String lower) {
        String stem = stem(lower);
        return stem == null ? -1 : earlierType(stem);
    }

    private static final int STEM = 4;

    /** The key of a word's first letters, which no word's own key can equal; null for a short word. */
    private static String stem(String lower) {
        return lower.length() < STEM ? null : "\u0001" + lower.substring(0, STEM);
    }
}
