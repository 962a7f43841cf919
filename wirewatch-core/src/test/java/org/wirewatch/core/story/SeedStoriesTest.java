package org.wirewatch.core.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.Segment;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real seed articles, analysed by the real pipeline: 004 is the Russian version of Reuters' 002. */
class SeedStoriesTest {
    private static final String REUTERS = "002_13705c45efd28435";
    private static final String RUSSIAN = "004_79bbd20387ac76b2";
    private static List<Article> analysed;

    @BeforeAll
    static void analyseSeeds() throws IOException {
        Path seeds = SharedData.require("corpus", "seeds.jsonl");
        Pipeline pipeline = new Pipeline(new PipelineSettings(false, LanguageIdentifier.defaultLanguages()));
        ObjectMapper json = new ObjectMapper();
        analysed = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(seeds)) {
            line++;
            if (l.isBlank()) continue;
            JsonNode n = json.readTree(l);
            analysed.add(pipeline.analyze(RawArticle.ofText(n.get("id").asText(), n.get("text").asText(), new SourceRef(seeds.toString(), "line " + line))));
        }
    }

    @Test
    void theRussianVersionJoinsReutersStoryAsATranslationAndNoOtherSeedDoes() {
        Map<String, Article> placed = new HashMap<>();
        for (Article a : new StoryBatch(LanguagePacks.discover(), StorySettings.defaults()).assign(analysed).articles()) placed.put(a.id(), a);
        String story = placed.get(REUTERS).story();
        assertEquals(story, placed.get(RUSSIAN).story());
        assertEquals(REUTERS, placed.get(RUSSIAN).translationOf());
        assertNull(placed.get(REUTERS).translationOf());
        for (Article a : placed.values()) {
            if (a.id().equals(REUTERS) || a.id().equals(RUSSIAN)) continue;
            assertNotEquals(story, a.story(), a.id() + " must not join the Kyiv attack story");
            for (Segment s : a.segments()) assertNotEquals(story, s.story(), a.id() + " has a post in the Kyiv attack story");
        }
    }

    @Test
    void theTranslationPairIsScoredFarAboveEveryOtherPair() {
        ArticleSimilarity similarity = new ArticleSimilarity(LanguagePacks.discover());
        analysed.forEach(similarity::count);
        Map<String, Article> byId = new HashMap<>();
        analysed.forEach(a -> byId.put(a.id(), a));
        double translation = similarity.score(byId.get(REUTERS), byId.get(RUSSIAN));
        for (Article a : analysed) {
            for (Article b : analysed) {
                if (a == b || (Map.of(REUTERS, RUSSIAN, RUSSIAN, REUTERS).get(a.id()) != null && b.id().equals(Map.of(REUTERS, RUSSIAN, RUSSIAN, REUTERS).get(a.id())))) continue;
                double other = similarity.score(a, b);
                assertTrue(other < translation - 0.2, a.id() + " ~ " + b.id() + " scored " + other + ", the translation " + translation);
                assertEquals(other, similarity.score(b, a), 1e-9, "similarity is symmetric");
            }
        }
    }
}
