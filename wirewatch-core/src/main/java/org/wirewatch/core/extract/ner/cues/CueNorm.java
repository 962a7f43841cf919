package org.wirewatch.core.extract.ner.cues;

import java.util.Locale;

/**
 * The form in which cue words and text words are compared: apostrophe variants folded to ',
 * non-breaking hyphens to -, ё to е (Russian texts write both), stress marks and soft hyphens
 * dropped. {@link #lower} also lower-cases with Locale.ROOT, so the default locale (Turkish
 * dotless i) never changes a match.
 */
final class CueNorm {
    private CueNorm() {}

    /** The folded form with its case kept. */
    static String fold(String word) {
        int i = 0;
        int n = word.length();
        while (i < n && fold(word.charAt(i)) == word.charAt(i)) i++;
        if (i == n) return word;   // the common case: nothing to fold, no allocation
        StringBuilder out = new StringBuilder(n);
        out.append(word, 0, i);
        for (; i < n; i++) {
            char f = fold(word.charAt(i));
            if (f != 0) out.append(f);
        }
        return out.toString();
    }

    static String lower(String folded) {
        return folded.toLowerCase(Locale.ROOT);
    }

    /** One folded char; 0 drops it. */
    private static char fold(char c) {
        if (c < 0x2B9 && c != '`' && c != '\u00AD') return c;
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '`', '\u2032', '\u02B9': return '\'';
            case '\u2010', '\u2011': return '-';
            case '\u0451': return '\u0435';   // ё → е
            case '\u0401': return '\u0415';   // Ё → Е
            case '\u0301', '\u0300', '\u00AD': return 0;
            default: return c;
        }
    }
}
