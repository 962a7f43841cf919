package org.wirewatch.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Quote;

/**
 * The seed articles, read in place from ../shared. Gold quotes are stored as the first words of the
 * quoted text and the speaker's entity id, never as article text. Annotated: every direct quote with a
 * cue in the text (partial quotes inside a sentence included) and reported speech opened by
 * "that"/"что"; a speaker is the one the text names, even where the source itself is wrong (004 has
 * "Байден также заявил" for words the English original gives to Blinken).
 */
class SeedQuotesTest {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private record Gold(String prefix, String speaker) {}

    private static final List<Gold> GOLD_000 = List.of(
            new Gold("Russia continues its", "ww:stoltenberg"),
            new Gold("Only today, we have", "ww:stoltenberg"),
            new Gold("The Ramstein format", "ww:stoltenberg"),
            new Gold("And that's clearly", "ww:stoltenberg"));
    private static final List<Gold> GOLD_002 = List.of(
            new Gold("firm response", "ww:blinken"),
            new Gold("Putin is launching a", "ww:yermak"),
            new Gold("massive", "ww:kovalenko"),
            new Gold("significantly", "ww:ukrenergo"),
            new Gold("continue to shore up", "ww:blinken"),
            new Gold("President Biden fully intends", "ww:blinken"),
            new Gold("demands and will get", "ww:blinken"),
            new Gold("Russia has not won", "ww:rutte"),
            new Gold("Obviously we have to", "ww:rutte"));
    /**
     * Annotated after the rules were written against 000, 002 and 004. At first look the extractor scored
     * 8 correct of 10 predicted, 11 gold (P 0.80, R 0.73); the fixes it prompted ("U.S." is no sentence
     * end, "the Ambassador" as an office, "G7 leaders said") mean it is no longer unseen.
     */
    private static final List<Gold> GOLD_001 = List.of(
            new Gold("indiscriminate attacks on", "ww:g7"),
            new Gold("stand firmly with", "ww:g7"),
            new Gold("The Kremlin’s attacks were", "ww:price"),
            new Gold("we are keeping very", "ww:price"),
            new Gold("no shift", "ww:julianne-smith"),
            new Gold("I see really no", "ww:julianne-smith"),
            new Gold("an unprecedented amount of", "ww:julianne-smith"),
            new Gold("But I’d also note", "ww:julianne-smith"),
            new Gold("And we’re in conversations", "ww:julianne-smith"),
            new Gold("as soon as it", "ww:kirby"),
            new Gold("certainly interested in", "ww:kirby"));
    private static final List<Gold> GOLD_004 = List.of(
            new Gold("жесткий ответ", "ww:biden"),
            new Gold("на встрече с Рютте", "ww:blinken"),
            new Gold("продолжит поддерживать все", "ww:blinken"),
            new Gold("Президент Байден намерен", "ww:blinken"),
            new Gold("требует и получит", "ww:blinken"),
            new Gold("Россия не победила", "ww:rutte"),
            new Gold("Очевидно, что нам", "ww:rutte"));

    private static List<Quote> quotes(SeedQuotes seed) {
        List<Quote> quotes = EXTRACTOR.extract(seed.text(), seed.lang(), seed.mentions());
        for (Quote q : quotes) assertEquals(q.text(), seed.text().substring(q.start(), q.end()));
        return quotes;
    }

    private static Quote startingWith(List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + prefix));
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? null : q.speaker().id();
    }

    @Test void stoltenbergIn000() {
        SeedQuotes seed = SeedQuotes.load("000", "en");
        List<Quote> quotes = quotes(seed);
        Quote only = startingWith(quotes, "Only today, we have seen");
        assertEquals("ww:stoltenberg", speaker(only));
        assertTrue(only.direct());
        assertEquals("emphasized", only.cue());
        Quote ramstein = startingWith(quotes, "The Ramstein format");
        assertEquals("ww:stoltenberg", speaker(ramstein));
        assertEquals("added", ramstein.cue());
        assertEquals("the NATO Secretary General",
                seed.text().substring(ramstein.speaker().start(), ramstein.speaker().end()));
    }

    @Test void yermakWritesOnTelegramIn002() {
        Quote q = startingWith(quotes(SeedQuotes.load("002", "en")), "Putin is launching a missile attack");
        assertEquals("ww:yermak", speaker(q));
        assertEquals("wrote", q.cue());
    }

    @Test void kirbysQuotesIn003AreHis() {
        List<Quote> quotes = quotes(SeedQuotes.load("003", "en"));
        for (String prefix : List.of("avoid World War III", "We’ve been talking to the Ukrainians",
                "President Volodymyr Zelensky has a 10-point", "credible and sustainable", "But where and when",
                "He has to be ready", "has shown absolutely zero", "you’ve got to work"))
            assertEquals("ww:kirby", speaker(startingWith(quotes, prefix)), prefix);
    }

    @Test void telegramPostIn003IsZelenskysOnlyBecauseTheTextSaysSo() {
        Quote q = startingWith(quotes(SeedQuotes.load("003", "en")), "We are developing a coalition");
        assertEquals("said", q.cue());
        assertEquals("ww:zelensky", speaker(q), "\"according to his official Telegram account\" names the owner");
    }

    @Test void blinkenSaysIn004() {
        List<Quote> quotes = quotes(SeedQuotes.load("004", "ru"));
        Quote q = startingWith(quotes, "Президент Байден намерен");
        assertEquals("ww:blinken", speaker(q));
        assertEquals("сказал", q.cue());
        Quote reported = startingWith(quotes, "на встрече с Рютте");
        assertFalse(reported.direct());
        assertNotNull(reported.speaker());
    }

    /** Precision and recall with the right speaker over the annotated quotes of 000, 002 and 004. */
    @Test void precisionAndRecallWithSpeaker() {
        int[] total = new int[3];   // correct, predicted, gold
        for (Object[] seed : new Object[][] {{"000", "en", GOLD_000}, {"002", "en", GOLD_002}, {"004", "ru", GOLD_004}}) {
            @SuppressWarnings("unchecked") List<Gold> gold = (List<Gold>) seed[2];
            List<Quote> predicted = new ArrayList<>(quotes(SeedQuotes.load((String) seed[0], (String) seed[1])));
            int predictedCount = predicted.size();
            int correct = 0;
            for (Gold g : gold) {
                Quote match = predicted.stream().filter(q -> q.text().startsWith(g.prefix())).findFirst().orElse(null);
                if (match == null) {
                    System.out.printf(Locale.ROOT, "  %s \"%s…\": missed%n", seed[0], g.prefix());
                    continue;
                }
                predicted.remove(match);
                if (g.speaker().equals(speaker(match))) correct++;
                else System.out.printf(Locale.ROOT, "  %s \"%s…\": speaker %s, expected %s%n", seed[0], g.prefix(), speaker(match), g.speaker());
            }
            System.out.printf(Locale.ROOT, "quotes %s: %d correct of %d predicted, %d gold%n", seed[0], correct,
                    predictedCount, gold.size());
            total[0] += correct;
            total[1] += predictedCount;
            total[2] += gold.size();
        }
        double p = (double) total[0] / total[1];
        double r = (double) total[0] / total[2];
        double f = 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "quotes with speaker: P=%.3f R=%.3f F1=%.3f%n", p, r, f);
        assertTrue(f >= 0.90, "F1 " + f);
    }

    /** The same measure on 001 (see {@link #GOLD_001} for its first-look figure). */
    @Test void precisionAndRecallOnUnseen001() {
        List<Quote> predicted = new ArrayList<>(quotes(SeedQuotes.load("001", "en")));
        int predictedCount = predicted.size();
        int correct = 0;
        for (Gold g : GOLD_001) {
            Quote match = predicted.stream().filter(q -> q.text().startsWith(g.prefix())).findFirst().orElse(null);
            if (match == null) {
                System.out.printf(Locale.ROOT, "  001 \"%s…\": missed%n", g.prefix());
                continue;
            }
            predicted.remove(match);
            if (g.speaker().equals(speaker(match))) correct++;
            else System.out.printf(Locale.ROOT, "  001 \"%s…\": speaker %s, expected %s%n", g.prefix(), speaker(match), g.speaker());
        }
        double p = (double) correct / predictedCount;
        double r = (double) correct / GOLD_001.size();
        System.out.printf(Locale.ROOT, "quotes 001: %d correct of %d predicted, %d gold: P=%.3f R=%.3f F1=%.3f%n",
                correct, predictedCount, GOLD_001.size(), p, r, 2 * p * r / (p + r));
        assertTrue(r >= 0.6, "recall " + r);
    }
}
