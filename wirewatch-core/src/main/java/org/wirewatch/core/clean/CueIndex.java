package org.wirewatch.core.clean;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All languages' cues merged into sets for fast lookup. Matching works on {@link Norm} forms
 * and on whole words: a cue matches a prefix, suffix or inner run of a line only where words
 * begin and end, so "share" never matches "shared". Immutable.
 */
final class CueIndex {
    /** Cues longer than this many words are not looked for inside lines. */
    private static final int MAX_CUE_WORDS = 6;

    private final Map<CueKind, Set<String>> sets;
    private final Map<String, Integer> monthWords;
    private final Map<String, Integer> monthStems;

    CueIndex(List<CleaningCues> languages) {
        Map<CueKind, Set<String>> merged = new EnumMap<>(CueKind.class);
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> stems = new HashMap<>();
        for (CleaningCues language : languages) {
            for (CueKind kind : CueKind.values()) {
                for (String cue : language.cues(kind)) merged.computeIfAbsent(kind, k -> new HashSet<>()).add(Norm.of(cue));
            }
            language.months().forEach((name, number) -> {
                if (name.endsWith("*")) stems.putIfAbsent(name.substring(0, name.length() - 1), number);
                else words.putIfAbsent(name, number);
            });
        }
        Map<CueKind, Set<String>> frozen = new EnumMap<>(CueKind.class);
        for (CueKind kind : CueKind.values()) frozen.put(kind, Set.copyOf(merged.getOrDefault(kind, Set.of())));
        this.sets = frozen;
        this.monthWords = Map.copyOf(words);
        this.monthStems = Map.copyOf(stems);
    }

    /** True if the whole normalised text is a cue of this kind. */
    boolean is(CueKind kind, String norm) {
        return sets.get(kind).contains(norm);
    }

    /** The longest cue of this kind that the normalised text starts with, ending at a word end; null if none. */
    String prefix(CueKind kind, String norm) {
        Set<String> cues = sets.get(kind);
        String found = null;
        int words = 0;
        for (int i = 1; i <= norm.length() && words < MAX_CUE_WORDS; i++) {
            if (!isWordEnd(norm, i)) continue;
            words++;
            String head = norm.substring(0, i);
            if (cues.contains(head)) found = head;
        }
        return found;
    }

    /** True if the normalised text ends with a cue of this kind that starts at a word start. */
    boolean endsWith(CueKind kind, String norm) {
        Set<String> cues = sets.get(kind);
        int words = 0;
        for (int i = norm.length() - 1; i >= 0 && words < MAX_CUE_WORDS; i--) {
            if (!isWordStart(norm, i)) continue;
            words++;
            if (cues.contains(norm.substring(i))) return true;
        }
        return false;
    }

    /** True if a cue of this kind occurs anywhere in the normalised text as whole words. */
    boolean contains(CueKind kind, String norm) {
        Set<String> cues = sets.get(kind);
        for (int start = 0; start < norm.length(); start++) {
            if (!isWordStart(norm, start)) continue;
            int words = 0;
            for (int end = start + 1; end <= norm.length() && words < MAX_CUE_WORDS; end++) {
                if (!isWordEnd(norm, end)) continue;
                words++;
                if (cues.contains(norm.substring(start, end))) return true;
            }
        }
        return false;
    }

    /** The month (1..12) a word names, or 0; "ноября" matches the stem "ноябр", "Nov" the abbreviation "nov". */
    int month(String word) {
        String w = Norm.of(word);
        Integer exact = monthWords.get(w);
        if (exact != null) return exact;
        // Inflection adds at most a few letters to a stem: "листопад" → "листопада", "січ" → "січня".
        for (int len = w.length(); len >= Math.max(2, w.length() - 4); len--) {
            Integer stem = monthStems.get(w.substring(0, len));
            if (stem != null) return stem;
        }
        return 0;
    }

    private static boolean isWordEnd(String s, int i) {
        return i > 0 && Norm.isWordChar(s.charAt(i - 1)) && (i == s.length() || !Norm.isWordChar(s.charAt(i)));
    }

    private static boolean isWordStart(String s, int i) {
        return Norm.isWordChar(s.charAt(i)) && (i == 0 || !Norm.isWordChar(s.charAt(i - 1)));
    }
}
