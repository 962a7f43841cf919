package org.wirewatch.core.quotes;

import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Quote;

class QuoteDebugTest {
    @Test void print() {
        String[][] seeds = {{"000", "en"}, {"002", "en"}, {"003", "en"}, {"004", "ru"}};
        for (String[] s : seeds) {
            SeedQuotes seed = SeedQuotes.load(s[0], s[1]);
            System.out.println("=== " + s[0]);
            for (Quote q : new QuoteExtractor().extract(seed.text(), seed.lang(), seed.mentions()))
                System.out.println((q.direct() ? "D " : "R ") + q.cue() + " | "
                        + (q.speaker() == null ? null : q.speaker().name() + "@" + seed.text().substring(q.speaker().start(), q.speaker().end()))
                        + " | " + q.text().substring(0, Math.min(50, q.text().length())).replace('\n', ' '));
        }
    }
}
