package org.wirewatch.core.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;

/** Random text made of quote marks, cue words and names never breaks the extractor or its offsets. */
class QuoteRandomTextTest {
    private static final String[] PIECES = {"\"", "“", "”", "«", "»", "„", "‘", "’", "'", " ", " ", " ", "\n", "\n\n",
            ".", ",", " - ", "said", "he", "that", "заявил", "что", "он", "сказав", "що", "він", "according to",
            "по его словам", "Varga", "Орлов", "the", "Director", "Бюро", "and", "ä", "\uD83D\uDE00"};
    private final Locale saved = Locale.getDefault();

    @AfterEach void restore() {
        Locale.setDefault(saved);
    }

    @Test void randomInputKeepsOffsetsValid() {
        Locale.setDefault(Locale.forLanguageTag("tr"));   // lower-casing must not depend on the default locale
        Random random = new Random(20241113);
        QuoteExtractor extractor = new QuoteExtractor();
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) b.append(PIECES[random.nextInt(PIECES.length)]);
            String text = b.toString();
            List<Mention> mentions = new ArrayList<>();
            for (String name : new String[] {"Varga", "Орлов", "Бюро"}) {
                for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
                    mentions.add(new Mention(at, at + name.length(), name, name.equals("Бюро") ? "ORG" : "PER", "id:" + name, name));
            }
            String lang = new String[] {"en", "ru", "uk", "xx", null}[random.nextInt(5)];
            for (Quote q : extractor.extract(text, lang, mentions)) {
                assertTrue(0 <= q.start() && q.start() <= q.end() && q.end() <= text.length(), text);
                assertEquals(text.substring(q.start(), q.end()), q.text());
                if (q.speaker() != null) assertTrue(q.speaker().start() >= 0 && q.speaker().end() <= text.length());
            }
        }
    }

    @Test void upperCaseVerbsMatchUnderTurkishLocale() {
        Locale.setDefault(Locale.forLanguageTag("tr"));
        String text = "\"WE WILL WIN,\" SAID Varga.";
        List<Quote> quotes = new QuoteExtractor().extract(text, "en",
                List.of(new Mention(text.indexOf("Varga"), text.length() - 1, "Varga", "PER", "id:varga", "Varga")));
        assertEquals(1, quotes.size());
        assertEquals("id:varga", quotes.get(0).speaker().id());
    }
}
