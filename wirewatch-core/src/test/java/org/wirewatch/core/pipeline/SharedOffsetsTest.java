package org.wirewatch.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.linguistics.text.Token;
import org.wirewatch.core.model.Amount;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.DateMention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;

/** Quotes, dates and amounts read one cut of the text, so their offsets meet on the same characters. */
class SharedOffsetsTest {
    // written for this test
    private static final String TEXT = "Kyiv, 13.11.2024\n\n"
            + "Russia launched a large attack on the capital overnight, officials said.\n\n"
            + "\u201CWe counted 12 drones over the city on Tuesday,\u201D Mayor Vitali Klitschko said.";

    private static final Pipeline PIPELINE = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));

    @Test
    void aDateAndAnAmountInsideAQuoteAreFoundAtTheCharactersTheQuoteCovers() {
        Article article = PIPELINE.analyze(new RawArticle("t", TEXT, null, null, "en", "2024-11-13", null, List.of(), SourceRef.of("t.jsonl"), false, List.of()));
        Quote quote = article.quotes().stream().filter(Quote::direct).findFirst().orElseThrow(() -> new AssertionError(article.quotes()));
        DateMention tuesday = article.dates().stream().filter(d -> d.text().contains("Tuesday")).findFirst().orElseThrow(() -> new AssertionError(article.dates()));
        Amount drones = article.amounts().stream().filter(a -> a.text().startsWith("12")).findFirst().orElseThrow(() -> new AssertionError(article.amounts()));

        assertEquals("We counted 12 drones over the city on Tuesday,", quote.text());
        assertEquals(TEXT.indexOf("Tuesday"), tuesday.start());
        assertEquals(TEXT.indexOf("12 drones"), drones.start());
        assertTrue(quote.start() <= drones.start() && drones.end() <= tuesday.start() && tuesday.end() <= quote.end(),
                "quote " + quote + ", amount " + drones + ", date " + tuesday);
        assertEquals("12", quote.text().substring(drones.start() - quote.start(), drones.start() - quote.start() + 2));
        assertEquals("Tuesday", quote.text().substring(tuesday.start() - quote.start(), tuesday.start() - quote.start() + 7));
    }

    @Test
    void everyQuoteDateAndAmountStartsAndEndsOnATokenOfTheOneAnalysedText() {
        Article article = PIPELINE.analyze(new RawArticle("t", TEXT, null, null, "en", "2024-11-13", null, List.of(), SourceRef.of("t.jsonl"), false, List.of()));
        AnalysedText analysed = AnalysedText.of(article.text(), "en", new TextSplitter());
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Token t : analysed.tokens()) {
            starts.add(t.start());
            ends.add(t.end());
        }
        assertTrue(article.dates().stream().anyMatch(d -> d.text().equals("13.11.2024")), article.dates().toString());
        for (Quote q : article.quotes()) assertTrue(starts.contains(q.start()) && ends.contains(q.end()), q.toString());
        for (DateMention d : article.dates()) assertTrue(starts.contains(d.start()) && ends.contains(d.end()), d.toString());
        for (Amount a : article.amounts()) assertTrue(starts.contains(a.start()) && ends.contains(a.end()), a.toString());
    }
}
