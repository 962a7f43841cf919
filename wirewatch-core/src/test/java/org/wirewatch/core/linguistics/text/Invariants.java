package org.wirewatch.core.linguistics.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** The promises every split keeps, whatever the input: exact offsets, order, full coverage, no line crossed. */
final class Invariants {
    private Invariants() {}

    static void check(String text, int start, int end, List<Sentence> sentences) {
        int previousEnd = start;
        boolean[] covered = new boolean[text.length()];
        for (Sentence s : sentences) {
            assertFalse(s.tokens().isEmpty(), "empty sentence");
            assertTrue(s.start() >= previousEnd, () -> "sentences overlap or go backwards at " + s.start());
            assertEquals(s.tokens().get(0).start(), s.start(), "sentence starts with its first token");
            assertEquals(s.tokens().get(s.tokens().size() - 1).end(), s.end(), "sentence ends with its last token");
            for (int i = s.start(); i < s.end(); i++) {
                if (Chars.isLineBreak(text.charAt(i))) fail("sentence crosses a line break: " + show(s.textIn(text)));
            }
            int tokenEnd = s.start();
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.text(), "token text is the text at its offsets");
                assertTrue(t.start() >= tokenEnd && t.end() > t.start(), () -> "token out of order or empty: " + t);
                for (int i = t.start(); i < t.end(); i++) covered[i] = true;
                tokenEnd = t.end();
            }
            previousEnd = s.end();
        }
        assertTrue(previousEnd <= end, "sentence beyond the requested range");
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!covered[i] && !Chars.isSpace(c) && !Chars.isLineBreak(c) && c != '\u00AD') {
                fail("visible character U+" + Integer.toHexString(c) + " at " + i + " is in no token: " + show(text));
            }
        }
    }

    static String show(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) b.append(c < 32 || (c >= 0xD800 && c < 0xE000) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        return b.toString();
    }
}
