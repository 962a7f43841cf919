package org.wirewatch.core.story;

import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * Cognate keys: a word's cross-script key ({@link NameKeys}, the transliteration that links
 * Блинкен to Blinken) cut down to its first letter and the consonants after it, so that the
 * international words news shares across languages meet: "президент" and "president" (prsdn),
 * "атака" and "attack" (atk), "дрон" and "drone" (drn). Vowels go because languages spell
 * them differently; s and z merge (English "s" for Russian "з"). Keys shorter than
 * {@value #MIN_LENGTH} letters are too ambiguous and are not given. Thread-safe.
 */
final class Cognates {
    private static final int MAX_LENGTH = 5;
    private static final int MIN_LENGTH = 3;
    private static final String VOWELS = "aeiouy";

    private final NameKeys keys;

    Cognates(NameKeys keys) {
        this.keys = keys;
    }

    /** The key of a lower-case word, or null when it has none. */
    String of(String word, String lang) {
        String key = keys.key(word, lang);
        StringBuilder out = new StringBuilder(MAX_LENGTH);
        for (int i = 0; i < key.length() && out.length() < MAX_LENGTH; i++) {
            char c = key.charAt(i);
            if (c < 'a' || c > 'z') {
                if (c == ' ') break;
                return null;
            }
            if (c == 'z') c = 's';
            if (i > 0 && VOWELS.indexOf(c) >= 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.length() >= MIN_LENGTH ? out.toString() : null;
    }
}
