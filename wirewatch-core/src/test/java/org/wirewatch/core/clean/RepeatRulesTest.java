package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Short repeated lines: the body's own said twice keep one copy; furniture repeated goes. */
class RepeatRulesTest {
    private static final String P1 = "The new ferry line between the two harbours opened on Monday, and the first"
            + " boats left on time despite a strong wind from the west.";
    private static final String P2 = "Tickets can be bought at the quay or on board, and the operator says prices"
            + " will stay the same until the end of the summer season.";
    private static final String P3 = "Local shops near both terminals expect more visitors, and the town council"
            + " has promised more parking spaces by the autumn.";

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void aSubheadingListedInAContentsBoxKeepsItsFirstCopy() {
        String heading = "Where can you buy tickets?";
        String text = cleaner.clean(String.join("\n\n", "Ferry line opens between the harbours", P1,
                heading, P2, heading, P3)).text();

        assertEquals(1, count(text, heading), text);
        assertTrue(text.indexOf(heading) < text.indexOf(P2), text);
    }

    @Test
    void aLineRepeatedUnderEveryStepOrAroundTheBodyIsDropped() {
        String stepLink = "Show picture";
        String share = "Share this story";
        String text = cleaner.clean(String.join("\n\n", "Ferry line opens between the harbours", share, P1,
                stepLink, P2, stepLink, P3, stepLink, share)).text();

        assertEquals(0, count(text, stepLink), text);
        assertEquals(0, count(text, share), text);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
