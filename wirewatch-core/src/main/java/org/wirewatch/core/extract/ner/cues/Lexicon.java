package org.wirewatch.core.extract.ner.cues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Values found by word: an index over {@link WordPattern}s. A lookup costs one or two hash
 * probes for whole words and one probe per possible ending length for stems (at most five
 * for Ukrainian), whatever the size of the list. Immutable once built.
 */
final class Lexicon<V> {
    private record Stemmed<V>(WordPattern.Stem pattern, V value) {}

    private final Map<String, List<V>> anyCase;
    private final Map<String, List<V>> cased;
    private final Map<String, List<Stemmed<V>>> stems;
    private final int longestEnding;

    private Lexicon(Map<String, List<V>> anyCase, Map<String, List<V>> cased, Map<String, List<Stemmed<V>>> stems, int longestEnding) {
        this.anyCase = freeze(anyCase);
        this.cased = freeze(cased);
        this.stems = freeze(stems);
        this.longestEnding = longestEnding;
    }

    /** Values of every pattern the word matches (the word as written in the text). */
    List<V> lookup(String word) {
        String folded = CueNorm.fold(word);
        return lookup(folded, CueNorm.lower(folded));
    }

    /** As {@link #lookup(String)}, for a word already folded and lower-cased. */
    List<V> lookup(String folded, String lower) {
        List<V> found = null;
        found = addAll(found, anyCase.get(lower));
        found = addAll(found, cased.get(folded));
        if (!stems.isEmpty()) {
            for (int k = 0; k <= longestEnding && k < lower.length(); k++) {
                List<Stemmed<V>> candidates = stems.get(lower.substring(0, lower.length() - k));
                if (candidates == null) continue;
                for (Stemmed<V> s : candidates) {
                    if (s.pattern().matches(folded, lower)) found = addAll(found, List.of(s.value()));
                }
            }
        }
        return found == null ? List.of() : found;
    }

    private static <V> List<V> addAll(List<V> found, List<V> more) {
        if (more == null || more.isEmpty()) return found;
        if (found == null) return more;
        List<V> all = new ArrayList<>(found);
        all.addAll(more);
        return all;
    }

    private static <K, T> Map<K, List<T>> freeze(Map<K, List<T>> map) {
        Map<K, List<T>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    static final class Builder<V> {
        private final Map<String, List<V>> anyCase = new HashMap<>();
        private final Map<String, List<V>> cased = new HashMap<>();
        private final Map<String, List<Stemmed<V>>> stems = new HashMap<>();
        private int longestEnding;

        Builder<V> add(WordPattern pattern, V value) {
            if (pattern instanceof WordPattern.Exact exact) {
                if (!exact.caseSensitive()) {
                    anyCase.computeIfAbsent(exact.form(), k -> new ArrayList<>()).add(value);
                } else {
                    cased.computeIfAbsent(exact.form(), k -> new ArrayList<>()).add(value);
                    String upper = exact.form().toUpperCase(Locale.ROOT);
                    if (!upper.equals(exact.form())) cased.computeIfAbsent(upper, k -> new ArrayList<>()).add(value);
                }
            } else if (pattern instanceof WordPattern.Stem stem) {
                stems.computeIfAbsent(stem.stem(), k -> new ArrayList<>()).add(new Stemmed<>(stem, value));
                for (String ending : stem.endings()) longestEnding = Math.max(longestEnding, ending.length());
            }
            return this;
        }

        Lexicon<V> build() {
            return new Lexicon<>(anyCase, cased, stems, longestEnding);
        }
    }
}
