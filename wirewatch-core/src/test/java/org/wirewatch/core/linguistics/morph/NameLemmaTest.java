package org.wirewatch.core.linguistics.morph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The base forms of inflected names: what the entity layer groups mentions by. */
class NameLemmaTest {

    @ParameterizedTest(name = "ru {0} → {1}")
    @CsvSource({
            // known to the Russian dictionary, lemma capitalised back
            "Марком, Марк", "Андреем, Андрей", "Дональда, Дональд", "Путину, Путин", "Зеленского, Зеленский",
            "Брюсселе, Брюссель", "Киеве, Киев", "Москвы, Москва", "Нью-Йорке, Нью-Йорк", "Трампа, Трамп",
            // unknown to it, confirmed through the Ukrainian dictionary
            "Блинкена, Блинкен", "Блинкеном, Блинкен", "Сибигой, Сибига", "Сибиги, Сибига", "Байдена, Байден",
            // indeclinable
            "Рютте, Рютте", "Каволи, Каволи", "Лэмми, Лэмми", "НАТО, НАТО",
    })
    void russian_names(String form, String lemma) {
        assertEquals(lemma, Fixtures.ru().nameLemma(form, null));
    }

    @ParameterizedTest(name = "uk {0} → {1}")
    @CsvSource({
            "Києві, Київ", "Блінкена, Блінкен", "Зеленського, Зеленський", "Сибізі, Сибіга", "Сибігою, Сибіга",
            "Харкова, Харків", "Львові, Львів", "Андрієм, Андрій", "Нью-Йорку, Нью-Йорк", "Рютте, Рютте",
            "КИЄВІ, Київ", "НАТО, НАТО", "Каволі, Каволі", "Ламмі, Ламмі",
    })
    void ukrainian_names(String form, String lemma) {
        assertEquals(lemma, Fixtures.uk().nameLemma(form, null));
    }

    @ParameterizedTest(name = "en {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Blinken's | Blinken", "Blinken’s | Blinken", "Ukraine's | Ukraine", "Stoltenberg | Stoltenberg",
            "Reuters | Reuters", "Americans | American", "Rutte | Rutte",
    })
    void english_names(String form, String lemma) {
        assertEquals(lemma, Fixtures.en().nameLemma(form, null));
    }

    @Test
    void the_hint_picks_between_readings() {
        // Києві is the locative of the city and the dative of the legendary founder Кий.
        assertEquals("Київ", Fixtures.uk().nameLemma("Києві", NameClass.PLACE));
        assertEquals("Кий", Fixtures.uk().nameLemma("Києві", NameClass.FIRST_NAME));
        assertEquals("Лев", Fixtures.uk().nameLemma("Львові", NameClass.FIRST_NAME));
    }

    @Test
    void every_form_of_a_name_gives_one_lemma() {
        assertOneLemma(Fixtures.ru(), "Блинкен", "Блинкена", "Блинкену", "Блинкеном", "Блинкене");
        assertOneLemma(Fixtures.ru(), "Сибига", "Сибиги", "Сибиге", "Сибигу", "Сибигой");
        assertOneLemma(Fixtures.ru(), "Зеленский", "Зеленского", "Зеленскому", "Зеленским", "Зеленском");
        assertOneLemma(Fixtures.uk(), "Сибіга", "Сибіги", "Сибізі", "Сибігу", "Сибігою");
        assertOneLemma(Fixtures.uk(), "Київ", "Києва", "Києву", "Києвом", "Києві");
        // A made-up surname neither dictionary can know still comes out one way.
        assertOneLemma(Fixtures.ru(), "Грумбельт", "Грумбельта", "Грумбельту", "Грумбельтом", "Грумбельте");
        assertOneLemma(Fixtures.ru(), "Кваврина", "Квавриной", "Кваврине", "Кваврину", "Квавриной");
        assertOneLemma(Fixtures.uk(), "Грумбельт", "Грумбельта", "Грумбельтові", "Грумбельтом", "Грумбельту");
    }

    @Test
    void unknown_masculine_names_keep_their_nominative() {
        assertEquals("Грумбельт", Fixtures.ru().nameLemma("Грумбельтом", NameClass.SURNAME));
        assertEquals("Грумбельт", Fixtures.uk().nameLemma("Грумбельтові", NameClass.SURNAME));
    }

    @Test
    void words_without_inflection_come_back_unchanged() {
        for (String w : List.of("G7", "Ramstein", "ISW", "x", "")) {
            assertEquals(w, Fixtures.ru().nameLemma(w, null));
            assertEquals(w, Fixtures.uk().nameLemma(w, null));
        }
    }

    private static void assertOneLemma(Morphology morphology, String... forms) {
        Set<String> lemmas = java.util.Arrays.stream(forms).map(f -> morphology.nameLemma(f, null)).collect(Collectors.toSet());
        assertEquals(1, lemmas.size(), morphology.language() + " " + List.of(forms) + " → " + lemmas);
    }
}
