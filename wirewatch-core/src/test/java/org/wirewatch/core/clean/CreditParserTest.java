package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditParserTest {
    private final CreditParser parser = new CreditParser(TestCues.all());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Reuters              | Reuters",
        "© Reuters            | Reuters",
        "(c) AP               | AP",
        "Reuters.             | Reuters",
        "Reuters, AFP         | Reuters, AFP",
        "Джерело: Укрінформ   | Укрінформ",
        "Источник: ТАСС       | ТАСС",
        "Quelle: dpa          | dpa",
        "ИНТЕРФАКС            | ИНТЕРФАКС",
    })
    void standaloneCreditLines(String line, String source) {
        assertEquals(source, parser.source(line.strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Об этом заявил министр, сообщает Reuters.",
        "according to the US Department of Defense website",
        "Reuters reported the talks had stalled.",
        "Photo: Reuters",
    })
    void agenciesInsideSentencesAreNotCredits(String line) {
        assertNull(parser.source(line));
    }

    @Test
    void wireDatelineNamesTheAgency() {
        assertEquals("Reuters", parser.wireSource("LIMA, June 4 (Reuters) - Peru's central bank held rates."));
        assertEquals("AFP", parser.wireSource("KYIV (AFP) — Ukraine said on Monday..."));
        assertNull(parser.wireSource("The talks (Reuters) said were useful."));
        // The wire format names the agency even when it is not on the bundled list.
        assertEquals("Andina", parser.wireSource("LIMA, June 4 (Andina) - Peru's central bank held rates."));
        assertNull(parser.wireSource("LIMA, June 4 (local time) - Peru's central bank held rates."));
    }
}
