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

    /** A letter and its translation that name nobody: everyday words only, as in posts, letters and speeches. */
    private static final String LETTER_EN = "A letter to the school\n\n"
            + "Dear teachers, every morning our children walk to school along a dark street without light. "
            + "Last winter a car almost hit two small boys near the bridge. We ask you to help us: please write to the city "
            + "council and ask for light on the street and a safe crossing before the next winter. Many parents fear for their children, "
            + "and some now drive them to school by car, which makes the street even more dangerous.";
    private static final String LETTER_UK = "Лист до школи\n\n"
            + "Шановні вчителі, кожного ранку наші діти йдуть до школи темною вулицею без світла. "
            + "Минулої зими машина майже вдарила двох маленьких хлопчиків біля мосту. Просимо вас допомогти нам: напишіть, будь ласка, "
            + "до міської ради і попросіть світло на вулиці та безпечний перехід до наступної зими. Багато батьків бояться за своїх дітей, "
            + "і дехто тепер возить їх до школи машиною, тому вулиця стає ще небезпечнішою.";
    private static final String REVIEW_EN = "A review of a cafe\n\n"
            + "We came to the small cafe near the bridge on a cold winter evening. The coffee was good and the cakes were fresh, "
            + "but the music was too loud and we waited a long time for our table. The children liked the hot chocolate. "
            + "Prices are fair, and we will come again in spring when the terrace is open.";

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
    void aTranslationOfATextThatNamesNobodyJoinsItsOriginal() {
        Article letter = bare("letter", "en", LETTER_EN), letterUk = bare("letter-uk", "uk", LETTER_UK);
        Article review = bare("review", "en", REVIEW_EN), flood = bare("flood", "en", FLOOD), strike = bare("strike", "en", STRIKE);
        List<Article> all = List.of(letter, letterUk, review, flood, strike);
        double translation = score(all, letter, letterUk), other = score(all, letterUk, review);
        assertTrue(translation >= StorySettings.defaults().join(), "the translation scored " + translation);
        assertTrue(other < 0.3, "the review scored " + other);
        Map<String, String> story = new StoryBatch(PACKS, StorySettings.defaults()).assign(all).articles().stream()
                .collect(Collectors.toMap(Article::id, Article::story));
        assertEquals(story.get("letter"), story.get("letter-uk"));
        assertNotEquals(story.get("letter"), story.get("review"));
    }

    @Test
    void aLanguageWithoutAPackStillTellsOneEventFromAnother() {
        Article fire = bare("fire", "es", FIRE_ES), fireLater = bare("fire-later", "es", FIRE_ES_OTHER), market = bare("market", "es", MARKET_ES);
        List<Article> all = List.of(fire, fireLater, market);
        double sameEvent = score(all, fire, fireLater), otherEvent = score(all, fire, market);
        assertTrue(sameEvent > otherEvent + 0.2, "same event " + sameEvent + ", other event " + otherEvent);
    }
}
