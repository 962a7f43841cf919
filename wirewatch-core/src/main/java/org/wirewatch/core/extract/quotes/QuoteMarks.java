package org.wirewatch.core.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in “…”, "…", «…», „…“, ‘…’ and their mixes. A passage may run over
 * several paragraphs when each new paragraph reopens the quote, as newspapers print it; an
 * opening mark that never closes yields nothing, because guessing where it ends would invent a quote.
 */
final class QuoteMarks {
    /** Longer than any real quote: bounds the search from a stray opening mark. */
    private static final int MAX_LENGTH = 4000;

    private QuoteMarks() {}

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int close = isOpener(text, i) ? closeOf(text, i) : -1;
            if (close > i + 1) {
                spans.add(new QuoteSpan(i, close));
                i = close + 1;
            } else {
                i++;
            }
        }
        return spans;
    }

    private static boolean isOpener(String text, int i) {
        char c = text.charAt(i);
        boolean next = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        return switch (c) {
            case '\u201C', '\u00AB', '\u201E' -> next;
            case '"', '\u2018' -> next && !afterWord;   // a straight or single mark after a letter closes or is an apostrophe
            default -> false;
        };
    }

    private static boolean closes(char opener, String text, int j) {
        char c = text.charAt(j);
        boolean wordAfter = j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
        return switch (opener) {
            case '\u00AB' -> c == '\u00BB';
            case '\u201C', '\u201E' -> c == '\u201D' || c == '\u201C' && opener == '\u201E' || c == '"' && !wordAfter;
            case '"' -> (c == '"' || c == '\u201D') && !wordAfter;
            case '\u2018' -> c == '\u2019' && !wordAfter;
            default -> false;
        };
    }

    /** The closing mark's index, or -1. Guillemets nest («… «…» …»), since Russian nests them. */
    private static int closeOf(String text, int open) {
        char opener = text.charAt(open);
        int depth = 0;
        int limit = Math.min(text.length(), open + MAX_LENGTH);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                int k = j;
                while (k < limit && Character.isWhitespace(text.charAt(k))) k++;
                // a paragraph that reopens the quote continues it; any other paragraph ends the search
                if (k < limit && text.charAt(k) == opener) { j = k; continue; }
                return -1;
            }
            if (opener == '\u00AB' && c == '\u00AB') { depth++; continue; }
            if (closes(opener, text, j)) {
                if (depth == 0) return j;
                depth--;
            }
        }
        return -1;
    }
}
