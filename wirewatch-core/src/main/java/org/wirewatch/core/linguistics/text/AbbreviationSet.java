package org.wirewatch.core.linguistics.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations as a word list would write them, compared the way a reader would: an entry
 * written in lower case matches any case ("etc." matches "Etc."), one with a capital letter
 * matches only that form and its all-caps form ("No." is an abbreviation, "no." ending a
 * sentence is not). Dots at the end are ignored on both sides. Immutable.
 */
final class AbbreviationSet {
    private final Set<String> anyCase;
    private final Set<String> exact;

    AbbreviationSet(List<String> entries) {
        Set<String> lower = new HashSet<>();
        Set<String> cased = new HashSet<>();
        for (String entry : entries) {
            String key = withoutFinalDot(entry);
            if (key.isEmpty()) continue;
            if (key.equals(key.toLowerCase(Locale.ROOT))) {
                lower.add(key);
            } else {
                cased.add(key);
                cased.add(key.toUpperCase(Locale.ROOT));
            }
        }
        this.anyCase = Set.copyOf(lower);
        this.exact = Set.copyOf(cased);
    }

    boolean contains(String word) {
        String key = withoutFinalDot(word);
        return exact.contains(key) || anyCase.contains(key.toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return anyCase.isEmpty() && exact.isEmpty();
    }

    static String withoutFinalDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
