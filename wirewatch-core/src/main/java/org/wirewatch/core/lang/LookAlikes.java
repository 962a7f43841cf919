package org.wirewatch.core.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Languages outside the configured set that write with a subset of a configured language's letters
 * (Turkish next to Azerbaijani). Marker letters cannot tell such a look-alike from the language
 * they mark, so their verdict stands only when the text also holds a letter the look-alike lacks
 * (ə, x or q for Azerbaijani against Turkish). Immutable and thread-safe.
 */
final class LookAlikes {
    /** Per configured language: for each look-alike, the letters that tell the language from it. */
    private final Map<String, List<String>> telling;

    LookAlikes(Collection<LanguageProfile> configured, Collection<LanguageProfile> known) {
        Map<String, List<String>> map = new HashMap<>();
        for (LanguageProfile language : configured) {
            List<String> letters = new ArrayList<>();
            for (LanguageProfile other : known) {
                if (isLookAlike(other, language, configured)) letters.add(missing(language.alphabet(), other.alphabet()));
            }
            if (!letters.isEmpty()) map.put(language.isoCode(), List.copyOf(letters));
        }
        this.telling = Map.copyOf(map);
    }

    /**
     * Whether {@code text} could as well be in a look-alike of {@code isoCode}: it holds too few of
     * the letters that tell the two apart. A few are not enough, since names carry them ("Texas" in
     * Turkish); the letters that tell Azerbaijani from Turkish make up some 9% of its text.
     */
    boolean undecided(String isoCode, CharSequence text) {
        List<String> all = telling.get(isoCode);
        if (all == null) return false;
        int letters = letters(text);
        for (String tell : all) {
            int hits = count(text, tell);
            if (hits < LanguageDecider.MARKER_MIN_HITS || hits * LanguageDecider.MARKER_LETTERS_PER_HIT < letters) return true;
        }
        return false;
    }

    private static boolean isLookAlike(LanguageProfile other, LanguageProfile language, Collection<LanguageProfile> configured) {
        if (other.script() != language.script() || other.isoCode().equals(language.isoCode())) return false;
        for (LanguageProfile c : configured) if (c.isoCode().equals(other.isoCode())) return false;
        return !missing(language.alphabet(), other.alphabet()).isEmpty() && missing(other.alphabet(), language.alphabet()).isEmpty();
    }

    /** The letters of {@code alphabet} that {@code other} lacks. */
    private static String missing(String alphabet, String other) {
        StringBuilder out = new StringBuilder();
        alphabet.codePoints().filter(c -> other.indexOf(c) < 0).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int count(CharSequence text, String letters) {
        int hits = 0;
        for (int i = 0; i < text.length(); i++) if (letters.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) hits++;
        return hits;
    }

    private static int letters(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) n++;
        return n;
    }
}
