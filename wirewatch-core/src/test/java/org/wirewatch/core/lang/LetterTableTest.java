package org.wirewatch.core.lang;

import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marker letters depend on which languages compete: і marks Ukrainian next to Russian, not next to Belarusian. */
class LetterTableTest {
    private static final LanguageProfiles PROFILES = new LanguageProfiles(LanguagePacks.discover());

    private static LanguageProfile profile(String code) {
        return PROFILES.forCode(code);
    }

    private static final List<LanguageProfile> DEFAULT = List.of(
            profile("en"), profile("ru"), profile("uk"), profile("az"));

    @Test
    void markers_of_the_default_set() {
        LetterTable table = new LetterTable(DEFAULT);
        LetterCounts c = table.count("Ы э Ё ъ | І ї Є ґ | W | Ə ğ Ş ı | a и", 0, 35);
        assertEquals(4, c.markerHits(1), "ru");
        assertEquals(4, c.markerHits(2), "uk");
        assertEquals(1, c.markerHits(0), "en");
        assertEquals(4, c.markerHits(3), "az");
        assertEquals(0, c.foreign());
    }

    @Test
    void markers_are_relative_to_the_configured_neighbours() {
        List<LanguageProfile> slavic = List.of(profile("ru"), profile("uk"), profile("be"));
        LetterTable table = new LetterTable(slavic);
        String text = "і ї ў ы";
        LetterCounts c = table.count(text, 0, text.length());
        assertEquals(0, c.markerHits(0), "ы is Belarusian too");
        assertEquals(1, c.markerHits(1), "ї only; і is Belarusian too");
        assertEquals(1, c.markerHits(2), "ў");
    }

    @Test
    void english_has_no_markers_among_richer_latin_alphabets() {
        LetterTable table = new LetterTable(List.of(profile("en"), profile("de"), profile("fr")));
        assertFalse(table.hasMarkers(0));
        assertTrue(table.hasMarkers(1));
    }

    @Test
    void letters_no_configured_language_uses_are_foreign() {
        LetterTable table = new LetterTable(DEFAULT);
        String text = "ßéñ ђ 東 ạ";
        LetterCounts c = table.count(text, 0, text.length());
        assertEquals(5, c.foreign(), "ß é ñ ђ ạ; Han is another script, not a foreign letter");
        assertEquals(1, c.inScript(LetterTable.OTHER));
        assertEquals(6, c.letters());
    }

    @Test
    void counts_only_the_given_range() {
        LetterTable table = new LetterTable(DEFAULT);
        assertEquals(2, table.count("abc", 1, 3).letters());
    }
}
