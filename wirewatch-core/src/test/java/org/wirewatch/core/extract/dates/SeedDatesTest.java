package org.wirewatch.core.extract.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;
import org.wirewatch.core.model.DateMention;

/** The seed articles, read in place; expected values are those the issue names. */
class SeedDatesTest {
    private final DateExtractor extractor = new DateExtractor();

    static String seed(String prefix) throws IOException {
        try (var files = Files.list(SharedData.require("corpus", "seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    @Test
    void reutersInRussianDatesTheInvasion() throws IOException {
        String text = seed("004");
        List<DateMention> found = extractor.extract(text, "ru", "2024-11-13");
        assertEquals("2022-02", Found.value(text, found, "феврале 2022 года"));
    }

    @Test
    void reutersInRussianIsDatedByItsDatelineNotItsSidebar() throws IOException {
        String text = seed("004");
        assertEquals("2024-11-13", extractor.inferPublished(text, "ru").orElseThrow());
        List<DateMention> found = extractor.extract(text, "ru", "2024-11-13");
        assertEquals("2024-11-13T17:21", Found.value(text, found, "13-11-2024, 17:21"));
    }

    @Test
    void reutersInEnglishResolvesAgainstTheAnchor() throws IOException {
        String text = seed("002");
        List<DateMention> found = extractor.extract(text, "en", "2024-11-13");
        assertEquals("2024-11-13", Found.value(text, found, "Wednesday"));
        assertEquals("2025-01-20", Found.value(text, found, "January 20"));
        assertEquals("2024-08", Found.value(text, found, "August"));
        assertEquals("2024-08-26", Found.value(text, found, "August 26"));
    }

    @Test
    void natoSummitArticleIsDatedTheDayBeforeTheSummitStartingTomorrow() throws IOException {
        // 000 writes no full date. Its evidence: the summit "starting tomorrow" "will take place"
        // "From July 9 to 11", and the one year it writes is the heading "… Summit 2024".
        String text = seed("000");
        assertEquals("2024-07-08", extractor.inferPublished(text, "en").orElseThrow());
    }

    @Test
    void natoSummitArticleOnceDatedResolvesItsDays() throws IOException {
        String text = seed("000");
        List<DateMention> found = extractor.extract(text, "en", "2024-07-08");
        assertEquals("2024-07-08", Found.value(text, found, "morning of July 8"));
        assertEquals("2024-07-08", Found.value(text, found, "today"));
        assertEquals("2024-07-09", Found.value(text, found, "tomorrow"));
        assertEquals("2024-07-09", Found.value(text, found, "July 9"));
        assertEquals("2024-07-11", Found.value(text, found, "11"));
    }

    @Test
    void viewCountersAndTimesInTheSidebarAreNotDates() throws IOException {
        String text = seed("004");
        List<DateMention> found = extractor.extract(text, "ru", "2024-11-13");
        assertFalse(found.stream().anyMatch(m -> m.text().contains("т") && m.text().matches(".*\\d\\.\\d.*")),
                () -> Found.describe(found));
        assertFalse(found.stream().anyMatch(m -> m.text().matches("\\d{1,2}:\\d{2}")), () -> Found.describe(found));
    }
}
