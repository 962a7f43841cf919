package org.wirewatch.core.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.extract.quotes.QuoteGold.direct;
import static org.wirewatch.core.extract.quotes.QuoteGold.reported;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Quotes with speakers on the seeds no rule was written against when this annotation was made:
 * 001 (TURAN, en) and 003 (CNN live blog, en). What is annotated: every direct quote in the body
 * (headlines are not) that the text attributes, whatever the cue ("called", "calling"), and reported
 * speech that follows its speech verb, with or without "that" ("said the talks failed"). Reported
 * speech that comes before its verb without quote marks ("The talks failed, X said") is not, nor a
 * phrase in marks that nobody is said to say ("what Moscow calls a “special operation”"). The
 * speaker is the person (or organisation) who said it, as its entity id, even when the text only
 * names them later; null where the text does not say ("officials said"). A reported clause that
 * holds a direct quote is annotated too when a word of its own comes before the quote ("said Ukraine
 * “is ready…”": both), not when it opens with the quote ("said “Russia has not won”": the direct one). First measured before the
 * changes that followed it: see the report in BENCHMARKS.md.
 */
class UnseenSeedQuotesTest {
    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    static final List<QuoteGold> GOLD_001 = List.of(
            direct("indiscriminate attacks on", "ww:g7"),
            reported("they would continue to provide", "ww:g7"),
            direct("stand firmly with", "ww:g7"),
            reported("they view the latest", "ww:state-department"),
            direct("The Kremlin’s attacks were", "ww:price"),
            direct("we are keeping very", "ww:price"),
            reported("she had seen", "ww:julianne-smith"),
            direct("no shift", "ww:julianne-smith"),
            direct("I see really no", "ww:julianne-smith"),
            direct("an unprecedented amount of", "ww:julianne-smith"),
            direct("But I’d also note", "ww:julianne-smith"),
            direct("And we’re in conversations", "ww:julianne-smith"),
            direct("as soon as it", "ww:kirby"),
            reported("the U.S. was", "ww:kirby"),
            direct("certainly interested in", "ww:kirby"));

    static final List<QuoteGold> GOLD_003 = List.of(
            direct("extraordinary", "ww:blinken").second(),
            direct("We have said from day one", "ww:blinken"),
            reported("support for Ukraine, as well as", "ww:blinken"),
            reported("it is not for Moscow to decide", "ww:stoltenberg"),
            reported("NATO allies and Ukraine will decide", "ww:stoltenberg"),
            direct("when the time is right", "ww:stoltenberg"),
            reported("he expects Ukraine", "ww:stoltenberg"),
            reported("Ukraine “is ready", "ww:zelensky"),
            direct("is ready to be in NATO", "ww:zelensky"),
            direct("NATO’s open door policy", "ww:baerbock"),
            reported("his country is ready", "ww:zelensky"),
            reported("the meeting in Oslo is another", "ww:baerbock"),
            reported("NATO expects to welcome", "ww:baerbock"),
            direct("We will continue to focus", "ww:cleverly"),
            reported("all the bloc’s allies agree", "ww:stoltenberg"),
            direct("Ukraine will become a member of the alliance", "ww:stoltenberg"),
            direct("All allies agree that", "ww:stoltenberg"),
            direct("It’s not for Moscow", "ww:stoltenberg"),
            reported("it is not a party", "ww:nato"),
            reported("NATO’s most important task", "ww:stoltenberg"),
            direct("That’s the reason why", "ww:stoltenberg"),
            reported("he would soon travel", "ww:stoltenberg"),
            direct("My message is that", "ww:stoltenberg"),
            direct("We are developing a coalition", "ww:zelensky"),
            direct("Public statements by the White House", "per:antoniv"),
            reported("the US administration opposes", "ww:kirby"),
            direct("avoid World War III", "ww:kirby"),
            reported("this was likely", "ww:kremlin"),
            direct("civilian and critical infrastructure", "name:staf"),
            reported("the strikes were from", "per:popko"),
            reported("the missiles were not fired", "per:popko"),
            direct("Strictly abide by", "per:popko"),
            direct("And be especially careful", "per:popko"),
            reported("at least 14 people", "ww:klitschko"),
            direct("Emergency services are on site", "ww:gladkov"),
            direct("massive", null),
            reported("he is requesting", "ww:prigozhin"),
            direct("committing a crime during", "ww:prigozhin"),
            direct("Today I sent letters", "ww:prigozhin"),
            direct("These letters will not", "ww:prigozhin"),
            reported("there had been only", "per:qerevati"),
            reported("the Russians were covering", "per:qerevati"),
            direct("They are trying to deploy", "per:qerevati"),
            direct("The rotation process", "per:qerevati"),
            reported("the south-western outskirts", "per:maliar"),
            direct("In fact, the enemy", "per:maliar"),
            reported("Ukrainian troops, for now", "per:maliar"),
            direct("the fight for this direction", "per:maliar"),
            reported("heavy thunderstorms had", "per:sirotuk"),
            direct("enemy artillery is actively", "per:sirotuk"),
            reported("Russian forces tried to", "per:sirotuk"),
            direct("The famous Donbas mud", "per:sirotuk"),
            reported("this was impeding", "per:sirotuk"),
            direct("do not fight like", "per:sirotuk"),
            reported("200 people, including", "ww:gladkov"),
            reported("he spoke with the governors", "ww:gladkov"),
            reported("it will send an estimated", null),
            reported("the newest assistance", "ww:zelensky"),
            direct("extremely important and timely", "ww:zelensky"),
            direct("unflagging American support", "ww:zelensky"),
            direct("from Russian missile and drone terror", "ww:zelensky"),
            direct("We’ve been talking to", "ww:kirby"),
            direct("President Volodymyr Zelensky has a 10-point", "ww:kirby"),
            direct("moves toward peace", "ww:kirby"),
            direct("credible and sustainable", "ww:kirby"),
            direct("not the act of the nation", "ww:kirby"),
            direct("you’ve got to work", "ww:kirby"),
            direct("But where and when", "ww:kirby"),
            direct("He has to be ready", "ww:kirby"),
            reported("Putin “has shown", "ww:kirby"),
            direct("has shown absolutely zero", "ww:kirby"),
            direct("great academic question", "ww:kirby"),
            direct("legitimate", "per:hebestrit").second(),
            direct("The air defense worked", "per:hebestrit"),
            reported("Ukraine has the right", "ww:cleverly"),
            direct("project force", "ww:cleverly"),
            direct("Legitimate military targets", "ww:cleverly"),
            reported("the Biden administration has “been", "ww:kirby"),
            direct("been clear, privately", "ww:kirby"),
            direct("tangible and credible", "ww:macron"),
            direct("is today protecting Europe", "ww:macron"),
            direct("We have to build something", "ww:macron"),
            reported("Ukraine must be helped", "ww:macron"),   // added after the first run showed the gold had missed it
            direct("all means", "ww:macron"));

    private static QuoteGold.Score score(String prefix, List<QuoteGold> gold) {
        SeedQuotes seed = SeedQuotes.load(prefix, "en");
        return QuoteGold.score(prefix, seed.text(), EXTRACTOR.extract(seed.text(), seed.lang(), seed.mentions()), gold);
    }

    @Test void precisionAndRecallWithSpeakerOnUnseenSeeds() {
        QuoteGold.Score s001 = score("001", GOLD_001);
        QuoteGold.Score s003 = score("003", GOLD_003);
        System.out.println(s001.line("001"));
        System.out.println(s003.line("003"));
        QuoteGold.Score all = s001.plus(s003);
        System.out.println(all.line("unseen 001+003"));
        assertTrue(all.f1() >= 0.90, all.line("unseen"));   // 0.70 before the reported-speech rules, 0.93 after
    }
}
