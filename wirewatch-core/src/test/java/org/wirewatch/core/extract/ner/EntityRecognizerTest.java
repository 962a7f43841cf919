package org.wirewatch.core.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RoleMention;

/** Written fixtures: what a reader of the output notices — spans, types, one identity per name, offices. */
class EntityRecognizerTest {
    private final EntityRecognizer recognizer = Recognizers.STANDARD;

    @Test
    void spansAreExactAndTypesFollowTheEvidence() {
        String text = "Foreign ministers met in Vienna on Friday. Ukrainian Foreign Minister Andrii Sybiha said the talks "
                + "with the European Union were useful. The Black Sea Grain Council will meet in Istanbul.";
        List<Mention> found = recognizer.recognize(text, "en", "2025-03-14").mentions();

        for (Mention m : found) assertEquals(m.text(), text.substring(m.start(), m.end()));
        assertEquals("LOC", find(found, "Vienna").type());
        assertEquals("PER", find(found, "Andrii Sybiha").type());
        assertEquals("ORG", find(found, "European Union").type());
        assertEquals("ORG", find(found, "Black Sea Grain Council").type(), "a designator word makes an organisation");
        assertEquals("LOC", find(found, "Istanbul").type());
        assertTrue(found.stream().noneMatch(m -> m.text().startsWith("Foreign") || m.text().equals("Friday")), found.toString());
    }

    @Test
    void aSurnameAfterTheFullNameIsTheSamePersonEvenWhenUnknown() {
        String text = "Sergeant Olek Dovbush of the 3rd brigade said the road was mined. Later Dovbush added that "
                + "the mud had stopped all movement.";
        List<Mention> found = recognizer.recognize(text, "en", null).mentions();

        Mention full = find(found, "Olek Dovbush");
        Mention surname = find(found, "Dovbush");
        assertEquals("PER", surname.type());
        assertEquals(full.id(), surname.id());
        assertEquals("Olek Dovbush", surname.name());
    }

    @Test
    void inflectedRussianAndUkrainianNamesMeetTheEnglishIdentity() {
        String en = recognizer.recognize("Antony Blinken met Mark Rutte in Brussels.", "en", null).mentions().stream()
                .filter(m -> m.text().equals("Antony Blinken")).findFirst().orElseThrow().id();
        String ru = find(recognizer.recognize("Госсекретарь встретился с Блинкеном и Рютте в Брюсселе.", "ru", null).mentions(), "Блинкеном").id();
        String uk = find(recognizer.recognize("Зустріч Блінкена з Рютте відбулася в Брюсселі.", "uk", null).mentions(), "Блінкена").id();

        assertEquals(en, ru);
        assertEquals(en, uk);
    }

    @Test
    void titlesGiveOfficesWithTheirOrganisation() {
        String text = "NATO Secretary General Jens Stoltenberg met US Defense Secretary Lloyd Austin.";
        List<RoleMention> roles = recognizer.recognize(text, "en", "2024-07-08").roles();

        RoleMention stoltenberg = roles.stream().filter(r -> r.person().equals("Jens Stoltenberg")).findFirst().orElseThrow();
        assertEquals("secretary_general", stoltenberg.role());
        assertEquals("NATO", stoltenberg.org());
        assertEquals("2024-07-08", stoltenberg.date());
        RoleMention austin = roles.stream().filter(r -> r.person().equals("Lloyd Austin")).findFirst().orElseThrow();
        assertEquals("defense_minister", austin.role());
        assertEquals("United States", austin.org());
    }

    @Test
    void aRussianTitleBelongsToTheNameAfterIt() {
        String text = "На встрече с генеральным секретарем НАТО Марком Рютте в Брюсселе Байден также выступил.";
        Entities found = recognizer.recognize(text, "ru", "2024-11-13");

        assertEquals("PER", find(found.mentions(), "Марком Рютте").type());
        assertEquals("ORG", find(found.mentions(), "НАТО").type());
        assertEquals("LOC", find(found.mentions(), "Брюсселе").type());
        assertEquals(1, found.roles().size(), found.roles().toString());
        assertEquals("Mark Rutte", found.roles().get(0).person());
    }

    @Test
    void bodiesWrittenInSentenceCaseAreWholeOrganisations() {
        String ru = "Вчера Совет национальной безопасности и обороны Украины собрался снова. Министерство обороны России промолчало.";
        List<Mention> inRussian = recognizer.recognize(ru, "ru", null).mentions();
        assertEquals("ORG", find(inRussian, "Совет национальной безопасности и обороны Украины").type());
        assertEquals("ORG", find(inRussian, "Министерство обороны России").type());

        String uk = "Про затримання повідомила Служба безпеки України.";
        assertEquals("ORG", find(recognizer.recognize(uk, "uk", null).mentions(), "Служба безпеки України").type());

        String en = "The Council members met in Kyiv.";
        assertTrue(recognizer.recognize(en, "en", null).mentions().stream().noneMatch(m -> m.text().contains("members")));
    }

    @Test
    void theArticlesSourceIsAnOrganisationWhereverItIsNamed() {
        String text = "OSLO, May 2 (Lakeside Wire) - Crane operators returned to work on Tuesday.";
        ArticleHints hints = new ArticleHints(java.util.Set.of("Lakeside Wire"), java.util.Set.of());

        assertEquals("ORG", find(recognizer.recognize(text, "en", null, hints).mentions(), "Lakeside Wire").type());
    }

    @Test
    void lowerCaseCountryAdjectivesPointAtTheCountry() {
        Mention russian = find(recognizer.recognize("российские войска продвинулись у Покровска.", "ru", null).mentions(), "российские");
        assertEquals("MISC", russian.type());
        assertEquals("Russia", russian.name());
    }

    @Test
    void sentenceOpenersAndHeadlinesInTitleCaseAreNotNames() {
        String text = "Officials Say Talks Went Well\n\nAccording to officials, the meeting ended late.";
        assertTrue(recognizer.recognize(text, "en", null).mentions().isEmpty());
    }

    @Test
    void languagesWithoutCuesGiveNothingRatherThanGuesses() {
        assertEquals(Entities.NONE, recognizer.recognize("Bakı şəhərində görüş keçirildi.", "az", null));
        assertEquals(Entities.NONE, recognizer.recognize("", "en", null));
        assertFalse(recognizer.recognize("Kyiv", "en", null).mentions().isEmpty());
    }

    static Mention find(List<Mention> mentions, String text) {
        Optional<Mention> m = mentions.stream().filter(x -> x.text().equals(text)).findFirst();
        return m.orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }
}
