package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatelineParserTest {
    private final CueIndex cues = TestCues.all();
    private final DatelineParser parser = new DatelineParser(cues, new BylineParser(cues));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "13-11-2024, 17:21                   | 2024-11-13T17:21",
        "13.11.2024 17:21                    | 2024-11-13T17:21",
        "2024-11-13                          | 2024-11-13",
        "2024-11-13T08:05:33Z                | 2024-11-13T08:05",
        "13 ноября 2024, 17:21               | 2024-11-13T17:21",
        "13 листопада 2024 р., 08:05         | 2024-11-13T08:05",
        "November 13, 2024 5:21 PM           | 2024-11-13T17:21",
        "Nov. 13, 2024                       | 2024-11-13",
        "12:05 a.m., 13 Nov 2024             | 2024-11-13T00:05",
        "Updated 13 November 2024 at 09:40   | 2024-11-13T09:40",
        "Опубликовано: 1 мая 2024            | 2024-05-01",
        "Оновлено 5 січня 2025, 14:00        | 2025-01-05T14:00",
        "13. November 2024, 18:45 Uhr        | 2024-11-13T18:45",
        "8 lipca 2024                        | 2024-07-08",
        "13 noyabr 2024                      | 2024-11-13",
        "11/13/2024                          | 2024-11-13",
        "Wednesday, 13 November 2024         | 2024-11-13",
    })
    void readsDatelinesInEveryBundledLanguage(String line, String iso) {
        assertEquals(iso, parser.parse(line.strip()).published());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "On 13 November 2024 Russia launched a wave of missiles at the capital.",
        "31.02.2024",
        "13 ноября, 17:21",
        "The summit will take place in Vilnius",
        "17:21",
        "",
    })
    void sentencesImpossibleDatesAndYearlessDatesAreNotDatelines(String line) {
        assertNull(parser.parse(line));
    }

    @Test
    void bylineOnTheDatelineGivesTheAuthor() {
        DatelineParser.Dateline d = parser.parse("05.02.2025 14:30 / Автор: Ігор Мельник");
        assertEquals("2025-02-05T14:30", d.published());
        assertEquals(List.of("Ігор Мельник"), d.authors());
    }

    @Test
    void postedByLineGivesAuthorAndTwelveHourTime() {
        DatelineParser.Dateline d = parser.parse("Posted by Rita Hale on 2 March 2021, 4:10 pm");
        assertEquals("2021-03-02T16:10", d.published());
        assertEquals(List.of("Rita Hale"), d.authors());
    }

    @Test
    void firstOfTwoDatesIsThePublicationDate() {
        assertEquals("2025-02-05T14:30", parser.parse("05.02.2025 14:30 | Оновлено 06.02.2025 09:00").published());
    }

    @Test
    void bareDatesAreMarkers() {
        assertEquals(true, parser.isBareDate("13.11.2024, 11:11"));
        assertEquals(false, parser.isBareDate("13.11.2024 Зеленский провел встречу"));
    }
}
