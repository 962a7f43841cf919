package org.wirewatch.core.linguistics.morph;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.lang.uk.UkrainianMorphology;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dictionary readings: which words are names, of what kind, and which are also ordinary words. */
class ReadingsTest {

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource({
            "uk, Блінкена, SURNAME", "uk, Андрієм, FIRST_NAME", "uk, Степановичем, PATRONYMIC", "uk, Харкова, PLACE",
            "uk, НАТО, ORGANIZATION", "uk, Укренерго, ORGANIZATION", "uk, Авдіївки, PLACE",
            "ru, Андреем, FIRST_NAME", "ru, Зеленского, SURNAME", "ru, Сергеевича, PATRONYMIC",
            // places and organisations the Russian tags do not mark, known through the Ukrainian dictionary
            "ru, Брюсселе, PLACE", "ru, Киеве, PLACE", "ru, Одессе, PLACE", "ru, Европы, PLACE", "ru, НАТО, ORGANIZATION",
            // names the Russian dictionary lacks, borrowed from the Ukrainian one
            "ru, Байдена, SURNAME", "ru, Рютте, SURNAME",
            "en, Blinken, OTHER_PROPER", "en, Brussels, OTHER_PROPER",
    })
    void proper_names_have_their_class(String lang, String form, NameClass expected) {
        Morphology m = Fixtures.MORPHOLOGIES.forLanguage(lang).orElseThrow();
        Set<NameClass> classes = m.readings(form).stream().map(Reading::nameClass).filter(c -> c != null).collect(Collectors.toSet());
        assertTrue(classes.contains(expected), lang + " " + form + " has " + classes);
    }

    @Test
    void proper_lemmas_are_capitalised_even_where_the_dictionary_stores_them_in_lower_case() {
        List<Reading> readings = Fixtures.ru().readings("Брюсселе");
        assertTrue(readings.stream().anyMatch(r -> r.lemma().equals("Брюссель") && r.nameClass() == NameClass.PLACE), readings.toString());
        assertTrue(Fixtures.ru().readings("НАТО").stream().anyMatch(r -> r.lemma().equals("НАТО")));
    }

    @ParameterizedTest(name = "{0}: {1} is also an ordinary word")
    @CsvSource({
            "uk, Кий", "uk, Надія", "uk, Мир", "ru, Кий", "ru, Надежда", "ru, Мир", "ru, Путина",
            "en, Bill", "en, May", "en, Turkey", "en, The", "en, Ukrainian",
    })
    void capitalised_common_words(String lang, String form) {
        assertTrue(Fixtures.MORPHOLOGIES.forLanguage(lang).orElseThrow().isCommonWord(form));
    }

    @ParameterizedTest(name = "{0}: {1} is only a name")
    @CsvSource({
            "uk, Блінкена", "uk, Києва", "uk, НАТО", "uk, Сибігою",
            "ru, Брюсселе", "ru, Москвы", "ru, Киеве", "ru, НАТО", "ru, Байдена", "ru, Рютте",
            "en, Blinken", "en, Kyiv", "en, NATO", "en, Stoltenberg",
    })
    void names_that_are_not_words(String lang, String form) {
        assertFalse(Fixtures.MORPHOLOGIES.forLanguage(lang).orElseThrow().isCommonWord(form));
    }

    @Test
    void the_case_of_the_form_matters() {
        // "bill" in running text is the noun, not the name.
        assertTrue(Fixtures.en().readings("bill").stream().noneMatch(Reading::isProper));
        assertTrue(Fixtures.en().readings("Bill").stream().anyMatch(Reading::isProper));
        // Names are read off capitalised forms: a lower-case Russian place noun is left alone.
        assertTrue(Fixtures.ru().readings("москвы").stream().noneMatch(Reading::isProper));
        // A headline in capitals finds the name.
        assertTrue(Fixtures.uk().readings("КИЄВІ").stream().anyMatch(r -> r.lemma().equals("Київ")));
    }

    @Test
    void a_common_word_that_is_also_a_rare_plural_does_not_become_a_name() {
        // мир is also the genitive plural of миро, and Миро a Ukrainian surname: not a reason to call Мир a name.
        assertTrue(Fixtures.ru().readings("Мир").stream().noneMatch(Reading::isProper), Fixtures.ru().readings("Мир").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zzyzx", "Ъъъ", "12", "-"})
    void unknown_forms_have_no_readings(String form) {
        assertEquals(List.of(), Fixtures.en().readings(form));
        assertEquals(List.of(), Fixtures.uk().readings(form));
    }

    @Test
    void ukrainian_semantic_tags_classify_lemmas() {
        UkrainianMorphology uk = (UkrainianMorphology) Fixtures.uk();
        assertEquals(Optional.of(NameClass.PLACE), uk.semanticClass("Київ"));
        assertEquals(Optional.of(NameClass.ORGANIZATION), uk.semanticClass("СНД"));
        assertEquals(Optional.empty(), uk.semanticClass("Укренерго"));
        assertEquals(Optional.empty(), uk.semanticClass("кий"));
    }

    @Test
    void a_bare_prop_takes_its_class_from_the_semantic_tags() {
        // Айдар is tagged only "prop" in VESUM; its semantic tag says loc.
        Set<NameClass> classes = EnumSet.noneOf(NameClass.class);
        Fixtures.uk().readings("Айдар").forEach(r -> { if (r.isProper()) classes.add(r.nameClass()); });
        assertTrue(classes.contains(NameClass.PLACE), classes.toString());
    }

    @Test
    void registry_knows_three_languages() {
        assertEquals("ru", Fixtures.MORPHOLOGIES.forLanguage(" RU ").orElseThrow().language());
        assertTrue(Fixtures.MORPHOLOGIES.forLanguage("az").isEmpty());
        assertTrue(Fixtures.MORPHOLOGIES.forLanguage("").isEmpty());
    }
}
