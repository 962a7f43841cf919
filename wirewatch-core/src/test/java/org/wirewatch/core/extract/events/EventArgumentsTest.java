package org.wirewatch.core.extract.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/**
 * Argument precision on event sentences written for Wirewatch ({@code argument-sentences.jsonl}:
 * en, ru, uk, each with the event type and the actor, target, places and source a reader would
 * give, null where the sentence names none). Every argument the extractor gives an event of the
 * sentence's type is right when it is the reader's; a place given as actor or source, a place where
 * the event did not happen, or an argument the sentence does not name is wrong.
 */
class EventArgumentsTest {
    private static final List<Case> CASES = new ArrayList<>();

    record Case(String lang, String text, String type, String actor, String target, List<String> places, String source, Article analysed) {}

    @BeforeAll
    static void analyse() throws IOException {
        Pipeline pipeline = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = EventArgumentsTest.class.getResourceAsStream("argument-sentences.jsonl")) {
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) continue;
                JsonNode c = json.readTree(line);
                RawArticle raw = RawArticle.ofText("sentence-" + (++n), c.get("text").asText(), SourceRef.of("argument-sentences.jsonl"));
                raw = new RawArticle(raw.id(), raw.text(), raw.title(), null, c.get("lang").asText(), "2025-03-14T10:00", null,
                        raw.authors(), raw.origin(), raw.markup(), raw.issues());
                List<String> places = new ArrayList<>();
                c.get("places").forEach(p -> places.add(p.asText()));
                CASES.add(new Case(c.get("lang").asText(), c.get("text").asText(), c.get("type").asText(), text(c, "actor"), text(c, "target"),
                        places, text(c, "source"), pipeline.analyze(raw)));
            }
        }
    }

    private static String text(JsonNode c, String field) {
        return c.get(field).isNull() ? null : c.get(field).asText();
    }

    @Test
    void at_least_a_hundred_sentences_in_three_languages() {
        assertTrue(CASES.size() >= 100, "sentences: " + CASES.size());
        assertTrue(CASES.stream().map(Case::lang).distinct().count() == 3);
    }

    @Test
    void argument_precision_on_the_written_sentences() {
        int given = 0;
        int right = 0;
        int gold = 0;
        int found = 0;
        int events = 0;
        for (Case c : CASES) {
            gold += (c.actor() == null ? 0 : 1) + (c.target() == null ? 0 : 1) + c.places().size() + (c.source() == null ? 0 : 1);
            Event e = c.analysed().events().stream().filter(x -> x.type().equals(c.type())).findFirst().orElse(null);
            if (e == null) continue;
            events++;
            List<String> wrong = new ArrayList<>();
            int[] counts = new int[2];
            check("actor", e.actor(), c.actor(), counts, wrong);
            check("target", e.target(), c.target(), counts, wrong);
            check("source", e.source(), c.source(), counts, wrong);
            for (String place : e.locations()) {
                counts[0]++;
                if (c.places().contains(place)) counts[1]++;
                else wrong.add("place " + place);
            }
            given += counts[0];
            right += counts[1];
            if (!wrong.isEmpty()) System.out.println("event arguments wrong: " + wrong + " in " + c.lang() + " \"" + c.text() + "\"");
        }
        found = right;
        double p = given == 0 ? 0 : (double) right / given;
        double r = gold == 0 ? 0 : (double) found / gold;
        System.out.printf(Locale.ROOT, "event arguments, %d written sentences: events of the gold type %d; argument precision %.3f (%d/%d), recall %.3f (%d/%d)%n",
                CASES.size(), events, p, right, given, r, found, gold);
        assertTrue(p >= 0.90, "argument precision " + p);
    }

    private static void check(String role, String predicted, String gold, int[] counts, List<String> wrong) {
        if (predicted == null) return;
        counts[0]++;
        if (Objects.equals(predicted, gold)) counts[1]++;
        else wrong.add(role + " " + predicted + " (reader: " + gold + ")");
    }
}
