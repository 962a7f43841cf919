package org.wirewatch.core.extract.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With a dictionary, perfective futures that carry no cue word still point ahead. Anchor: Wednesday 2024-11-13. */
class DictionaryTenseTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private final DateExtractor extractor = new DateExtractor(PACKS);

    @ParameterizedTest(name = "{0}: [{2}] = {3}")
    @CsvSource(delimiter = '|', value = {
        "ru | Министр выступит в пятницу.          | пятницу   | 2024-11-15",
        "ru | Министр выступил в пятницу.          | пятницу   | 2024-11-08",
        "ru | Совет соберется в понедельник.       | понедельник | 2024-11-18",
        "ru | Делегация вернется 2 февраля.        | 2 февраля | 2025-02-02",
        "uk | Рада збереться в п'ятницю.           | п'ятницю  | 2024-11-15",
        "uk | Рада зібралася в п'ятницю.           | п'ятницю  | 2024-11-08",
        "uk | Міністр виступить у понеділок.       | понеділок | 2024-11-18",
    })
    void perfectiveFutureLooksAhead(String lang, String text, String phrase, String expected) {
        assertEquals(expected, Found.value(text, extractor.extract(text, lang, "2024-11-13"), phrase));
    }

    @Test
    void withoutADictionaryThePerfectiveFutureIsNotSeen() {
        String text = "Министр выступит в пятницу.";
        assertEquals("2024-11-08", Found.value(text, new DateExtractor().extract(text, "ru", "2024-11-13"), "пятницу"));
    }
}
