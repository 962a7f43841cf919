package org.wirewatch.core.lang;

import java.util.HashMap;
import java.util.Map;

/**
 * Month or weekday forms, looked up fast: whole forms in one map, stems ("январ*") in another with
 * the lengths stems have, so a word that no stem of its length could start is not cut up and looked
 * up again (the date grammar asks for every word of every article). Immutable and thread-safe.
 */
final class CalendarForms {
    /** The most letters an inflection adds to a stem. */
    static final int MAX_INFLECTION = 4;

    private final Map<String, Integer> whole = new HashMap<>();
    private final Map<String, Integer> stems = new HashMap<>();
    private final boolean[] stemLengths;

    /** @param forms lower-case forms with their number; a stem ends in {@code *} */
    CalendarForms(Map<String, Integer> forms) {
        int longest = 0;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            String f = e.getKey();
            if (f.endsWith("*")) {
                stems.put(f.substring(0, f.length() - 1), e.getValue());
                longest = Math.max(longest, f.length() - 1);
            } else {
                whole.put(f, e.getValue());
            }
        }
        stemLengths = new boolean[longest + 1];
        for (String stem : stems.keySet()) stemLengths[stem.length()] = true;
    }

    /** The number a lower-case word names: the whole form, else the longest stem it inflects; 0 for none. */
    int lookup(String word) {
        Integer exact = whole.get(word);
        if (exact != null) return exact;
        if (stems.isEmpty()) return 0;
        for (int len = word.length() - 1; len >= Math.max(2, word.length() - MAX_INFLECTION); len--) {
            if (len >= stemLengths.length || !stemLengths[len]) continue;
            Integer stem = stems.get(word.substring(0, len));
            if (stem != null) return stem;
        }
        if (word.length() >= stemLengths.length || !stemLengths[word.length()]) return 0;
        Integer bare = stems.get(word);
        return bare == null ? 0 : bare;
    }
}
