package org.wirewatch.core.extract.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.output.ArticleJson;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.pipeline.Pipeline;
import org.wirewatch.core.pipeline.PipelineSettings;

/** Events in the article record's JSON: snake_case keys, and read back as written (the index stores records so). */
class EventJsonTest {

    @Test
    void eventsAreWrittenInSnakeCaseAndReadBackEqual() throws Exception {
        RawArticle raw = RawArticle.ofText("fixture", "Russia launched a missile strike on Odesa, firing 12 missiles, according to Oleh Kiper.",
                SourceRef.of("fixture.txt"));
        raw = new RawArticle(raw.id(), raw.text(), raw.title(), raw.url(), "en", "2025-03-14", raw.source(), raw.authors(),
                raw.origin(), raw.markup(), raw.issues());
        Article article = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages())).analyze(raw);
        assertFalse(article.events().isEmpty());
        ArticleJson json = new ArticleJson();
        String line = json.toLine(article);
        JsonNode event = json.mapper().readTree(line).get("events").get(0);
        for (String key : new String[] {"type", "cameo", "actor", "target", "location", "locations", "source", "date", "amounts", "evidence"}) {
            assertTrue(event.has(key), key + " in " + event);
        }
        assertEquals(article.events(), json.mapper().readValue(line, Article.class).events());
    }
}
