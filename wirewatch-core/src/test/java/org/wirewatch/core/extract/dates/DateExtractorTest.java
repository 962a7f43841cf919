package org.wirewatch.core.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirewatch.core.model.DateMention;

/** Invented sentences in each language; the anchor is Wednesday 2024-11-13 unless a test says otherwise. */
class DateExtractorTest {
    private static final String ANCHOR = "2024-11-13";
    private final DateExtractor extractor = new DateExtractor();

    private String value(String text, String lang, String anchor, String phrase) {
        return Found.value(text, extractor.extract(text, lang, anchor), phrase);
    }

    @ParameterizedTest(name = "{0}: [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
        // absolute, at the precision written
        "The ferry sank on 8 July 2024 near the port.            | 8 July 2024       | 2024-07-08",
        "The ferry sank on July 8, 2024, near the port.          | July 8, 2024      | 2024-07-08",
        "The ferry sank on July 8th near the port.               | July 8th          | 2024-07-08",
        "The depot burned down in February 2022.                 | February 2022     | 2022-02",
        "The plant has been closed since 2019.                   | 2019              | 2019",
        "Posted 13-11-2024, 17:21 by the desk.                   | 13-11-2024, 17:21 | 2024-11-13T17:21",
        "The rule took effect on 13.11.2024 at noon.             | 13.11.2024        | 2024-11-13",
        "The rule took effect on 2024-11-13.                     | 2024-11-13        | 2024-11-13",
        // a year-less date takes the anchor's year, or the next one when the sentence looks ahead
        "The mayor leaves office on January 20.                  | January 20        | 2025-01-20",
        "The mayor will step down on January 20.                 | January 20        | 2025-01-20",
        "Exports fell in March and again in June.                | June              | 2024-06",
        "Exports fell in March and again in June.                | March             | 2024-03",
        "Talks stalled in mid-May, the envoy said.               | May               | 2024-05",
        "Trains have not run since August, the operator said.    | August            | 2024-08",
        "The storm reached the coast on the morning of July 8.   | morning of July 8 | 2024-07-08",
        // a clearly past event after the anchor belongs to the year before
        "Officials said the bridge collapsed on December 2.      | December 2        | 2023-12-02",
        // relative to the anchor
        "The talks collapsed on Wednesday, officials said.       | Wednesday         | 2024-11-13",
        "Ministers met Tuesday morning in the capital.           | Tuesday morning   | 2024-11-12",
        "The ministers will meet again on Friday.                | Friday            | 2024-11-15",
        "The council voted yesterday.                            | yesterday         | 2024-11-12",
        "The council votes tomorrow.                             | tomorrow          | 2024-11-14",
        "Prices rose sharply last month.                         | last month        | 2024-10",
        "Prices rose earlier this month.                         | earlier this month | 2024-11",
        "The report is due next week.                            | next week         | 2024-W47",
        "Nobody expected it last year.                           | last year         | 2023",
        "The sirens sounded this morning.                        | this morning      | 2024-11-13",
        "The sirens sounded last night.                          | last night        | 2024-11-12",
        "The plant shut three days ago.                          | three days ago    | 2024-11-10",
        "The plant shut 2 weeks ago.                             | 2 weeks ago       | 2024-W44",
        "The plant shut a year ago.                              | a year ago        | 2023",
        "The envoy will arrive on Jan. 20.                       | Jan. 20           | 2025-01-20",
    })
    void english(String text, String phrase, String expected) {
        assertEquals(expected, value(text.strip(), "en", ANCHOR, phrase.strip()));
    }

    @ParameterizedTest(name = "{0}: [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
        "Завод остановили 8 июля 2024 года из-за аварии.          | 8 июля 2024 года  | 2024-07-08",
        "Мост построили в феврале 2022 года.                      | феврале 2022 года | 2022-02",
        "Склад сгорел 5 ноября.                                   | 5 ноября          | 2024-11-05",
        "Совет соберется в среду вечером.                         | среду вечером     | 2024-11-13",
        "Министр выступил в понедельник.                          | понедельник       | 2024-11-11",
        "Министр выступил в пятницу. Он будет говорить о бюджете снова. | пятницу | 2024-11-08",
        "Совет будет заседать в пятницу.                          | пятницу           | 2024-11-15",
        "Об этом стало известно вчера.                            | вчера             | 2024-11-12",
        "Решение примут завтра.                                   | завтра            | 2024-11-14",
        "Встреча прошла позавчера.                                | позавчера         | 2024-11-11",
        "Цены выросли в прошлом месяце.                           | прошлом месяце    | 2024-10",
        "Переговоры прошли на прошлой неделе.                     | прошлой неделе    | 2024-W45",
        "Завод закрыли два года назад.                            | два года назад    | 2022",
        "Завод закрыли месяц назад.                               | месяц назад       | 2024-10",
    })
    void russian(String text, String phrase, String expected) {
        assertEquals(expected, value(text.strip(), "ru", ANCHOR, phrase.strip()));
    }

    @ParameterizedTest(name = "{0}: [{1}] = {2}")
    @CsvSource(delimiter = '|', value = {
        "Вибух пролунав 24 лютого вранці.                         | 24 лютого         | 2024-02-24",
        "Міст відкрили 3 вересня 2023 року.                       | 3 вересня 2023 року | 2023-09-03",
        "Рада зібралася у понеділок.                              | понеділок         | 2024-11-11",
        "Рада буде засідати в п'ятницю.                       | п'ятницю          | 2024-11-15",
        "Рада працюватиме у суботу.                               | суботу            | 2024-11-16",
        "Про це повідомили позавчора.                             | позавчора         | 2024-11-11",
        "Зустріч відбулася минулого тижня.                        | минулого тижня    | 2024-W45",
        "Ціни зросли минулого місяця.                             | минулого місяця   | 2024-10",
        "Завод зупинили в березні 2022 року.                      | березні 2022 року | 2022-03",
        "Допомога надходить із серпня.                            | серпня            | 2024-08",
        "Міст збудували рік тому.                                 | рік тому          | 2023",
        "Міст збудували три тижні тому.                           | три тижні тому    | 2024-W43",
    })
    void ukrainian(String text, String phrase, String expected) {
        assertEquals(expected, value(text.strip(), "uk", ANCHOR, phrase.strip()));
    }

    @Test
    void aRangeGivesBothDays() {
        String text = "From July 9 to 11, the fair will take place in the old town.";
        List<DateMention> found = extractor.extract(text, "en", "2024-07-08");
        assertEquals("2024-07-09", Found.value(text, found, "July 9"));
        assertEquals("2024-07-11", Found.value(text, found, "11"));
    }

    @Test
    void aRangeWithAHyphenGivesBothDays() {
        String text = "The fair runs July 9-11 in the old town.";
        List<DateMention> found = extractor.extract(text, "en", "2024-07-08");
        assertEquals("2024-07-09", Found.value(text, found, "July 9"));
        assertEquals("2024-07-11", Found.value(text, found, "11"));
        String ru = "Ярмарка пройдет 9–11 июля 2025 года.";
        List<DateMention> inRussian = extractor.extract(ru, "ru", "2024-07-08");
        assertEquals("2025-07-09", Found.value(ru, inRussian, "9"));
        assertEquals("2025-07-11", Found.value(ru, inRussian, "11 июля 2025 года"));
    }

    @Test
    void severalDaysAgoIsNotOneDayAgo() {
        assertTrue(extractor.extract("Міст збудували кілька днів тому.", "uk", ANCHOR).isEmpty());
    }

    @Test
    void withoutAnAnchorRelativeDatesAreFoundWithoutValue() {
        String text = "The council voted on Wednesday, a day after the fire of July 8; the law of 2 May 2023 applies.";
        List<DateMention> found = extractor.extract(text, "en", null);
        assertNull(Found.value(text, found, "Wednesday"));
        assertNull(Found.value(text, found, "July 8"));
        assertEquals("2023-05-02", Found.value(text, found, "2 May 2023"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The march through the city was peaceful.",
        "Theresa May spoke to reporters.",
        "They may decide to stay.",
        "Thousands joined the march in the capital.",
        "A 5-year-old boy was rescued.",
        "The post had 1.1т views at 17:21.",
        "The bill costs $2024 and 15% more.",
        "The company cut 1,500 jobs in 3.5 hours.",
        "Природная среда пострадала.",
        "Лютий мороз скував ріку.",
        "Бійці відбили атаку лютого ворога.",
    })
    void noDateWhereThereIsNone(String text) {
        List<DateMention> found = extractor.extract(text, "en", ANCHOR);
        found = found.isEmpty() ? extractor.extract(text, "ru", ANCHOR) : found;
        found = found.isEmpty() ? extractor.extract(text, "uk", ANCHOR) : found;
        assertTrue(found.isEmpty(), () -> "found " + Found.describe(extractor.extract(text, "en", ANCHOR)));
    }

    @Test
    void aClockTimeAloneIsNotADate() {
        assertTrue(extractor.extract("Updated 17:21", "en", ANCHOR).isEmpty());
    }

    @Test
    void datelineDecidesThePublishedDate() {
        String text = "Port reopens\n13-11-2024, 17:21\nThe port reopened on Wednesday.\n"
                + "Other news\nSolstice on 21 June 2025: three tips\n";
        assertEquals("2024-11-13", extractor.inferPublished(text, "en").orElseThrow());
    }

    @Test
    void latestPastFullDateWhenThereIsNoDateline() {
        String text = "The dam was built on 4 May 1998. It failed on 2 March 2024, engineers said.";
        assertEquals("2024-03-02", extractor.inferPublished(text, "en").orElseThrow());
    }

    @Test
    void anUpcomingEventStartingTomorrowGivesTheDayBefore() {
        String text = "The fair starting tomorrow will draw crowds. It will run from 9 July 2024 to 11 July 2024.";
        assertEquals("2024-07-08", extractor.inferPublished(text, "en").orElseThrow());
    }

    @Test
    void theOneYearATextWritesDatesItsUpcomingEvent() {
        String text = "Harbour Fair 2025\nThe fair starting tomorrow will draw crowds. From May 9 to 11, the fair will take place.";
        assertEquals("2025-05-08", extractor.inferPublished(text, "en").orElseThrow());
    }

    @Test
    void twoYearsAreNoEvidenceForAYearlessEvent() {
        String text = "Harbour Fair 2025, ten years after 2015\nThe fair starting tomorrow will draw crowds. From May 9 to 11, the fair will take place.";
        assertTrue(extractor.inferPublished(text, "en").isEmpty());
    }

    @Test
    void noYearMeansNoInference() {
        String text = "Only today the fair opened on the morning of July 8; the summit starting tomorrow runs July 9 to 11.";
        assertTrue(extractor.inferPublished(text, "en").isEmpty());
    }

    @Test
    void valuesIgnoreTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            String text = "PRICES ROSE LAST MONTH, SAID THE BANK ON WEDNESDAY. Inflation hit a peak in JULY 2024.";
            List<DateMention> found = extractor.extract(text, "en", ANCHOR);
            assertEquals("2024-10", Found.value(text, found, "LAST MONTH"));
            assertEquals("2024-11-13", Found.value(text, found, "WEDNESDAY"));
            assertEquals("2024-07", Found.value(text, found, "JULY 2024"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anUnknownLanguageStillFindsNumericDates() {
        String text = "Wydarzenie 13.11.2024 o godzinie 17:21.";
        assertEquals("2024-11-13", Found.value(text, extractor.extract(text, "pl", ANCHOR), "13.11.2024"));
    }

    @Test
    void without_an_anchor_a_year_the_text_names_anchors_later_month_days() {
        String text = "The treaty was signed in Oslo in March 2019. On 5 April the parliament ratified it, and on June 2 it took effect.";
        assertEquals("2019-04-05", value(text, "en", null, "5 April"));
        assertEquals("2019-06-02", value(text, "en", null, "June 2"));
        String before = "On 5 April the parliament ratified the treaty signed in Oslo in March 2019.";
        assertNull(value(before, "en", null, "5 April"), "a year named only after the date does not date it");
        assertNull(value("On 5 April the parliament ratified the treaty.", "en", null, "5 April"), "no year named, none guessed");
    }

    @Test
    void a_year_named_in_the_text_leaves_an_anchored_date_alone() {
        String text = "The treaty was signed in March 2019. The mayor leaves office on January 20.";
        assertEquals("2025-01-20", value(text, "en", ANCHOR, "January 20"));
    }
}
