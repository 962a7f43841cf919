package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodesTest {
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    @ParameterizedTest
    @CsvSource({"en-US,en", "uk_UA,uk", "RU,ru", "ua,uk", "ukr,uk", "rus,ru", "eng,en", "IT,it"})
    void tagsBecomeTwoLetterCodes(String tag, String expected) {
        Locale.setDefault(Locale.forLanguageTag("tr")); // Turkish dotless i must not leak into codes
        assertEquals(expected, LanguageCodes.normalise(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x-default", "english", "12"})
    void unknownTagsAreNull(String tag) {
        assertNull(LanguageCodes.normalise(tag));
    }
}
