package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.core.model.Paragraph;

class LanguageIdentifierTest {
    // One identifier for the class, as the pipeline keeps one: the models load once.
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    private final Locale defaultLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(defaultLocale);
    }

    @Test
    void default_set_is_the_corpus_languages_and_read_only() {
        Set<String> defaults = LanguageIdentifier.defaultLanguages();
        assertEquals(Set.of("en", "ru", "uk", "az"), defaults);
        assertThrows(UnsupportedOperationException.class, () -> defaults.add("de"));
        assertEquals(Set.of("az", "en", "ru", "uk"), LANGUAGES.languages());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Подписывайтесь на newsroom.example.org в Google News",
        "Компания SkyBridge Logistics открыла новый склад",
    })
    void brands_and_web_addresses_do_not_move_a_paragraph_out_of_its_sentence_language(String paragraph) {
        String text = "Городской совет утвердил бюджет на следующий год после долгого обсуждения.\n\n" + paragraph;
        List<Paragraph> paragraphs = LANGUAGES.paragraphs(text, "ru");
        assertEquals("ru", paragraphs.get(1).lang(), paragraph);
    }

    @Test
    void unknown_codes_are_rejected_by_name() {
        var e = assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(Set.of("en", "xx")));
        assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
        var it = assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(Set.of("it")));
        assertTrue(it.getMessage().contains("'it'"), it.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new LanguageIdentifier(Set.of()));
    }

    @Test
    void codes_are_case_insensitive() {
        assertEquals(Set.of("en", "uk"), new LanguageIdentifier(Set.of("EN", " uk")).languages());
    }

    @Test
    void ukrainian_article_is_ukrainian_with_its_paragraphs() {
        String text = Fixtures.UKRAINIAN_ARTICLE;
        assertEquals("uk", lang(LANGUAGES.identify(text)));
        List<Paragraph> paragraphs = LANGUAGES.paragraphs(text, "uk");
        assertEquals("uk", langOf(paragraphs, text, "Уночі російські"));
        assertEquals("uk", langOf(paragraphs, text, "Читайте також"));
        assertEquals("uk", langOf(paragraphs, text, "Поділитися"));
        assertNull(langOf(paragraphs, text, "ua en ru"), "a language switcher is not Ukrainian, nor surely English");
    }

    @Test
    void russian_article_keeps_its_ukrainian_promo_line_apart() {
        String text = Fixtures.RUSSIAN_WITH_UKRAINIAN_PROMO;
        assertEquals("ru", lang(LANGUAGES.identify(text)));
        List<Paragraph> paragraphs = LANGUAGES.paragraphs(text, "ru");
        assertEquals("uk", langOf(paragraphs, text, "Ранее сообщалось"));
        assertEquals("ru", langOf(paragraphs, text, "Министры иностранных"));
        assertEquals("ru", langOf(paragraphs, text, "Подписывайтесь"));
        assertNull(langOf(paragraphs, text, "845"), "a view counter has no language");
    }

    @Test
    void english_article_keeps_its_azerbaijani_caption_apart() {
        String text = Fixtures.ENGLISH_WITH_AZ_CAPTION;
        assertEquals("en", lang(LANGUAGES.identify(text)));
        List<Paragraph> paragraphs = LANGUAGES.paragraphs(text, "en");
        assertEquals("az", langOf(paragraphs, text, "Xarici"));
        assertEquals("en", langOf(paragraphs, text, "By Anna Reyes"));
        assertEquals("en", langOf(paragraphs, text, "Follow us"));
    }

    @Test
    void single_lines_are_identified_on_their_own() {
        assertEquals("uk", lang(LANGUAGES.identify(Fixtures.UK_PROMO_LINE)));
        assertEquals("az", lang(LANGUAGES.identify(Fixtures.AZ_CAPTION)));
        assertEquals("ru", lang(LANGUAGES.identify("Подписывайтесь на наш канал")));
        assertEquals("uk", lang(LANGUAGES.identify("Скільки ракет і дронів є в Росії")));
        assertEquals("en", lang(LANGUAGES.identify(new StringBuilder("Photo credit: Getty Images"))));
    }

    @Test
    void text_without_enough_letters_has_no_language() {
        assertTrue(LANGUAGES.identify("").isEmpty());
        assertTrue(LANGUAGES.identify("   \n\n ").isEmpty());
        assertTrue(LANGUAGES.identify("2025-03-14 09:40 845 1.2 3,400").isEmpty());
        assertTrue(LANGUAGES.identify("AP").isEmpty());
        assertTrue(LANGUAGES.identify(Fixtures.NOISE_ONLY).isEmpty());
        assertEquals(List.of(), LANGUAGES.paragraphs("", "en"));
    }

    @Test
    void noise_paragraphs_get_no_language() {
        String text = Fixtures.NOISE_ONLY;
        for (Paragraph p : LANGUAGES.paragraphs(text, null)) {
            assertNull(p.lang(), () -> "'" + text.substring(p.start(), p.end()) + "'");
        }
    }

    @Test
    void languages_outside_the_set_are_not_forced_into_it() {
        LanguageIdentifier narrow = new LanguageIdentifier(LanguagePacks.discover(), LanguageIdentifier.defaultLanguages(), false);
        assertTrue(narrow.identify("Les ministres se sont réunis lundi à Vienne, où ils ont évoqué l'été.").isEmpty());
        assertTrue(narrow.identify("東京で外相会談が開かれた。").isEmpty(), "no configured language writes Japanese");
        assertTrue(new LanguageIdentifier(LanguagePacks.discover(), Set.of("en", "az"), false).identify("Министры встретились в Вене").isEmpty());
    }

    @Test
    void languages_outside_the_set_are_named_by_the_broad_second_opinion() {
        assertEquals("fr", LANGUAGES.identify("Les ministres se sont réunis lundi à Vienne, où ils ont évoqué l'été.").orElseThrow().lang());
        assertEquals("ja", LANGUAGES.identify("東京で外相会談が開かれた。").orElseThrow().lang());
        assertEquals("ru", new LanguageIdentifier(Set.of("en", "az"))
                .identify("Министры иностранных дел встретились в понедельник в Вене и обсудили безопасность судоходства.").orElseThrow().lang());
    }

    @Test
    void the_only_configured_language_of_a_script_needs_no_model() {
        LanguageIdentifier enRu = new LanguageIdentifier(Set.of("en", "ru"));
        assertEquals(Optional.of(new LanguageGuess("ru", 1.0)), enRu.identify("Министры встретились в Вене"));
        assertEquals("en", lang(enRu.identify("Ministers met in Vienna")));
        assertFalse(enRu.modelLoaded());
    }

    @Test
    void english_names_with_turkic_letters_stay_english_in_an_english_article() {
        String text = """
                Ministers met in Vienna on Friday.

                Turkish President Recep Tayyip Erdoğan spoke to İlham Əliyev by phone before the meeting.
                """;
        assertEquals("en", LANGUAGES.paragraphs(text, "en").get(1).lang());
    }

    @Test
    void names_alone_do_not_send_a_paragraph_to_the_model_but_foreign_words_still_do() {
        LanguageIdentifier fresh = new LanguageIdentifier(Set.of("en", "az"));
        String names = """
                Ministers met in Vienna on Friday.

                Turkish President Recep Tayyip Erdoğan spoke to İlham Əliyev by phone before the meeting.
                """;
        assertEquals("en", fresh.paragraphs(names, "en").get(1).lang());
        assertFalse(fresh.modelLoaded());

        String caption = """
                Ministers met in Vienna on Friday.

                Bakı şəhərində işıq və su kəsilib, sakinlər narazılıq edir.
                """;
        assertEquals("az", fresh.paragraphs(caption, "en").get(1).lang());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "az", "uk", "ru"})
    void results_do_not_depend_on_the_default_locale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals("az", lang(LANGUAGES.identify("İŞIQ VƏ SU KƏSİLİB. Bakı şəhərində İşıqlı küçəsi")));
        assertEquals("en", lang(LANGUAGES.identify(Fixtures.ENGLISH_WITH_AZ_CAPTION)));
    }

    @Test
    void confidence_is_a_score_in_range() {
        LanguageGuess g = LANGUAGES.identify(Fixtures.UKRAINIAN_ARTICLE).orElseThrow();
        assertTrue(g.confidence() > 0.5 && g.confidence() <= 1.0, g.toString());
        assertThrows(IllegalArgumentException.class, () -> new LanguageGuess("en", 1.5));
        assertThrows(IllegalArgumentException.class, () -> new LanguageGuess(null, 0.5));
    }

    @Test
    void null_text_is_a_programming_error() {
        assertThrows(IllegalArgumentException.class, () -> LANGUAGES.identify(null));
        assertThrows(IllegalArgumentException.class, () -> LANGUAGES.paragraphs(null, "en"));
    }

    static String lang(Optional<LanguageGuess> guess) {
        return guess.map(LanguageGuess::lang).orElse(null);
    }

    /** The language of the one paragraph that starts with {@code prefix}. */
    static String langOf(List<Paragraph> paragraphs, String text, String prefix) {
        List<Paragraph> hits = paragraphs.stream()
                .filter(p -> text.startsWith(prefix, p.start()))
                .toList();
        assertEquals(1, hits.size(), () -> "paragraphs starting with '" + prefix + "': " + hits);
        return hits.get(0).lang();
    }
}
