package org.wirewatch.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-11-13T17:21:00+02:00     | 2024-11-13T17:21:00+02:00",
        "2024-11-13T17:21:00.123Z      | 2024-11-13T17:21:00.123Z",
        "2024-11-13T17:21+0200         | 2024-11-13T17:21+02:00",
        "2024-11-13T17:21+02           | 2024-11-13T17:21+02:00",
        "2024-11-13t17:21z             | 2024-11-13T17:21Z",
        "2024-11-13 17:21:05           | 2024-11-13T17:21:05",
        "2024-11-13T17:21              | 2024-11-13T17:21",
        "2024-11-13                    | 2024-11-13",
        "2024-07                       | 2024-07",
        "2024                          | 2024",
        "Wed, 13 Nov 2024 17:21:00 GMT | 2024-11-13T17:21:00Z",
    })
    void keepsThePrecisionAndOffsetTheInputGave(String raw, String expected) {
        assertEquals(expected, IsoDates.normalise(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "13-11-2024, 17:21", "2024-13-01", "2024-02-30", "2024-11-13T25:00", "2024-11-13T17:21:00+2"})
    void unknownFormsAreNullNotGuessed(String raw) {
        assertNull(IsoDates.normalise(raw));
    }

    @Test
    void instantsAreWrittenInUtc() {
        assertEquals("2024-11-13T10:00:00Z", IsoDates.of(Instant.parse("2024-11-13T10:00:00.5Z")));
    }
}
