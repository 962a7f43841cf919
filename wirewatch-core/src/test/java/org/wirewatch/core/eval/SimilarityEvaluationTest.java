package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarityEvaluationTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private static String pair(String id, String langA, String langB, String overallKey, double overall) {
        return "{\"pair_id\":\"" + id + "\",\"a\":{\"id\":\"" + id + "a\",\"lang\":\"" + langA + "\",\"text\":\"text a " + id + "\"},"
                + "\"b\":{\"id\":\"" + id + "b\",\"lang\":\"" + langB + "\",\"text\":\"text b " + id + "\"},\""
                + overallKey + "\":" + overall + "}";
    }

    private Path gold() throws Exception {
        return Fixtures.write(dir, "sim.jsonl",
                pair("p1", "en", "en", "overall", 1),
                pair("p2", "en", "en", "overall", 2),
                pair("p3", "en", "ru", "score", 3),
                pair("p4", "en", "ru", "overall", 4),
                pair("p5", "uk", "ru", "overall", 2.5),
                pair("p6", "en", "en", "overall", 5));          // off the 1..4 scale: skipped
    }

    private static final Map<String, Double> PREDICTED = Map.of("p1a", 0.9, "p2a", 0.8, "p3a", 0.3, "p4a", 0.1);

    private static OptionalDouble predict(org.wirewatch.core.model.RawArticle a, org.wirewatch.core.model.RawArticle b) {
        Double s = PREDICTED.get(a.id());
        return s == null ? OptionalDouble.empty() : OptionalDouble.of(s);   // p5: the scorer abstains
    }

    @Test
    void pearson_and_spearman_against_negated_overall() throws Exception {
        SimilarityReport r = SimilarityEvaluation.run(gold(), SimilarityEvaluationTest::predict);
        // x = 0.9, 0.8, 0.3, 0.1; y = -1, -2, -3, -4. Σdxdy = 1.45, Σdx² = 0.4475, Σdy² = 5
        assertEquals(1.45 / Math.sqrt(0.4475 * 5), r.pearson().value().getAsDouble(), EPS);
        assertEquals(1, r.spearman().value().getAsDouble(), EPS);     // same order on both sides
        assertEquals(5, r.pairs());
        assertEquals(4, r.scored());
        assertEquals(1, r.skippedLines());
        assertTrue(r.errors().get(0).contains("line 6: \"overall\" must be between 1 and 4"), r.errors().get(0));
        assertTrue(r.toText().contains("scored 4 of 5 pairs"), r.toText());
    }

    @Test
    void a_scorer_that_agrees_with_the_gold_correlates_positively() throws Exception {
        // similarity = (4 - overall)/3 is an exact affine image of the negated gold
        Map<String, Double> overall = Map.of("p1a", 1.0, "p2a", 2.0, "p3a", 3.0, "p4a", 4.0, "p5a", 2.5);
        SimilarityReport r = SimilarityEvaluation.run(gold(), (a, b) -> OptionalDouble.of((4 - overall.get(a.id())) / 3));
        assertEquals(1, r.pearson().value().getAsDouble(), EPS);
    }

    @Test
    void per_language_pair_lists_every_pair_in_the_gold() throws Exception {
        SimilarityReport r = SimilarityEvaluation.run(gold(), SimilarityEvaluationTest::predict);
        assertEquals(1, r.byLangPair().get("en-en").value().getAsDouble(), EPS);   // two points always fit a line
        assertEquals(2, r.byLangPair().get("en-en").n());
        assertEquals(1, r.byLangPair().get("en-ru").value().getAsDouble(), EPS);
        assertFalse(r.byLangPair().get("uk-ru").isDefined());                      // its only pair was not scored
        assertEquals(0, r.byLangPair().get("uk-ru").n());
    }

    @Test
    void constant_predictions_are_undefined_not_zero() throws Exception {
        SimilarityReport r = SimilarityEvaluation.run(gold(), (a, b) -> OptionalDouble.of(0.5));
        assertFalse(r.pearson().isDefined());
        assertTrue(r.toText().contains("pearson   undefined (predicted scores are constant)"), r.toText());
        String json = new ObjectMapper().writeValueAsString(r.toJson());
        assertTrue(json.contains("\"pearson\":{\"value\":null,\"n\":5,\"undefined\":\"predicted scores are constant\"}"), json);
    }

    @Test
    void out_of_range_and_failing_scores_are_left_out_and_counted() throws Exception {
        SimilarityReport r = SimilarityEvaluation.run(gold(), (a, b) -> {
            if (a.id().equals("p1a")) return OptionalDouble.of(1.7);
            if (a.id().equals("p2a")) throw new IllegalStateException("model not loaded");
            return OptionalDouble.of(0.2);
        });
        assertEquals(2, r.failedPairs());
        assertEquals(3, r.scored());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("scorer gave 1.7 for pair p1")));
    }

    @Test
    void without_a_scorer_the_report_says_so() throws Exception {
        SimilarityReport r = SimilarityEvaluation.withoutScorer(gold());
        assertFalse(r.scorerAvailable());
        assertEquals(5, r.pairs());
        assertFalse(r.pearson().isDefined());
        assertTrue(r.toText().contains("no similarity scorer available yet: read 5 gold pairs, scored none"), r.toText());
        assertEquals(1, r.skippedLines());
    }
}
