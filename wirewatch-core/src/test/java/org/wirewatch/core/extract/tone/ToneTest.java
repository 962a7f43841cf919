package org.wirewatch.core.extract.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.model.Tone;
import org.wirewatch.core.model.ToneEvidence;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** Tone and entity sentiment of sentences written for these tests, through the whole pipeline. */
class ToneTest {
    private static final Pipeline PIPELINE = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));

    private static Article analyse(String lang, String text) {
        RawArticle raw = RawArticle.ofText("fixture", text, SourceRef.of("fixture.txt"));
        raw = new RawArticle(raw.id(), raw.text(), raw.title(), raw.url(), lang, null, raw.source(), raw.authors(),
                raw.origin(), raw.markup(), raw.issues());
        return PIPELINE.analyze(raw);
    }

    private static Tone tone(String lang, String text) {
        Tone t = analyse(lang, text).tone();
        assertNotNull(t, text);
        return t;
    }

    @Test
    void not_a_success_reads_negative_and_its_evidence_is_the_whole_phrase() {
        assertTrue(tone("en", "The plan was a success.").tone() > 0);
        Tone negated = tone("en", "The plan was not a success.");
        assertTrue(negated.tone() < 0, negated::toString);
        ToneEvidence e = negated.evidence().get(0);
        assertEquals("not a success", e.text());
        assertEquals("The plan was not a success.".indexOf("not"), e.start());
    }

    @Test
    void what_follows_but_outweighs_what_came_before() {
        assertTrue(tone("en", "The talks were difficult, but the result is excellent.").tone() > 0);
        assertTrue(tone("en", "The result is excellent, but the talks were difficult.").tone() < 0);
    }

    @Test
    void a_bad_thing_lessened_or_ended_is_good_news_unless_negated() {
        assertTrue(tone("en", "The vaccine cuts the risk of infection.").tone() > 0);
        assertTrue(tone("en", "The vaccine did not cut the risk of infection.").tone() < 0);
        assertTrue(tone("en", "The ceasefire halted the violence.").tone() > 0);
    }

    @Test
    void least_negates_except_in_at_least() {
        assertTrue(tone("en", "It was the least successful plan.").tone() < 0);
        assertTrue(tone("en", "It was at least successful.").tone() > 0);
    }

    @Test
    void a_mention_praised_in_one_sentence_and_condemned_in_the_next() {
        Article a = analyse("en", "Ministers praised Poland for its courage and generosity. A week later, critics condemned Poland as a disgrace.");
        List<Mention> poland = a.entities().stream().filter(m -> m.text().equals("Poland")).toList();
        assertEquals(2, poland.size(), a.entities()::toString);
        assertEquals(Mention.Sentiments.POSITIVE, poland.get(0).sentiment());
        assertEquals(Mention.Sentiments.NEGATIVE, poland.get(1).sentiment());
        assertTrue(poland.get(0).sentimentScore() > 0 && poland.get(1).sentimentScore() < 0);
    }

    @Test
    void any_span_gets_how_its_sentence_portrays_it_even_one_the_recogniser_did_not_find() {
        String text = "Critics condemned the minister as a disgrace. The volunteers were praised for their courage and generosity.";
        Article a = analyse("en", text);
        int minister = text.indexOf("the minister"), volunteers = text.indexOf("The volunteers");
        assertTrue(a.entities().stream().noneMatch(m -> m.start() <= minister && m.end() > minister), a.entities()::toString);
        SpanSentiment condemned = PIPELINE.sentiment(a, minister, minister + "the minister".length()).orElseThrow();
        assertEquals(Mention.Sentiments.NEGATIVE, condemned.label(), condemned::toString);
        SpanSentiment praised = PIPELINE.sentiment(a, volunteers, volunteers + "The volunteers".length()).orElseThrow();
        assertEquals(Mention.Sentiments.POSITIVE, praised.label(), praised::toString);
        assertTrue(condemned.score() < 0 && praised.score() > 0);
    }

    @Test
    void every_sentence_has_a_score_over_its_own_characters() {
        String text = "The rescue was a triumph. The flood was a disaster.";
        Tone t = tone("en", text);
        assertEquals(2, t.sentences().size());
        assertTrue(t.sentences().get(0).tone() > 0 && t.sentences().get(1).tone() < 0, t::toString);
        assertEquals(text.indexOf("The flood"), t.sentences().get(1).start());
        assertEquals(10, t.words());
    }

    @Test
    void ukrainian_words_are_found_by_lemma_and_turned_by_negation_and_contrast() {
        Tone plain = tone("uk", "Переговори були успішними.");
        assertTrue(plain.tone() > 0, plain::toString);
        assertEquals("успішними", plain.evidence().get(0).text());
        assertTrue(tone("uk", "Переговори не були успішними.").tone() < 0);
        assertTrue(tone("uk", "Переговори були складними, але результат чудовий.").tone() > 0);
        assertTrue(tone("uk", "Результат чудовий, але переговори були жахливими.").tone() < 0);
    }

    @Test
    void a_russian_translation_finds_the_english_words_at_the_english_valence() {
        Tone en = tone("en", "The plan was a failure.");
        Tone ru = tone("ru", "План оказался провалом.");
        assertEquals("провалом", ru.evidence().get(0).text());
        assertEquals(en.evidence().get(0).valence(), ru.evidence().get(0).valence(), 1e-6, ru::toString);
        assertTrue(tone("ru", "План не был провалом.").tone() > 0);
        assertTrue(tone("ru", "Переговоры были трудными, но итог замечательный.").tone() > 0);
    }

    @Test
    void a_bad_thing_ended_is_good_news_in_russian_and_ukrainian_too() {
        assertTrue(tone("ru", "Перемирие остановило насилие.").tone() > 0);
        assertTrue(tone("uk", "Перемир'я зупинило насильство.").tone() > 0);
        assertTrue(tone("ru", "Насилие продолжается.").tone() < 0);
    }
}
