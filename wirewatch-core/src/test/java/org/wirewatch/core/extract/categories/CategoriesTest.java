package org.wirewatch.core.extract.categories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.eval.CategoryEvaluation;
import org.wirewatch.core.eval.CategoryReport;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Category;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** Categories through the real pipeline: lemma matching, guards, user files, and the project's own gold set. */
class CategoriesTest {
    private static final Set<String> LANGS = Set.of("en", "ru", "uk");

    private static Article analyze(Pipeline pipeline, String lang, String text) {
        return pipeline.analyze(new RawArticle("t", text, null, null, lang, null, null, List.of(), SourceRef.of("fixture"), false, List.of()));
    }

    private static Category category(Article a, String id) {
        return a.categories().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void inflected_words_reach_a_category_through_their_lemmas_with_evidence_in_the_text() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(true, LANGS));
        Article a = analyze(pipeline, "uk", "Росія вночі вдарила ракетами по Дніпру. Ракетний удар пошкодив підприємство, а сили ППО збили шість ракет.");
        Category strikes = category(a, "air-strikes");
        assertTrue(strikes != null, "air-strikes expected, got " + a.categories());
        List<String> evidence = strikes.evidence().stream().map(e -> a.text().substring(e.start(), e.end())).toList();
        assertTrue(evidence.contains("ракетами"), evidence.toString());
        assertTrue(evidence.contains("Ракетний удар"), evidence.toString());
        JsonNode json = new ArticleJson().mapper().valueToTree(a);
        assertEquals("air-strikes", json.get("categories").get(0).get("id").asText());
        assertTrue(json.get("categories").get(0).get("evidence").get(0).has("start"));
    }

    @Test
    void an_unrelated_article_gets_no_category() {
        Pipeline pipeline = new Pipeline(new PipelineSettings(true, LANGS));
        Article a = analyze(pipeline, "en", "Our recipe of the week is a plum cake. Bake it for forty minutes and serve it with cream.");
        assertEquals(List.of(), a.categories());
    }

    @Test
    void a_user_category_with_must_and_not_guards(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bridges.cues"), String.join("\n",
                "[category]", "name: Bridges", "threshold: 2", "[en]", "2: bridge | viaduct", "must: river", "not: card game"));
        Pipeline pipeline = new Pipeline(new PipelineSettings(true, LANGS, org.wirewatch.core.extract.ner.NerMode.RULES,
                org.wirewatch.core.extract.tone.SentimentMode.RULES, dir));
        assertTrue(category(analyze(pipeline, "en", "The old bridges over the river were repaired."), "bridges") != null);
        assertTrue(category(analyze(pipeline, "en", "The bridge was repaired."), "bridges") == null, "must term missing");
        assertTrue(category(analyze(pipeline, "en", "Bridge is a card game; we played it by the river."), "bridges") == null, "not term present");
    }

    @Test
    void a_broken_user_file_fails_naming_file_and_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.cues"), "[category]\nthreshold: 2\n[en]\nheavy: bridge\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CategorySet.load(LanguagePacks.discover(), dir));
        assertTrue(e.getMessage().contains("bad.cues:4"), e.getMessage());
    }

    /** The project's own gold set (docs/categories.md); the figure is reported with `wirewatch eval categories`. */
    @Test
    void the_gold_set_scores_above_a_floor() throws IOException, URISyntaxException {
        Path gold = Path.of(getClass().getResource("/categories/gold.jsonl").toURI());
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LANGS));
        CategoryReport report = CategoryEvaluation.run(gold, pipeline::analyze);
        assertEquals(174, report.articles());
        assertTrue(report.micro().f1() >= 0.75, report.toText());
        assertTrue(report.category("air-strikes").recall() >= 0.95, report.toText());
        assertFalse(report.errors().size() > 0, report.toText());
    }
}
