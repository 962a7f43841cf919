package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;

/**
 * A made-up article with hand-written gold events and predictions, one for each judgement of the
 * events metric (evaldata README, "Score"): right, don't-care, wrong, found, missed, out of
 * scope, and the argument rules (entity mentions stand for the argument, a pre-modifier does not,
 * arg2 counts as target only in the arg1+arg2 variant).
 */
class EventEvaluationTest {
    private static final double EPS = 1e-9;
    private static final String TEXT = "Orland Motors praised Vexa Corp\n"
            + "May 2, 2011\n"
            + "The Norvian carmaker Orland Motors today praised Vexa Corp for its engines.\n"
            + "Later, Orland said it met Vexa in Tarn.\n"
            + "Vexa Corp announced new engines.\n"
            + "A storm killed two people in Tarn.";
    private static final int ANNOTATED_END = TEXT.indexOf("\nA storm");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static int at(String surface, int occurrence) {
        int i = -1;
        for (int n = 0; n <= occurrence; n++) i = TEXT.indexOf(surface, i + 1);
        return i;
    }

    private static ObjectNode span(String surface, int occurrence) {
        int start = at(surface, occurrence);
        return JSON.createObjectNode().put("start", start).put("end", start + surface.length()).put("text", surface);
    }

    private static ObjectNode line(int number) {
        int start = 0;
        for (int n = 0; n < number; n++) start = TEXT.indexOf('\n', start) + 1;
        int end = TEXT.indexOf('\n', start);
        return JSON.createObjectNode().put("start", start).put("end", end < 0 ? TEXT.length() : end);
    }

    private static ArrayNode args(String surface, int occurrence, String entity) {
        ArrayNode out = JSON.createArrayNode();
        if (surface != null) out.add(span(surface, occurrence).put("entity", entity));
        return out;
    }

    private static ObjectNode event(String trigger, int occurrence, int line, String type, boolean scored, ArrayNode arg0,
                                    ArrayNode arg1, ArrayNode arg2, String time) {
        ObjectNode e = JSON.createObjectNode();
        e.set("trigger", span(trigger, occurrence));
        e.set("sentence", line(line));
        e.put("type", type).put("scored", scored);
        e.set("arg0", arg0);
        e.set("arg1", arg1);
        e.set("arg2", arg2);
        e.set("location", JSON.createArrayNode());
        e.set("time", time == null ? null : JSON.createObjectNode().put("value", time));
        return e;
    }

    private static ObjectNode entity(String id, String type, String syntactic, String surface, int... occurrences) {
        ObjectNode e = JSON.createObjectNode().put("id", id).put("type", type);
        ArrayNode mentions = e.putArray("mentions");
        for (int o : occurrences) mentions.add(span(surface, o).put("syntactic_type", syntactic));
        return e;
    }

    private Path gold() throws Exception {
        ObjectNode doc = JSON.createObjectNode().put("id", "doc-1").put("lang", "en").put("published", "2011-05-02").put("text", TEXT);
        doc.set("annotated", JSON.createObjectNode().put("start", 0).put("end", ANNOTATED_END));
        ArrayNode entities = doc.putArray("entities");
        entities.add(entity("e1", "ORG", "NAM", "Orland Motors", 0, 1));
        entities.add(entity("e2", "ORG", "NAM", "Vexa Corp", 0, 1, 2));
        entities.add(entity("e9", "LOC", "PRE.NAM", "Norvian", 0));
        ArrayNode events = doc.putArray("events");
        // Headline: the praised company is given as Arg2, so it is a target only in the arg1+arg2 variant.
        events.add(event("praised", 0, 0, "PRAISE", true, args("Orland Motors", 0, "e1"), args(null, 0, null),
                args("Vexa Corp", 0, "e2"), "2011-05-02"));
        events.add(event("praised", 1, 2, "PRAISE", true, args("The Norvian carmaker Orland Motors", 0, "e1"),
                args("Vexa Corp", 1, "e2"), args(null, 0, null), "2011-05-02"));
        events.add(event("said", 0, 3, null, false, args("Orland", 2, "e1"), args(null, 0, null), args(null, 0, null), null));
        events.add(event("met", 0, 3, "MEET", false, args("it", 1, "e1"), args("Vexa", 2, "e2"), args(null, 0, null), null));
        events.add(event("announced", 0, 4, "STATEMENT", true, args("Vexa Corp", 2, "e2"), args(null, 0, null),
                args(null, 0, null), null));
        doc.putArray("events_without_participants");
        return Fixtures.write(dir, "events.jsonl", JSON.writeValueAsString(doc));
    }

    private static Mention mention(String surface, int occurrence, String type, String id) {
        int start = at(surface, occurrence);
        return new Mention(start, start + surface.length(), surface, type, id, surface);
    }

    private static Event predicted(String type, String trigger, int occurrence, int line, String actor, String target,
                                   String location, String date) {
        int start = at(trigger, occurrence);
        ObjectNode sentence = line(line);
        return new Event(type, null, start, start + trigger.length(), actor, target, location,
                location == null ? List.of() : List.of(location), null, date, List.of(),
                List.of(new Event.Evidence(sentence.get("start").asInt(), sentence.get("end").asInt())));
    }

    private static Article prediction() {
        return Article.builder("doc-1", TEXT).lang("en").entities(List.of(
                        mention("Orland Motors", 0, "ORG", "ww:orland"),
                        mention("Vexa Corp", 1, "ORG", "ww:vexa"),
                        mention("Norvian", 0, "LOC", "iso:NV"),
                        mention("Tarn", 0, "LOC", "ww:tarn")))
                .events(List.of(
                        predicted("PRAISE", "praised", 0, 0, "ww:orland", "ww:vexa", null, "2011-05-02"),
                        // The actor is named only by the pre-modifier "Norvian": not the gold actor.
                        predicted("PRAISE", "praised", 1, 2, "iso:NV", "ww:vexa", "ww:tarn", "2011-05"),
                        predicted("MEET", "met", 0, 3, null, null, null, null),
                        predicted("STATEMENT", "said", 0, 3, null, null, null, null),
                        predicted("CASUALTIES", "killed", 0, 5, null, null, "ww:tarn", null)))
                .build();
    }

    @Test
    void eachPredictionIsJudgedAsTheMetricSays() throws Exception {
        EventReport report = EventEvaluation.run(gold(), raw -> prediction());

        EventReport.TypeCounts typed = report.typed();
        assertEquals(List.of(), report.errors());
        assertEquals(3, typed.gold(), "scored gold: two praises and the announcement");
        assertEquals(2, typed.found(), "the announcement has no prediction");
        assertEquals(2, typed.right());
        assertEquals(1, typed.dontCare(), "the meeting's gold is typed but not scored");
        assertEquals(1, typed.wrong(), "'said' is no gold STATEMENT");
        assertEquals(2.0 / 3, typed.precision(), EPS);
        assertEquals(2.0 / 3, typed.recall(), EPS);
        assertEquals(1, report.outOfScope(), "the storm lies outside the annotated region");

        EventReport.TypeCounts praise = report.byType().stream().filter(t -> t.type().equals("PRAISE")).findFirst().orElseThrow();
        assertEquals(List.of(2, 2, 2, 0), List.of(praise.gold(), praise.found(), praise.right(), praise.wrong()));

        assertEquals(new EventReport.Untyped(4, 4, 5, 4), report.untyped());

        EventReport.Arguments args = report.arguments();
        assertEquals(new EventReport.Judged(2, 1), args.actor(), "the pre-modifier 'Norvian' is not the actor");
        assertEquals(new EventReport.Judged(2, 2), args.target(), "another mention of the gold entity stands for it");
        assertEquals(new EventReport.Judged(2, 1), args.targetArg1(), "the headline's Arg2 is no Arg1");
        assertEquals(new EventReport.Judged(1, 0), args.location(), "the gold praise has no place");
        assertEquals(new EventReport.Judged(2, 1), args.date(), "a month is not the day");

        assertEquals(1, report.wrong().size());
        assertTrue(report.wrong().get(0).contains("STATEMENT  \"said\""), report.wrong().toString());
        assertEquals(1, report.missed().size());
        assertTrue(report.missed().get(0).contains("\"announced\""), report.missed().toString());
        assertTrue(report.toText().contains("missed gold events (1)"), report.toText());
    }

    @Test
    void aRecordWithAnotherTextPredictsNothingAndIsCounted() throws Exception {
        EventReport report = EventEvaluation.run(gold(), raw -> Article.builder("doc-1", TEXT + " ").events(prediction().events()).build());

        assertEquals(1, report.textMismatches());
        assertEquals(0, report.typed().right() + report.typed().wrong() + report.typed().dontCare());
        assertEquals(3, report.missed().size());
    }

    @Test
    void aPredictionIsCompatibleByTriggerOrBySentence() throws Exception {
        GoldEvent gold = new GoldEvent("1", new TextSpan(50, 57), "praised", new TextSpan(44, 120), "PRAISE", true, true,
                List.of(), List.of(), List.of(), List.of(), null);
        assertTrue(EventScorer.compatible(event(52, 53, 200, 210), gold), "trigger overlap");
        assertTrue(EventScorer.compatible(event(100, 104, 200, 210), gold), "trigger starts in the gold sentence");
        assertTrue(EventScorer.compatible(event(300, 304, 40, 60), gold), "evidence holds the gold trigger");
        assertFalse(EventScorer.compatible(event(130, 134, 125, 160), gold), "another sentence");
    }

    private static Event event(int start, int end, int evidenceStart, int evidenceEnd) {
        return new Event("PRAISE", null, start, end, null, null, null, List.of(), null, null, List.of(),
                List.of(new Event.Evidence(evidenceStart, evidenceEnd)));
    }
}
