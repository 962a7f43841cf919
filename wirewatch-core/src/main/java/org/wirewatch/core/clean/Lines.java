package org.wirewatch.core.clean;

import java.util.ArrayList;
import java.util.List;

/** Splits text into its non-blank {@link Line}s; \n, \r\n, \r, U+2028 and U+2029 all end a line. */
final class Lines {
    private Lines() {}

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 1;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') continue;
            addIfNotBlank(lines, text, number, lineStart, i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
            number++;
            lineStart = i + 1;
        }
        return lines;
    }

    private static void addIfNotBlank(List<Line> lines, String text, int number, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && isBlank(text.charAt(start))) start++;
        while (end > start && isBlank(text.charAt(end - 1))) end--;
        if (start == end) return;
        String collapsed = collapse(text, start, end);
        String norm = collapsed.length() > Line.MAX_MATCHED_CHARS ? "" : Norm.of(collapsed);
        lines.add(new Line(number, start, end, collapsed, norm, countWords(collapsed)));
    }

    static boolean isBlank(char c) {
        return Norm.isSpace(c) || c == '\u200B' || c == '\uFEFF';
    }

    private static String collapse(String text, int start, int end) {
        if (isCollapsed(text, start, end)) return text.substring(start, end);
        StringBuilder out = new StringBuilder(end - start);
        boolean space = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') continue;
            if (Norm.isSpace(c)) {
                space = true;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** True when {@link #collapse} would copy the line unchanged, as it does for most lines: no copy through a builder then. */
    private static boolean isCollapsed(String text, int start, int end) {
        boolean previousSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\uFEFF') return false;
            boolean space = Norm.isSpace(c);
            if (space && (c != ' ' || previousSpace)) return false;
            previousSpace = space;
        }
        return true;
    }

    static int countWords(String s) {
        int words = 0;
        int unspaced = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Norm.isSpace(c)) {
                inToken = false;
                continue;
            }
            if (isUnspaced(c)) {
                unspaced++;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                words++;
                counted = true;
            }
        }
        // Chinese, Japanese and Thai put no spaces between words; a word there is about two
        // characters, so a sentence of them weighs like a sentence anywhere else.
        return words + (unspaced + 1) / 2;
    }

    private static boolean isUnspaced(char c) {
        if (c < '\u0E00') return false;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }
}
