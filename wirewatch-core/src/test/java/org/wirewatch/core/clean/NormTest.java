package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormTest {

    @Test
    void isSpaceIsJavaWhitespaceOrAUnicodeSpaceForEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch), Norm.isSpace(ch), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void foldsCaseQuotesSpacesAndEdgeSymbols() {
        assertEquals("поділитися", Norm.of("Поділитися →"));
        assertEquals("read more", Norm.of("  Read\u00A0 more: "));
        assertEquals("don't", Norm.of("«Don’t»"));   // apostrophe folded, edge quotes trimmed
        assertEquals("already folded", Norm.of("already folded"));
        assertEquals("", Norm.of(" → "));
    }
}
