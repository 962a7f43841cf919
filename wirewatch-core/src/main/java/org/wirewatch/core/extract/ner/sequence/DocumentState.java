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

    /** Remembers the type the tagger gave a word of an entity. */
    void remember(String lower, int typeIndex) {
        typesByWord.computeIfAbsent(lower, k -> new int[Bilou.TYPES.length])[typeIndex]++;
    }
}
