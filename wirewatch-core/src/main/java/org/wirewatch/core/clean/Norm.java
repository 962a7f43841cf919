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
        String lower = text.toLowerCase(Locale.ROOT);
        if (isFolded(lower)) return trimSymbols(lower);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
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

    /**
     * True when the loop in {@link #of} would copy the text unchanged: nothing to fold or drop, and
     * every space a single ' ' between two other chars. Lines arrive collapsed, so this is the usual
     * case, and it saves a copy of every line.
     */
    private static boolean isFolded(String lower) {
        int n = lower.length();
        if (n == 0) return true;
        boolean previousSpace = true;   // a leading space would be dropped
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (fold(c) != c) return false;
            boolean space = isSpace(c);
            if (space && (c != ' ' || previousSpace)) return false;
            previousSpace = space;
        }
        return !previousSpace;   // a trailing space would be dropped
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

    /**
     * Whitespace in Java's sense or a Unicode space separator (no-break spaces included). Asked for
     * every char of every line, so the two property look-ups are skipped for ASCII and for the
     * blocks below U+1680 (Latin, Cyrillic), where the only such char beyond ASCII is U+00A0.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        if (c < 0x1680) return c == '\u00A0';
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
