package org.wirewatch.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguageIdentifier;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;
import org.wirewatch.core.model.SourceRef;
import org.wirewatch.core.output.ArticleJson;

/** Places the knowledge base knows carry their point and country in {@code entities}. */
class PlaceMentionsTest {
    private static final Pipeline PIPELINE = new Pipeline(new PipelineSettings(true, LanguageIdentifier.defaultLanguages()));

    private static Article analyze(String lang, String text) {
        return PIPELINE.analyze(new RawArticle("t", text, null, null, lang, "2024-11-13", null, List.of(), SourceRef.of("t.jsonl"), false, List.of()));
    }

    private static Mention mention(Article a, String text) {
        return a.entities().stream().filter(m -> text.equals(m.text())).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + a.entities()));
    }

    @Test
    void knownPlacesGetTheirPointAndCountryInEveryLanguage() {
        Article uk = analyze("uk", "Вночі окупанти обстріляли Харків, повідомив Олег Синєгубов. Вибухи також чули в Польщі.");
        Mention kharkiv = mention(uk, "Харків");
        assertEquals("LOC", kharkiv.type());
        assertEquals(49.99, kharkiv.lat(), 0.05);
        assertEquals(36.23, kharkiv.lon(), 0.05);
        assertEquals("UA", kharkiv.country());
        Article en = analyze("en", "Drones struck Odesa overnight, the governor said, and Poland scrambled jets.");
        Mention odesa = mention(en, "Odesa");
        assertEquals("UA", odesa.country());
        assertTrue(odesa.lat() > 46 && odesa.lat() < 47 && odesa.lon() > 30 && odesa.lon() < 31, odesa.toString());
        Mention poland = mention(en, "Poland");
        assertEquals("PL", poland.country());
    }

    @Test
    void otherMentionsHaveNoPlaceAndTheJsonSaysSo() {
        Article en = analyze("en", "Antony Blinken arrived in Kyiv on Tuesday.");
        Mention blinken = mention(en, "Antony Blinken");
        assertNull(blinken.lat());
        assertNull(blinken.country());
        JsonNode json = new ArticleJson().mapper().valueToTree(en);
        JsonNode kyiv = null;
        for (JsonNode m : json.get("entities")) if (m.get("text").asText().equals("Kyiv")) kyiv = m;
        assertEquals(50.45, kyiv.get("lat").asDouble(), 0.05);
        assertEquals(30.52, kyiv.get("lon").asDouble(), 0.05);
        assertEquals("UA", kyiv.get("country").asText());
        JsonNode person = json.get("entities").get(0);
        assertTrue(person.has("lat") && person.get("lat").isNull(), "nulls are written, as for every unknown field: " + person);
        assertFalse(person.get("country").isTextual());
    }
}
