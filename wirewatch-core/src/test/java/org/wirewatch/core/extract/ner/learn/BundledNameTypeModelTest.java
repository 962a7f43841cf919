package org.wirewatch.core.extract.ner.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped model on names the dictionaries and the knowledge base do not list as written:
 * transliterated Ukrainian surnames and towns as English news spells them, and inflected
 * Cyrillic forms; capitalised ordinary words are no names.
 */
class BundledNameTypeModelTest {
    @ParameterizedTest
    @CsvSource({
        "Syrotiuk, PERSON", "Kovtoniuk, PERSON", "Bondarchuk, PERSON", "Zaluzhnyi, PERSON",
        "Ткаченком, PERSON", "Сиротюка, PERSON",
        "Avdiivka, PLACE", "Zaporizhzhia, PLACE", "Vovchansk, PLACE", "Покровськом, PLACE",
        "However, NOT_A_NAME", "Ministry, NOT_A_NAME", "Говорит, NOT_A_NAME"})
    void typesWordsAsTheNewsUsesThem(String word, NameKind kind) {
        assertEquals(kind, BundledNameTypeModel.get().predict(word).kind(), word);
    }
}
