package org.wirewatch.core.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Quote;

/** Reported speech and speakers the text names indirectly, on invented text in English, Russian and Ukrainian. */
class ReportedSpeechTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> quotes(Fixture f, String lang) {
        List<Quote> quotes = extractor.extract(f.text, lang, f.mentions);
        for (Quote q : quotes) assertEquals(q.text(), f.text.substring(q.start(), q.end()));
        return quotes;
    }

    private static Quote startingWith(List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + prefix + " in " + quotes));
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().id();
    }

    @Test void saidWithoutThatIsReportedSpeech() {
        Fixture f = new Fixture("Halvorsen said the talks failed. Halvorsen told reporters on Friday the port would stay closed.")
                .per("Halvorsen", "Q-halvorsen");
        List<Quote> q = quotes(f, "en");
        assertEquals(2, q.size(), q::toString);
        assertEquals("the talks failed", q.get(0).text());
        assertFalse(q.get(0).direct());
        assertEquals("said", q.get(0).cue());
        assertEquals("the port would stay closed", q.get(1).text());
        for (Quote quote : q) assertEquals("Q-halvorsen", speaker(quote));
    }

    @Test void saidBeforeAPlaceOrAPhraseIsNoReportedSpeech() {
        Fixture f = new Fixture("Halvorsen said in a statement. Halvorsen spoke at the port. Halvorsen said so.")
                .per("Halvorsen", "Q-halvorsen");
        assertTrue(quotes(f, "en").isEmpty());
    }

    @Test void officialsAndAMinistrySpeakOnlyAsWhatTheTextNames() {
        Fixture f = new Fixture("Officials said the bridge would reopen on Monday. The Water Ministry said the supply was safe.")
                .org("Water Ministry", "Q-water-ministry");
        List<Quote> q = quotes(f, "en");
        assertNull(speaker(startingWith(q, "the bridge would reopen")), "no organisation is named: no guess");
        assertEquals("Q-water-ministry", speaker(startingWith(q, "the supply was safe")));
    }

    @Test void accordingToOpensReportedSpeechAndHeAddedResolves() {
        Fixture f = new Fixture("According to Okafor, the dam held overnight. “We will inspect it again,” he added.")
                .per("Okafor", "Q-okafor");
        List<Quote> q = quotes(f, "en");
        Quote reported = startingWith(q, "the dam held");
        assertFalse(reported.direct());
        assertEquals("Q-okafor", speaker(reported));
        assertEquals("Q-okafor", speaker(startingWith(q, "We will inspect")));
    }

    @Test void participleAndRelativePronounShareTheSubject() {
        Fixture f = new Fixture("Ilse Varga said the road was open, adding that buses would run. "
                + "Reporters met Tomas Brandt, who said the clinic would open in May.")
                .per("Ilse Varga", "Q-varga").per("Tomas Brandt", "Q-brandt");
        List<Quote> q = quotes(f, "en");
        assertEquals("the road was open", startingWith(q, "the road").text());
        assertEquals("Q-varga", speaker(startingWith(q, "buses would run")));
        assertEquals("adding", startingWith(q, "buses would run").cue());
        assertEquals("Q-brandt", speaker(startingWith(q, "the clinic would open")));
    }

    @Test void aQuoteInsideReportedSpeechIsItsSpeakers() {
        Fixture f = new Fixture("Varga said the repairs were “urgent and overdue” and the latest sign of “years of neglect.”")
                .per("Varga", "Q-varga");
        List<Quote> q = quotes(f, "en");
        assertEquals("Q-varga", speaker(startingWith(q, "urgent and overdue")));
        assertEquals("Q-varga", speaker(startingWith(q, "years of neglect")));
        assertFalse(startingWith(q, "the repairs were").direct());
    }

    @Test void aParticipleAfterAQuoteDoesNotTakeTheCueOfTheVerbBeforeIt() {
        Fixture f = new Fixture("Varga added that the plan “has failed the city” in every way, calling it a “disgrace.”")
                .per("Varga", "Q-varga");
        List<Quote> q = quotes(f, "en");
        assertEquals("added", startingWith(q, "has failed").cue());
        assertEquals("Q-varga", speaker(startingWith(q, "has failed")));
        assertEquals("calling", startingWith(q, "disgrace").cue());
        assertEquals("Q-varga", speaker(startingWith(q, "disgrace")));
    }

    @Test void aPostIsItsOwnersOnlyWhenTheTextSaysWhose() {
        Fixture owned = new Fixture("Mayor Ilse Varga wrote in a Telegram post on Sunday. “Stay home tonight,” the post said.")
                .per("Ilse Varga", "Q-varga");
        assertEquals("Q-varga", speaker(startingWith(quotes(owned, "en"), "Stay home")));
        Fixture unowned = new Fixture("Sirens sounded again. “Stay home tonight,” the Telegram post said.");
        Quote q = startingWith(quotes(unowned, "en"), "Stay home");
        assertEquals("said", q.cue());
        assertNull(q.speaker());
    }

    @Test void russianRecapAndAccordingToWithoutQuoteMarks() {
        Fixture f = new Fixture("Мост в Заречье откроют в мае.\n\nОб этом заявил министр транспорта Павел Орлов. "
                + "По его словам, работы идут по графику.").per("Павел Орлов", "Q-orlov");
        List<Quote> q = quotes(f, "ru");
        Quote recap = startingWith(q, "Мост в Заречье откроют");
        assertFalse(recap.direct());
        assertEquals("заявил", recap.cue());
        assertEquals("Q-orlov", speaker(recap));
        Quote according = startingWith(q, "работы идут по графику");
        assertEquals("По его словам", according.cue());
        assertEquals("Q-orlov", speaker(according));
    }

    @Test void russianRecapAfterAHeadlineReportsNothing() {
        Fixture f = new Fixture("Мост откроют в мае\nОб этом заявил Павел Орлов.").per("Павел Орлов", "Q-orlov");
        assertTrue(quotes(f, "ru").isEmpty());
    }

    @Test void ukrainianRecapAccordingToAndInvertedPronoun() {
        Fixture f = new Fixture("Школу в Липівці добудують до зими.\n\nПро це заявив мер Остап Гнатюк. "
                + "За його словами, гроші вже є. „Ми почнемо в понеділок“, — сказав він.").per("Остап Гнатюк", "Q-hnatiuk");
        List<Quote> q = quotes(f, "uk");
        assertEquals("Q-hnatiuk", speaker(startingWith(q, "Школу в Липівці")));
        assertEquals("Q-hnatiuk", speaker(startingWith(q, "гроші вже є")));
        Quote direct = startingWith(q, "Ми почнемо");
        assertTrue(direct.direct());
        assertEquals("сказав", direct.cue());
        assertEquals("Q-hnatiuk", speaker(direct));
    }
}
