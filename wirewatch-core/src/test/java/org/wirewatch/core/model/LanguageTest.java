package org.wirewatch.core.model;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageTest {
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @CsvSource({"en-US,en", "uk_UA,uk", "RU,ru", "ua,uk", "ukr,uk", "rus,ru", "eng,en", "IT,it", "ger,de", "deu,de"})
    void tagsBecomeTwoLetterCodes(String tag, String expected) {
        Locale.setDefault(Locale.forLanguageTag("tr")); // Turkish dotless i must not leak into codes
        assertEquals(expected, Language.parse(tag).orElseThrow().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x-default", "english", "12", "zz", "xyz"})
    void unknownTagsAreNull(String tag) {
        assertTrue(Language.parse(tag).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void onlyValidatedCodesMakeALanguage() {
        assertEquals("uk", Language.of("uk").code());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Language("UA"));
        assertTrue(e.getMessage().contains("'UA'"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void rawArticlesKeepOnlyValidLanguagesAndSayWhenOneWasDropped() {
        RawArticle ok = new RawArticle("a", "text", null, null, "uk_UA", null, null, null, SourceRef.of("in.jsonl"), false, null);
        assertEquals("uk", ok.lang());
        assertTrue(ok.issues().isEmpty());
        RawArticle bad = new RawArticle("b", "text", null, null, "english", null, null, null, SourceRef.of("in.jsonl"), false, null);
        assertNull(bad.lang());
        assertEquals("invalid_language", bad.issues().get(0).code());
        assertTrue(bad.issues().get(0).message().contains("'english'"), bad.issues().get(0).message());
    }
}
