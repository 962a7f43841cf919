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
 *
 * <p>Every line of every article is looked up several times, so lookups are cheap first: a run of
 * words can only be a cue if its first word (for {@link #endsWith}, its last) begins some cue of
 * that kind, and it cannot be longer than the longest cue. Both are checked before any substring
 * is made; the profile of the whole pipeline had cue lookups at a third of all cleaning time.
 */
final class CueIndex {
    /** Cues longer than this many words are not looked for inside lines. */
    private static final int MAX_CUE_WORDS = 6;

    private final Map<CueKind, RegionSet> sets;
    /** Per kind: the first word of each cue, the last word of each cue, and the longest cue's length. */
    private final Map<CueKind, RegionSet> firstWords;
    private final Map<CueKind, RegionSet> lastWords;
    private final Map<CueKind, Integer> longest;
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
        Map<CueKind, RegionSet> frozen = new EnumMap<>(CueKind.class);
        Map<CueKind, RegionSet> firsts = new EnumMap<>(CueKind.class);
        Map<CueKind, RegionSet> lasts = new EnumMap<>(CueKind.class);
        Map<CueKind, Integer> lengths = new EnumMap<>(CueKind.class);
        for (CueKind kind : CueKind.values()) {
            Set<String> cues = Set.copyOf(merged.getOrDefault(kind, Set.of()));
            Set<String> first = new HashSet<>();
            Set<String> last = new HashSet<>();
            int max = 0;
            for (String cue : cues) {
                if (cue.isEmpty()) continue;
                first.add(cue.substring(0, firstWordEnd(cue, 0)));
                last.add(cue.substring(lastWordStart(cue, cue.length())));
                max = Math.max(max, cue.length());
            }
            frozen.put(kind, new RegionSet(cues));
            firsts.put(kind, new RegionSet(first));
            lasts.put(kind, new RegionSet(last));
            lengths.put(kind, max);
        }
        this.sets = frozen;
        this.firstWords = firsts;
        this.lastWords = lasts;
        this.longest = lengths;
        this.monthWords = Map.copyOf(words);
        this.monthStems = Map.copyOf(stems);
    }

    /** True if the whole normalised text is a cue of this kind. */
    boolean is(CueKind kind, String norm) {
        return sets.get(kind).contains(norm);
    }

    /** The longest cue of this kind that the normalised text starts with, ending at a word end; null if none. */
    String prefix(CueKind kind, String norm) {
        return prefixAt(kind, norm, 0);
    }

    /**
     * {@link #prefix} of {@code norm.substring(from)}, without making that substring unless a cue is
     * found; {@code from} must be where a word or symbol run starts, as after a space.
     */
    String prefixAt(CueKind kind, String norm, int from) {
        if (from >= norm.length() || !startsCue(kind, norm, from)) return null;
        RegionSet cues = sets.get(kind);
        int limit = Math.min(norm.length(), from + longest.get(kind));
        String found = null;
        int words = 0;
        for (int i = from + 1; i <= limit && words < MAX_CUE_WORDS; i++) {
            if (!isWordEnd(norm, i)) continue;
            words++;
            String head = cues.find(norm, from, i);
            if (head != null) found = head;
        }
        return found;
    }

    /** True if the normalised text ends with a cue of this kind that starts at a word start. */
    boolean endsWith(CueKind kind, String norm) {
        if (norm.isEmpty() || !lastWords.get(kind).contains(norm, lastWordStart(norm, norm.length()), norm.length())) return false;
        RegionSet cues = sets.get(kind);
        int limit = Math.max(0, norm.length() - longest.get(kind));
        int words = 0;
        for (int i = norm.length() - 1; i >= limit && words < MAX_CUE_WORDS; i--) {
            if (!isWordStart(norm, i)) continue;
            words++;
            if (cues.contains(norm, i, norm.length())) return true;
        }
        return false;
    }

    /** True if a cue of this kind occurs anywhere in the normalised text as whole words. */
    boolean contains(CueKind kind, String norm) {
        RegionSet cues = sets.get(kind);
        int longestCue = longest.get(kind);
        for (int start = 0; start < norm.length(); start++) {
            if (!isWordStart(norm, start) || !startsCue(kind, norm, start)) continue;
            int limit = Math.min(norm.length(), start + longestCue);
            int words = 0;
            for (int end = start + 1; end <= limit && words < MAX_CUE_WORDS; end++) {
                if (!isWordEnd(norm, end)) continue;
                words++;
                if (cues.contains(norm, start, end)) return true;
            }
        }
        return false;
    }

    /**
     * Whether the text from {@code from} up to its first word end is the first word of some cue of
     * this kind. Every match of a cue there would have to start with exactly that word, so when it
     * does not, no substring need be tried.
     */
    private boolean startsCue(CueKind kind, String norm, int from) {
        int end = firstWordEnd(norm, from);
        return end > from && firstWords.get(kind).contains(norm, from, end);
    }

    /** The first i > from that {@link #isWordEnd}, or from if there is none. */
    private static int firstWordEnd(String s, int from) {
        for (int i = from + 1; i <= s.length(); i++) if (isWordEnd(s, i)) return i;
        return from;
    }

    /** The last i < to that {@link #isWordStart}, or to if there is none. */
    private static int lastWordStart(String s, int to) {
        for (int i = to - 1; i >= 0; i--) if (isWordStart(s, i)) return i;
        return to;
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
