package org.wirewatch.core.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylineParserTest {
    private final BylineParser parser = new BylineParser(TestCues.all());

    @Test
    void openedBylinesInSeveralLanguages() {
        assertEquals(List.of("Maria Lindqvist", "Tom O'Neill"), parser.opened("By Maria Lindqvist and Tom O'Neill"));
        assertEquals(List.of("Оксана Лінська"), parser.opened("Автор: Оксана Лінська"));
        assertEquals(List.of("Anna Schmidt", "Jan Becker"), parser.opened("Von Anna Schmidt und Jan Becker"));
        assertEquals(List.of("Ирина Белова"), parser.opened("Текст: Ирина Белова"));
    }

    @Test
    void wireBylineKeepsReportersAndWritersButNotEditors() {
        assertEquals(List.of("Ana Ruiz", "Tom Birch", "Lee Wong"),
                parser.opened("(Reporting by Ana Ruiz in Lima; Additional reporting by Tom Birch; Writing by Lee Wong; Editing by Kim Ode)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "By Wednesday, the troops had left the city.",
        "By Joe Biden's order, the embassy closed.",
        "Автор фото неизвестен",
    })
    void sentencesThatStartLikeABylineAreNotBylines(String text) {
        assertEquals(List.of(), parser.opened(text));
    }

    @Test
    void namesOnlyLines() {
        assertEquals(List.of("Anna Kowalska", "Jan Nowak", "Ewa Zielińska"), parser.nameList("Anna Kowalska, Jan Nowak i Ewa Zielińska |"));
        assertEquals(List.of("Олена Коваль", "Ігор Шевчук"), parser.nameList("Олена Коваль та Ігор Шевчук"));
        assertEquals(List.of("Ursula von der Leyen"), parser.nameList("Ursula von der Leyen"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Washington D.C.", "Related Topics", "News Line", "Politics", "Leave a review", "NATO Summit", "Reuters"})
    void placesAndPageWordsAreNotNames(String text) {
        assertEquals(List.of(), parser.nameList(text));
    }
}
