package org.wirewatch.core.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs: runs of lines separated by blank lines, or, when the text has no
 * blank line, single lines. Spans are exact offsets into the text, trimmed of surrounding
 * whitespace; whitespace-only paragraphs are dropped. Stateless.
 */
final class ParagraphSplitter {
    private ParagraphSplitter() {}

    /** A paragraph's [start, end) in the text. */
    record Span(int start, int end) {}

    static List<Span> split(String text) {
        List<Span> lines = nonBlankLines(text);
        if (!hasBlankLineBetween(text, lines)) return lines;
        List<Span> paragraphs = new ArrayList<>();
        Span open = null;
        for (Span line : lines) {
            if (open != null && blankBetween(text, open.end(), line.start())) {
                paragraphs.add(open);
                open = null;
            }
            open = open == null ? line : new Span(open.start(), line.end());
        }
        if (open != null) paragraphs.add(open);
        return paragraphs;
    }

    private static List<Span> nonBlankLines(String text) {
        List<Span> lines = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (s < e) lines.add(new Span(s, e));
                lineStart = i + 1;
            }
        }
        return lines;
    }

    private static boolean hasBlankLineBetween(String text, List<Span> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (blankBetween(text, lines.get(i - 1).end(), lines.get(i).start())) return true;
        }
        return false;
    }

    /** Whether the whitespace gap between two non-blank lines holds a blank line (two line breaks). */
    private static boolean blankBetween(String text, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n' && ++breaks == 2) return true;
        return false;
    }
}
