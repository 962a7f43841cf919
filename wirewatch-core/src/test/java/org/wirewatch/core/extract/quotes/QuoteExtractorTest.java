package org.wirewatch.core.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Quote;

/** Each attribution pattern on invented text, in English, Russian and Ukrainian. */
class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(Fixture f, String lang) {
        List<Quote> quotes = extractor.extract(f.text, lang, f.mentions);
        for (Quote q : quotes) {
            assertEquals(q.text(), f.text.substring(q.start(), q.end()), "text is the span");
            if (q.speaker() != null) assertTrue(q.speaker().end() <= f.text.length());
        }
        return quotes;
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().id();
    }

    @Test void curlyQuoteWithNameAndVerbAfter() {
        Fixture f = new Fixture("The minister arrived late.\n\n“We will rebuild the bridge by May,” Halvorsen emphasized.")
                .per("Halvorsen", "Q-halvorsen");
        List<Quote> q = quotes(f, "en");
        assertEquals(1, q.size());
        assertEquals("We will rebuild the bridge by May,", q.get(0).text());
        assertTrue(q.get(0).direct());
        assertEquals("emphasized", q.get(0).cue());
        assertEquals("Q-halvorsen", speaker(q.get(0)));
        assertEquals(f.text.indexOf("Halvorsen"), q.get(0).speaker().start());
    }

    @Test void splitQuoteKeepsSpeakerAndPronounResolves() {
        Fixture f = new Fixture("Mayor Ilse Varga spoke on Monday. \"The water is safe,\" she said. \"Drink it.\"\n\n"
                + "\"We tested it twice,\" she added.").per("Ilse Varga", "Q-varga");
        List<Quote> q = quotes(f, "en");
        assertEquals(3, q.size());
        assertEquals("Drink it.", q.get(1).text());
        for (Quote quote : q) assertEquals("Q-varga", speaker(quote));
        assertEquals("said", q.get(1).cue());
        assertEquals("she", f.text.substring(q.get(2).speaker().start(), q.get(2).speaker().end()));
    }

    @Test void quoteOverParagraphsAndSingleMarks() {
        Fixture f = new Fixture("“First we rebuild the school.\n\n“Then we rebuild the clinic,” Okafor told reporters. "
                + "Later, ‘no delays,’ Okafor wrote.").per("Okafor", "Q-okafor");
        List<Quote> q = quotes(f, "en");
        assertEquals(2, q.size());
        assertTrue(q.get(0).text().startsWith("First we rebuild") && q.get(0).text().endsWith("clinic,"));
        assertEquals("told", q.get(0).cue());
        assertEquals("no delays,", q.get(1).text());
        assertEquals("Q-okafor", speaker(q.get(1)));
    }

    @Test void officeResolvesToThePersonWhoHoldsIt() {
        Fixture f = new Fixture("Harbour Authority Director Lena Moss visited the port.\n\n"
                + "\"The cranes are back,\" added the Harbour Authority Director.").per("Lena Moss", "Q-moss");
        Quote q = quotes(f, "en").get(0);
        assertEquals("added", q.cue());
        assertEquals("Q-moss", speaker(q));
    }

    @Test void accordingToAndReportedSpeech() {
        Fixture f = new Fixture("Prices will rise again, according to Dobrev. Dobrev also said that the plant will reopen in June.")
                .per("Dobrev", "Q-dobrev");
        List<Quote> q = quotes(f, "en");
        assertEquals(1, q.size(), "\"according to\" without quote marks is not a quote");
        assertFalse(q.get(0).direct());
        assertEquals("the plant will reopen in June", q.get(0).text());
        assertEquals("Q-dobrev", speaker(q.get(0)));
        Fixture g = new Fixture("“Prices will rise,” according to Dobrev.").per("Dobrev", "Q-dobrev");
        Quote a = quotes(g, "en").get(0);
        assertEquals("according to Dobrev", a.cue());
        assertEquals("Q-dobrev", speaker(a));
    }

    @Test void channelPostWithoutOwnerHasNoSpeaker() {
        Fixture f = new Fixture("Kestrel Bank opened today. \"Shelters are open,\" the Telegram post said.")
                .org("Kestrel Bank", "Q-kestrel").org("Telegram", "Q-telegram");
        Quote q = quotes(f, "en").get(0);
        assertEquals("said", q.cue());
        assertNull(q.speaker(), "never a guess");
    }

    @Test void channelPostBelongsToTheOwnerTheTextNames() {
        Fixture f = new Fixture("Mayor Ilse Varga wrote on her Telegram channel on Monday.\n\n\"Shelters are open,\" the Telegram post said.")
                .per("Ilse Varga", "Q-varga").org("Telegram", "Q-telegram");
        Quote q = quotes(f, "en").get(0);
        assertEquals("Q-varga", speaker(q));
        assertEquals("her", f.text.substring(q.speaker().start(), q.speaker().end()));
        Fixture g = new Fixture("«Укрытия открыты», - говорится в телеграм-канале Ильи Орлова.")
                .per("Ильи Орлова", "Q-orlov");
        assertEquals(1, quotes(g, "ru").size());
    }

    @Test void scareQuotesWithoutCueAreNotQuotes() {
        Fixture f = new Fixture("The so-called “green corridor” opened. Prices fell.");
        assertTrue(quotes(f, "en").isEmpty());
    }

    @Test void russianGuillemetsAndCues() {
        Fixture f = new Fixture("Министр Павел Орлов приехал в порт.\n\n«Мы откроем мост в мае», - заявил Орлов. "
                + "По его словам, \"работы идут по графику\". Орлов также сообщил, что дорогу отремонтируют к осени.")
                .per("Павел Орлов", "Q-orlov").per("Орлов", "Q-orlov");
        List<Quote> q = quotes(f, "ru");
        assertEquals(3, q.size());
        assertEquals("Мы откроем мост в мае", q.get(0).text());
        assertEquals("заявил", q.get(0).cue());
        assertEquals("По его словам", q.get(1).cue());
        assertEquals("его", f.text.substring(q.get(1).speaker().start(), q.get(1).speaker().end()));
        assertFalse(q.get(2).direct());
        assertEquals("сообщил", q.get(2).cue());
        assertEquals("дорогу отремонтируют к осени", q.get(2).text());
        for (Quote quote : q) assertEquals("Q-orlov", speaker(quote));
    }

    @Test void russianNestedGuillemetsAndInvertedSubject() {
        Fixture f = new Fixture("«Проект «Север» завершён», - сказала Анна Белова.").per("Анна Белова", "Q-belova");
        Quote q = quotes(f, "ru").get(0);
        assertEquals("Проект «Север» завершён", q.text());
        assertEquals("сказала", q.cue());
        assertEquals("Q-belova", speaker(q));
    }

    @Test void ukrainianCuesPronounsAndLowQuotes() {
        Fixture f = new Fixture("Мер Остап Гнатюк відвідав школу.\n\n„Ми добудуємо її до зими“, — сказав він. "
                + "За його словами, «гроші вже є». Гнатюк також заявив, що ремонт триватиме місяць.")
                .per("Остап Гнатюк", "Q-hnatiuk").per("Гнатюк", "Q-hnatiuk");
        List<Quote> q = quotes(f, "uk");
        assertEquals(3, q.size());
        assertEquals("Ми добудуємо її до зими", q.get(0).text());
        assertEquals("сказав", q.get(0).cue());
        assertEquals("він", f.text.substring(q.get(0).speaker().start(), q.get(0).speaker().end()));
        assertEquals("За його словами", q.get(1).cue());
        assertFalse(q.get(2).direct());
        for (Quote quote : q) assertEquals("Q-hnatiuk", speaker(quote));
    }

    @Test void mixedMarksPair() {
        Fixture f = new Fixture("“The dam holds,\" Okafor said. „Water is rising”, Okafor added.").per("Okafor", "Q-okafor");
        List<Quote> q = quotes(f, "en");
        assertEquals(List.of("The dam holds,", "Water is rising"), q.stream().map(Quote::text).toList());
        assertEquals("added", q.get(1).cue());
    }

    @Test void sharedAcrossThreads() throws Exception {
        Fixture f = new Fixture("\"We will rebuild,\" Halvorsen said. Halvorsen also said that the road will open.")
                .per("Halvorsen", "Q-halvorsen");
        List<Quote> expected = quotes(f, "en");
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) if (!expected.equals(extractor.extract(f.text, "en", f.mentions))) wrong.incrementAndGet();
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        assertEquals(0, wrong.get());
        assertEquals(2, expected.size());
    }

    @Test void pronounWithNoOneBeforeIsNull() {
        Fixture f = new Fixture("\"It is over,\" he said.");
        Quote q = quotes(f, "en").get(0);
        assertNull(q.speaker());
    }

    @Test void emptyAndMarkOnlyTexts() {
        assertTrue(extractor.extract("", "en", List.of()).isEmpty());
        assertTrue(extractor.extract("\"", "xx", List.of()).isEmpty());
        assertTrue(extractor.extract("« »", null, List.of()).isEmpty());
    }
}
