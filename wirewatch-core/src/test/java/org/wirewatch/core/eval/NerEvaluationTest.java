package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.eval.Fixtures.article;
import static org.wirewatch.core.eval.Fixtures.mention;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;

class NerEvaluationTest {
    private static final double EPS = 1e-9;
    private static final String EN = "Blinken met Zelensky in Kyiv on Monday.";

    @TempDir
    Path dir;

    private Path gold() throws Exception {
        return Fixtures.write(dir, "ner.jsonl",
                // Blinken 0..7 PER, Zelensky 12..20 PER, Kyiv 24..28 LOC, Monday 32..38 MISC (not scored)
                "{\"id\":\"en1\",\"lang\":\"en\",\"text\":\"" + EN + "\",\"entities\":["
                        + "{\"start\":0,\"end\":7,\"type\":\"PER\"},{\"start\":12,\"end\":20,\"type\":\"PER\"},"
                        + "{\"start\":24,\"end\":28,\"type\":\"LOC\"},{\"start\":32,\"end\":38,\"type\":\"MISC\"}]}",
                "{\"id\":\"broken\",\"text\":",
                // text "НАТО заявило , что Рютте приедет в Киев": НАТО 0..4 ORG, Рютте 19..24 PER, Киев 35..39 LOC
                "{\"id\":\"ru1\",\"lang\":\"ru\",\"tokens\":[\"НАТО\",\"заявило\",\",\",\"что\",\"Рютте\",\"приедет\",\"в\",\"Киев\"],"
                        + "\"ner_tags\":[\"B-ORG\",\"O\",\"O\",\"O\",\"B-PERS\",\"O\",\"O\",\"B-LOC\"]}",
                "{\"id\":\"far\",\"text\":\"Kyiv\",\"entities\":[{\"start\":0,\"end\":40,\"type\":\"LOC\"}]}",
                "");
    }

    /** The fixed predictions a system might make for the two good documents. */
    private static Article predict(RawArticle raw) {
        String t = raw.text();
        List<Mention> m = raw.id().equals("en1")
                ? List.of(mention(t, "Blinken", "PER"),        // right
                          mention(t, "Zelensky", "ORG"),       // right span, wrong type
                          mention(24, 29, "LOC"),              // "Kyiv " — one character too long
                          mention(t, "Monday", "MISC"))        // not scored
                : List.of(mention(t, "НАТО", "ORG"),           // right
                          mention(t, "Рютте", "PERSON"),       // right: PERSON is PER
                          mention(t, "Киев", "LOC"),           // right
                          mention(t, "заявило", "PER"));       // spurious
        return article(raw, m, List.of(), null);
    }

    @Test
    void end_to_end_micro_per_type_and_per_language() throws Exception {
        NerReport r = NerEvaluation.run(gold(), NerEvaluationTest::predict);

        // gold PER 3, ORG 1, LOC 2 = 6; predicted PER 3, ORG 2, LOC 2 = 7; correct PER 2, ORG 1, LOC 1 = 4
        assertEquals(new Scores(6, 7, 4), r.micro());
        assertEquals(4.0 / 7, r.micro().precision(), EPS);
        assertEquals(4.0 / 6, r.micro().recall(), EPS);
        assertEquals(8.0 / 13, r.micro().f1(), EPS);
        assertEquals(Map.of("PER", new Scores(3, 3, 2), "ORG", new Scores(1, 2, 1), "LOC", new Scores(2, 2, 1)), r.byType());
        assertEquals(List.of("PER", "ORG", "LOC"), List.copyOf(r.byType().keySet()));
        assertEquals(Map.of("en", new Scores(3, 3, 1), "ru", new Scores(3, 4, 3)), r.byLang());
        assertEquals(2, r.docs());
    }

    @Test
    void malformed_lines_are_named_counted_and_the_rest_scored() throws Exception {
        Path gold = gold();
        NerReport r = NerEvaluation.run(gold, NerEvaluationTest::predict);
        assertEquals(2, r.skippedLines());
        assertEquals(2, r.errors().size());
        assertTrue(r.errors().get(0).startsWith(gold + ": line 2: malformed JSON"), r.errors().get(0));
        assertTrue(r.errors().get(1).startsWith(gold + ": line 4: entity span [0,40)"), r.errors().get(1));
        assertTrue(r.toText().contains("skipped gold lines: 2"), r.toText());
    }

    @Test
    void no_extractor_is_reported_in_words() throws Exception {
        NerReport r = NerEvaluation.run(gold(), raw -> article(raw, List.of(), List.of(), null));
        assertEquals(new Scores(6, 0, 0), r.micro());
        assertTrue(r.toText().contains("predicted 0 mentions (no extractor produced entities)"), r.toText());
    }

    @Test
    void a_failing_document_still_counts_its_gold() throws Exception {
        NerReport r = NerEvaluation.run(gold(), raw -> {
            if (raw.id().equals("ru1")) throw new IllegalStateException("tagger crashed");
            return predict(raw);
        });
        assertEquals(new Scores(6, 3, 1), r.micro());   // only en1's predictions; ru1's three gold mentions missed
        assertEquals(1, r.failedDocs());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("line 3: analysis failed") && e.contains("tagger crashed")));
    }

    @Test
    void cleaned_text_is_flagged_because_offsets_no_longer_line_up() throws Exception {
        NerReport r = NerEvaluation.run(gold(), raw -> {
            Article a = predict(raw);
            // A cleaning stage that collapsed or trimmed whitespace: same entities, different text.
            return Article.builder(a.id(), " " + raw.text()).lang(a.lang()).entities(a.entities()).build();
        });
        assertEquals(2, r.textMismatches());
        assertTrue(r.toText().contains("2 documents came back with text different from the gold text"), r.toText());
    }

    @Test
    void gold_article_carries_lang_title_and_line_provenance() throws Exception {
        Path gold = Fixtures.write(dir, "one.jsonl",
                "{\"id\":\"x\",\"lang\":\"uk\",\"title\":\"Заголовок\",\"text\":\"Київ\",\"entities\":[]}");
        RawArticle[] seen = new RawArticle[1];
        NerEvaluation.run(gold, raw -> {
            seen[0] = raw;
            return article(raw, List.of(), List.of(), null);
        });
        assertEquals("uk", seen[0].lang());
        assertEquals("Заголовок", seen[0].title());
        assertEquals("line 1", seen[0].origin().position());
        assertTrue(seen[0].markup());
    }

    @Test
    void json_form_serialises_with_counts_and_ratios() throws Exception {
        NerReport r = NerEvaluation.run(gold(), NerEvaluationTest::predict);
        String json = new ObjectMapper().writeValueAsString(r.toJson());
        assertTrue(json.contains("\"micro\":{\"gold\":6,\"predicted\":7,\"correct\":4,"), json);
        assertTrue(json.contains("\"skipped_lines\":2"), json);
    }
}
