package org.wirewatch.core.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirewatch.core.model.DateMention;

/**
 * Decades, seasons, days counted from the date the text named last, ranges and tense, on invented
 * sentences in English, Russian and Ukrainian; the anchor is Wednesday 2024-11-13 unless a row says otherwise.
 */
class SeasonsDecadesAndReferencesTest {
    private final DateExtractor extractor = new DateExtractor();

    @ParameterizedTest(name = "{1}: [{2}] = {3}")
    @CsvSource(delimiter = '|', value = {
        "en | The plant was built in the 1990s and closed later.      | 1990s          | 199",
        "ru | Завод построили в 1990-х годах.                         | 1990-х годах   | 199",
        "ru | Мост строили в 90-х.                                    | 90-х           | 199",
        "uk | Завод збудували у 1980-х роках.                         | 1980-х роках   | 198",
        "en | Prices rose sharply last summer.                        | last summer    | 2024-SU",
        "en | The offensive is expected next spring.                  | next spring    | 2025-SP",
        "en | The dam was repaired in the summer of 2023.             | summer of 2023 | 2023-SU",
        "en | The ferry stopped running in the winter.                | winter         | 2024-WI",
        "uk | Навесні ціни зросли.                                    | Навесні        | 2024-SP",
        "uk | Міст буде відкрито навесні.                             | навесні        | 2025-SP",
        "uk | Минулого літа міст закрили.                             | Минулого літа  | 2024-SU",
        "ru | Летом 2022 года порт закрыли.                           | Летом 2022 года | 2022-SU",
        "ru | Прошлой зимой свет отключали.                           | Прошлой зимой  | 2023-WI",
        "en | After Wednesday's strike the depot closed.              | Wednesday      | 2024-11-13",
        "en | The Biden administration announced Wednesday that it will send aid. | Wednesday | 2024-11-13",
        "en | The ministry says the summit will open on Friday.       | Friday         | 2024-11-15",
        "en | The mayor leaves office on January 20.                  | January 20     | 2025-01-20",
        "en | Rebels have held the town since August.                 | August         | 2024-08",
        "uk | Окупанти тримають село з серпня.                        | серпня         | 2024-08",
    })
    void valueOf(String lang, String text, String phrase, String value) {
        assertEquals(value, Found.value(text, extractor.extract(text, lang, "2024-11-13"), phrase));
    }

    @Test void theNextDayCountsFromTheDateTheTextNamedLast() {
        String text = "The convoy left on July 8. The next day it reached the border, and the day after it crossed.";
        List<DateMention> found = extractor.extract(text, "en", "2024-11-13");
        assertEquals("2024-07-09", Found.value(text, found, "next day"));
    }

    @Test void naступногоДняAndНаканунеInUkrainianAndRussian() {
        String uk = "Колона вирушила 8 липня. Наступного дня вона дійшла до кордону.";
        assertEquals("2024-07-09", Found.value(uk, extractor.extract(uk, "uk", "2024-11-13"), "Наступного дня"));
        String ru = "Саммит открылся 10 июля. Накануне лидеры встретились в Вашингтоне.";
        assertEquals("2024-07-09", Found.value(ru, extractor.extract(ru, "ru", "2024-11-13"), "Накануне"));
    }

    @Test void theNextDayWithNoDateBeforeItHasNoValue() {
        String text = "The next day the convoy reached the border.";
        assertNull(Found.value(text, extractor.extract(text, "en", "2024-11-13"), "next day"));
    }

    @Test void rangesGiveTheirFirstAndLastDays() {
        String en = "The summit runs July 8-10 in Washington.";
        List<DateMention> found = extractor.extract(en, "en", "2024-11-13");
        assertTrue(found.stream().anyMatch(m -> "2024-07-08".equals(m.value())), () -> Found.describe(found));
        assertTrue(found.stream().anyMatch(m -> "2024-07-10".equals(m.value())), () -> Found.describe(found));
        String uk = "Навчання тривали з 1 по 5 березня.";
        List<DateMention> ukFound = extractor.extract(uk, "uk", "2024-11-13");
        assertTrue(ukFound.stream().anyMatch(m -> "2024-03-01".equals(m.value())), () -> Found.describe(ukFound));
        assertTrue(ukFound.stream().anyMatch(m -> "2024-03-05".equals(m.value())), () -> Found.describe(ukFound));
    }

    @Test void springAsAVerbOrANameIsNoSeason() {
        String text = "Leaks spring from old pipes. Mr Winter said the fall in prices helped.";
        assertTrue(extractor.extract(text, "en", "2024-11-13").isEmpty(), () -> Found.describe(extractor.extract(text, "en", "2024-11-13")));
    }
}
