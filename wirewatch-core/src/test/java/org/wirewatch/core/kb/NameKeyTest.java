package org.wirewatch.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '=', value = {
        "The Alliance = alliance", "Erdoğan = Erdogan", "U.S. = US", "Secretary-General = Secretary General",
        "Слов’янськ = Слов'янськ", "Слов'янськ = Словянськ", "Соединённые Штаты = Соединенные Штаты",
        "  Kyiv\u00A0 city = kyiv city", "«Вагнер» = Вагнер", "Kijów = Kijow", "Støre = Store",
        "Washington, D.C. = Washington DC", "Nausėda = Nauseda", "İstanbul = istanbul"})
    void spellingNoiseDoesNotSplitANameIntoTwo(String a, String b) {
        assertEquals(NameKey.of(b), NameKey.of(a));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '=', value = {"Київ = Киів", "Зеленський = Зеленскии", "Theodore = odore", "Kyiv = Kyivv"})
    void lettersOfTheirOwnStayDistinct(String a, String b) {
        assertNotEquals(NameKey.of(b), NameKey.of(a));
    }
}
