package org.wirewatch.core.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.DateMention;

/** Random mixes of date-like pieces never throw and always give in-order spans that point at their text. */
class RandomTextDatesTest {
    private static final String[] PIECES = {
        "July", "May", "8", "31", "29", "February", "2024", "0000", "9999", "13", "-", "–", ".", ",", ":", "/", " ",
        " ", "\n", "to", "of", "morning", "since", "last", "week", "ago", "three", "будет", "в", "среду", "июля",
        "года", "г", "у", "п'ятницю", "лютого", "року", "тому", "назад", "Wednesday", "tomorrow", "will", "$", "%",
        "1.1т", "17:21", "allí", "\uD83D\uDE00", "'",
    };

    @Test
    void spansAreInOrderAndPointAtTheirText() {
        Random random = new Random(20241113);
        DateExtractor extractor = new DateExtractor();
        String[] langs = {"en", "ru", "uk", null, "xx"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) sb.append(' ');
            }
            String text = sb.toString();
            String lang = langs[round % langs.length];
            List<DateMention> found = extractor.extract(text, lang, round % 2 == 0 ? "2024-02-29" : null);
            int last = 0;
            for (DateMention m : found) {
                assertTrue(m.start() >= last && m.start() < m.end() && m.end() <= text.length(), text);
                assertEquals(text.substring(m.start(), m.end()), m.text());
                last = m.end();
            }
            extractor.inferPublished(text, lang);
        }
    }
}
