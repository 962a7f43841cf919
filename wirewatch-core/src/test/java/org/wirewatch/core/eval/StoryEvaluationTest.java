package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.eval.Fixtures.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;

class StoryEvaluationTest {
    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private Path clusterGold() throws Exception {
        return Fixtures.write(dir, "stories.jsonl",
                "{\"id\":\"a1\",\"lang\":\"en\",\"text\":\"Drones hit the port overnight.\",\"story\":\"S1\"}",
                "{\"id\":\"a2\",\"lang\":\"ru\",\"text\":\"Ночью дроны атаковали порт.\",\"story\":\"S1\"}",
                "{\"id\":\"a3\",\"lang\":\"uk\",\"text\":\"Уряд ухвалив бюджет.\",\"story\":\"S2\"}",
                "{\"id\":\"a4\",\"lang\":\"en\",\"text\":\"The budget passed.\",\"story\":\"S2\"}",
                "{\"id\":\"a5\",\"lang\":\"en\",\"text\":\"A new bridge opened.\",\"story\":\"S3\"}");
    }

    private static final Map<String, String> PREDICTED = Map.of("a1", "x", "a2", "x", "a3", "x", "a5", "y");

    @Test
    void bcubed_on_a_cluster_file() throws Exception {
        StoryReport r = StoryEvaluation.run(clusterGold(), raw -> article(raw, List.of(), List.of(), PREDICTED.get(raw.id())));
        // gold {a1,a2} {a3,a4} {a5}; predicted {a1,a2,a3} {a4} {a5}
        // precision: 2/3, 2/3, 1/3, 1, 1 → 11/15; recall: 1, 1, 1/2, 1/2, 1 → 4/5
        assertEquals(11.0 / 15, r.bcubed().precision(), EPS);
        assertEquals(0.8, r.bcubed().recall(), EPS);
        assertEquals(2 * (11.0 / 15) * 0.8 / (11.0 / 15 + 0.8), r.bcubed().f1(), EPS);
        assertEquals(5, r.articles());
        assertEquals(3, r.goldClusters());
        assertEquals(3, r.predictedClusters());
        assertEquals(1, r.unlinked());
        assertTrue(r.toText().contains("1 articles had no story id and were scored as singletons"), r.toText());
    }

    @Test
    void no_linker_means_all_singletons_and_says_so() throws Exception {
        StoryReport r = StoryEvaluation.run(clusterGold(), raw -> article(raw, List.of(), List.of(), null));
        // recall: 1/2 for the four articles in two-article stories, 1 for a5 → 3/5
        assertEquals(1, r.bcubed().precision(), EPS);
        assertEquals(0.6, r.bcubed().recall(), EPS);
        assertEquals(0.75, r.bcubed().f1(), EPS);
        assertTrue(r.toText().contains("no article received a story id"), r.toText());
    }

    @Test
    void pair_file_is_turned_into_clusters_by_union_find() throws Exception {
        Path gold = Fixtures.write(dir, "pairs.jsonl",
                "{\"pair_id\":\"p1\",\"a\":{\"id\":\"e1\",\"text\":\"Port attacked.\"},\"b\":{\"id\":\"r1\",\"text\":\"Порт атакован.\"},\"same_story\":true}",
                "{\"pair_id\":\"p2\",\"a\":{\"id\":\"r1\",\"text\":\"Порт атакован.\"},\"b\":{\"id\":\"u1\",\"text\":\"Порт атаковано.\"},\"same_story\":true}",
                "{\"pair_id\":\"p3\",\"a\":{\"id\":\"e1\",\"text\":\"Port attacked.\"},\"b\":{\"id\":\"e2\",\"text\":\"Budget passed.\"},\"same_story\":false}",
                "{\"pair_id\":\"p4\",\"a\":{\"id\":\"e2\",\"text\":\"Budget passed.\"},\"b\":{\"id\":\"e3\",\"text\":\"Bridge opened.\"},\"same_story\":\"false\"}",
                "{\"pair_id\":\"p5\",\"a\":{\"id\":\"e4\",\"text\":\"Orphan.\"},\"same_story\":true}");
        List<String> order = new ArrayList<>();
        StoryReport r = StoryEvaluation.run(gold, raw -> {
            order.add(raw.id());
            return article(raw, List.of(), List.of(), "everything");
        });
        // each distinct article analysed once, in order of first appearance
        assertEquals(List.of("e1", "r1", "u1", "e2", "e3"), order);
        // gold {e1,r1,u1} {e2} {e3}; predicted one cluster of 5
        // precision: 3/5 ×3, 1/5 ×2 → 11/25; recall 1
        assertEquals(11.0 / 25, r.bcubed().precision(), EPS);
        assertEquals(1, r.bcubed().recall(), EPS);
        assertEquals(2 * 0.44 / 1.44, r.bcubed().f1(), EPS);
        assertEquals(3, r.goldClusters());
        assertEquals(4, r.pairs());
        assertEquals(1, r.skippedLines());
        assertTrue(r.errors().get(0).contains("line 5: a pair needs both \"a\" and \"b\""), r.errors().get(0));
    }

    @Test
    void contradicting_pairs_are_counted() throws Exception {
        Path gold = Fixtures.write(dir, "contra.jsonl",
                "{\"a\":{\"id\":\"x\",\"text\":\"X\"},\"b\":{\"id\":\"y\",\"text\":\"Y\"},\"same_story\":true}",
                "{\"a\":{\"id\":\"y\",\"text\":\"Y\"},\"b\":{\"id\":\"z\",\"text\":\"Z\"},\"same_story\":1}",
                "{\"a\":{\"id\":\"x\",\"text\":\"X\"},\"b\":{\"id\":\"z\",\"text\":\"Z\"},\"same_story\":false}");
        StoryReport r = StoryEvaluation.run(gold, raw -> article(raw, List.of(), List.of(), "s"));
        assertEquals(1, r.contradictions());
        assertEquals(1, r.goldClusters());
        assertEquals(1, r.bcubed().f1(), EPS);
    }

    @Test
    void batch_results_are_matched_back_by_id() throws Exception {
        StoryReport r = StoryEvaluation.runBatch(clusterGold(), all -> {
            List<Article> out = new ArrayList<>();
            for (RawArticle raw : all) {
                if (!raw.id().equals("a5")) out.add(article(raw, List.of(), List.of(), PREDICTED.get(raw.id())));
            }
            Collections.reverse(out);
            return out;
        });
        // a5 missing from the batch is a singleton: its gold story is a singleton too, so the scores equal the
        // per-article run above
        assertEquals(11.0 / 15, r.bcubed().precision(), EPS);
        assertEquals(0.8, r.bcubed().recall(), EPS);
        assertEquals(1, r.failedDocs());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("1 articles missing from the analysis result")));
    }

    @Test
    void pairwise_scores_count_gold_links_made() throws Exception {
        StoryReport r = StoryEvaluation.run(clusterGold(), raw -> article(raw, List.of(), List.of(), PREDICTED.get(raw.id())));
        // gold pairs a1-a2, a3-a4; predicted pairs a1-a2, a1-a3, a2-a3: one of two gold links made, one of three predicted right
        assertEquals(2, r.pairwise().goldPairs());
        assertEquals(3, r.pairwise().predictedPairs());
        assertEquals(1, r.pairwise().sharedPairs());
        assertEquals(1.0 / 3, r.pairwise().precision(), EPS);
        assertEquals(0.5, r.pairwise().recall(), EPS);
        assertEquals(0.4, r.pairwise().f1(), EPS);
        assertTrue(r.toText().contains("pairwise  precision 0.3333  recall 0.5000  f1 0.4000  (1 of 2 gold pairs linked"), r.toText());
        assertEquals(0.4, (double) r.toJson().get("pairwise_f1"), EPS);
    }

    @Test
    void a_docs_file_and_a_gold_file_are_joined_by_id() throws Exception {
        Path docs = Fixtures.write(dir, "docs.jsonl",
                "{\"id\":\"a5\",\"lang\":\"en\",\"text\":\"A new bridge opened.\"}",
                "{\"id\":\"a1\",\"lang\":\"en\",\"text\":\"Drones hit the port overnight.\"}",
                "{\"id\":\"a2\",\"lang\":\"ru\",\"text\":\"Ночью дроны атаковали порт.\"}",
                "{\"id\":\"a9\",\"lang\":\"en\",\"text\":\"No answer for this one.\"}");
        Path gold = Fixtures.write(dir, "gold.jsonl",
                "{\"id\":\"a1\",\"story\":\"S1\",\"lang\":\"en\"}",
                "{\"id\":\"a2\",\"story\":\"S1\",\"lang\":\"ru\"}",
                "{\"id\":\"a5\",\"story\":\"S3\",\"lang\":\"en\"}",
                "{\"id\":\"a7\",\"story\":\"S4\",\"lang\":\"en\"}");
        List<String> seen = new ArrayList<>();
        StoryReport r = StoryEvaluation.runBatch(gold, docs, all -> {
            all.forEach(a -> seen.add(a.id() + ":" + a.text().length()));
            return all.stream().map(raw -> article(raw, List.of(), List.of(), raw.id().equals("a5") ? "y" : "x")).toList();
        });
        assertEquals(List.of("a5:20", "a1:30", "a2:27"), seen, "the docs' texts, in the docs file's order, without the unanswered one");
        assertEquals(3, r.articles());
        assertEquals(1, r.bcubed().f1(), EPS);
        assertEquals(1, r.pairwise().f1(), EPS);
        assertEquals(2, r.skippedLines());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("docs.jsonl: line 4") && e.contains("\"a9\" has no story")), r.errors().toString());
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("gold.jsonl: line 4") && e.contains("\"a7\" is not in")), r.errors().toString());
    }
}
