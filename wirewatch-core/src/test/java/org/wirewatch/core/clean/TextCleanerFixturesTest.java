package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Pages with furniture the seeds do not have, proving the rules are not tuned to the seeds' sites. */
class TextCleanerFixturesTest {
    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Fixtures.Page> pages() {
        return Stream.of(Fixtures.ENGLISH, Fixtures.RUSSIAN, Fixtures.UKRAINIAN);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void keepsExactlyTheContentLines(Fixtures.Page page) {
        List<String> expected = new ArrayList<>();
        for (int n : Seeds.nonBlankLines(page.text())) {
            if (!page.boilerplate().contains(n)) expected.add(Seeds.line(page.text(), n));
        }
        assertEquals(expected, Seeds.paragraphs(cleaner.clean(page.text()).text()));
    }

    @Test
    void englishMetadata() {
        CleanedDocument doc = cleaner.clean(Fixtures.ENGLISH.text());
        assertEquals("Ferry service between two Baltic ports resumes after storm", doc.title());
        assertEquals(List.of("Maria Lindqvist", "Tom O'Neill"), doc.authors());
        assertEquals("2023-11-04T09:05", doc.published());
        assertEquals("AP", doc.source());
    }

    @Test
    void russianMetadata() {
        CleanedDocument doc = cleaner.clean(Fixtures.RUSSIAN.text());
        assertEquals("В Харькове открыли новую станцию метро", doc.title());
        assertEquals(List.of("Ирина Белова"), doc.authors());
        assertEquals("2024-03-17T10:42", doc.published());
        assertEquals("Интерфакс", doc.source());
    }

    @Test
    void ukrainianMetadataTakesPublishedNotUpdated() {
        CleanedDocument doc = cleaner.clean(Fixtures.UKRAINIAN.text());
        assertEquals("Уряд продовжив програму доступних кредитів для фермерів", doc.title());
        assertEquals(List.of("Олена Коваль"), doc.authors());
        assertEquals("2025-02-05T14:30", doc.published());
        assertEquals("Укрінформ", doc.source(), "the credit line, not the photo credit, names the source");
    }

    @Test
    void captionClosingWithACreditIsDroppedAndTheWireAgencyIsTheSourceNotAnAuthor() {
        String page = String.join("\n\n",
                "Harbour cranes return to work after strike",
                "Dockers walk past a crane at the east quay. Photo: Lakeside Wire",
                "By Nora Quist |",
                "OSLO, May 2 (Lakeside Wire) - Crane operators at the east quay returned to work on Tuesday after a two-day strike over night shifts.",
                "\"We got the rota we asked for,\" union steward Per Aune said.",
                "Reporting by Nora Quist; editing by Lars Berg",
                "Lakeside Wire");

        CleanedDocument doc = cleaner.clean(page);

        assertFalse(doc.text().contains("Photo:"), doc.text());
        assertEquals("Lakeside Wire", doc.source());
        assertEquals(List.of("Nora Quist"), doc.authors());
        assertTrue(doc.text().strip().endsWith("Per Aune said."), doc.text());
    }

    @Test
    void shortParagraphsQuotesAndSubheadingsInTheBodyStay() {
        String text = cleaner.clean(Fixtures.UKRAINIAN.text()).text();
        assertTrue(text.contains("\n\nЩо зміниться\n\n"), "subheading");
        assertTrue(text.contains("\n\n\"Ми почули фермерів\", — наголосив він.\n\n"), "short quote");
        assertTrue(text.contains("\n\nПрограма діятиме ще щонайменше рік\n\n"), "subtitle");
        assertFalse(text.contains("Поділитися"));
    }

    @Test
    void backgroundParagraphIsNotMistakenForALinkPromo() {
        String text = cleaner.clean(Fixtures.RUSSIAN.text()).text();
        assertTrue(text.contains("Напомним, ранее в городе обновили подвижной состав трамваев."));
        assertTrue(text.contains("\n\nСтанция станет пересадочной."), "a three-word paragraph is content");
    }

    @Test
    void sidebarsInTheMiddleOfThePageGoWhateverTheirRhythm() {
        String page = """
                Ціни на пальне знизилися третій тиждень поспіль
                Останні новини
                14:05
                У Львові відкрили новий дитячий майданчик біля парку
                1.3k
                13:50
                Синоптики прогнозують сніг у Карпатах на вихідних
                870
                Мережі АЗС знизили ціни на бензин і дизельне пальне в середньому на 40 копійок за літр.
                Аналітики пояснюють це зміцненням гривні та нижчими цінами на нафту.
                Популярне
                Уряд змінив правила перетину кордону для водіїв вантажівок
                09:12
                Вчені знайшли нову породу риб у Дністрі біля Могилева-Подільського
                08:47
                Фермери на Полтавщині зібрали рекордний урожай соняшнику
                08:30
                Експерти очікують, що ціни залишаться стабільними до кінця місяця.
                """;
        List<String> paragraphs = Seeds.paragraphs(cleaner.clean(page).text());
        assertEquals(List.of(Seeds.line(page, 1), Seeds.line(page, 9), Seeds.line(page, 10), Seeds.line(page, 18)), paragraphs);
    }

    @Test
    void aShortLastSentenceIsContentButASignOffPlaceIsNot() {
        String page = "Bridge toll to rise in spring\n\nThe operator asked the city to approve a higher toll from April.\n\n"
                + "The mayor declined.\n\nTom Reyes\n\nSan Diego, Calif.\n\nShare";
        CleanedDocument doc = cleaner.clean(page);
        assertTrue(doc.text().endsWith("\n\nThe mayor declined."), doc.text());
        assertEquals(List.of("Tom Reyes"), doc.authors());
    }
}
