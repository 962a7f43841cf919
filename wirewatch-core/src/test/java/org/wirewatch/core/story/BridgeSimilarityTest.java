package org.wirewatch.core.story;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wirewatch.core.story.Fixtures.ELECTION;
import static org.wirewatch.core.story.Fixtures.FLOOD;
import static org.wirewatch.core.story.Fixtures.FLOOD_RU;
import static org.wirewatch.core.story.Fixtures.STRIKE;

/**
 * Articles with no entity ids at all (the recogniser found nothing it could link): a translation
 * still meets its original through the word bridge, cognate keys and numbers, and a language
 * without a pack still gets a score that tells one event from another.
 */
class BridgeSimilarityTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();

    private static final String FIRE_ES = "Incendio en el puerto de Valdora\n\n"
            + "Un incendio destruyó tres almacenes en el puerto de Valdora el martes por la noche. Los bomberos "
            + "trabajaron durante seis horas para controlar las llamas y evacuaron a 85 vecinos de las calles cercanas.";
    private static final String FIRE_ES_OTHER = "Valdora: los bomberos controlan el incendio del puerto\n\n"
            + "Los bomberos de Valdora controlaron el incendio que destruyó tres almacenes del puerto. Los 85 vecinos "
            + "evacuados volvieron a sus casas y la policía investiga las causas del incendio.";
    private static final String MARKET_ES = "Nuevo mercado en Valdora\n\n"
            + "El ayuntamiento de Valdora abrió un mercado de frutas y verduras con cuarenta puestos. Los agricultores "
            + "de la comarca venderán sus productos cada sábado por la mañana.";

    private static Article bare(String id, String lang, String text) {
        return Article.builder(id, text).lang(lang).title(text.substring(0, text.indexOf('\n'))).source("fixture")
                .published("2026-03-03T09:00").build();
    }

    private static double score(List<Article> all, Article a, Article b) {
        ArticleSimilarity similarity = new ArticleSimilarity(PACKS);
        all.forEach(similarity::count);
        return similarity.score(a, b);
    }

    @Test
    void aTranslationWithoutEntityIdsJoinsItsOriginalAndNothingElse() {
        Article flood = bare("flood", "en", FLOOD), floodRu = bare("flood-ru", "ru", FLOOD_RU);
        Article election = bare("election", "en", ELECTION), strike = bare("strike", "en", STRIKE);
        List<Article> all = List.of(flood, floodRu, election, strike);
        double translation = score(all, flood, floodRu);
        assertTrue(translation >= StorySettings.defaults().join(), "the translation scored " + translation);
        assertTrue(score(all, floodRu, strike) < 0.3, "the strike report scored " + score(all, floodRu, strike));
        Map<String, String> story = new StoryBatch(PACKS, StorySettings.defaults()).assign(all).articles().stream()
                .collect(Collectors.toMap(Article::id, Article::story));
        assertEquals(story.get("flood"), story.get("flood-ru"));
        assertNotEquals(story.get("flood"), story.get("election"));
        assertNotEquals(story.get("flood"), story.get("strike"));
    }

    @Test
    void aLanguageWithoutAPackStillTellsOneEventFromAnother() {
        Article fire = bare("fire", "es", FIRE_ES), fireLater = bare("fire-later", "es", FIRE_ES_OTHER), market = bare("market", "es", MARKET_ES);
        List<Article> all = List.of(fire, fireLater, market);
        double sameEvent = score(all, fire, fireLater), otherEvent = score(all, fire, market);
        assertTrue(sameEvent > otherEvent + 0.2, "same event " + sameEvent + ", other event " + otherEvent);
    }
}
