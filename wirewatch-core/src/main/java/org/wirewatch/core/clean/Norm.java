package org.wirewatch.core.clean;

import java.util.Locale;

/**
 * The form in which lines and cues are compared: lower case (Locale.ROOT), typographic quotes
 * and apostrophes folded, whitespace collapsed, and leading and trailing symbols (bullets,
 * arrows, icons, punctuation) removed, so "Поділитися →" and "поділитися" compare equal.
 */
final class Norm {
    private Norm() {}

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = fold(lower.charAt(i));
            if (c == 0) continue;
            if (isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        return trimSymbols(out);
    }

    /** Folds typographic variants to one form; 0 drops the char (combining dot left by lower-casing "İ", zero-width chars). */
    private static char fold(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4': return '\'';
            case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E': return '"';
            case '\u2013', '\u2014', '\u2212': return '—';
            case '\u0307', '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD': return 0;
            default: return c;
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String trimSymbols(CharSequence s) {
        int start = 0;
        int end = s.length();
        while (start < end && !isWordChar(s.charAt(start))) start++;
        while (end > start && !isWordChar(s.charAt(end - 1))) end--;
        return s.subSequence(start, end).toString();
    }
}
