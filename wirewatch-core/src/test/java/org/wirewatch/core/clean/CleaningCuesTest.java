package org.wirewatch.core.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wirewatch.core.lang.LanguagePacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleaningCuesTest {

    static Stream<CleaningCues> languages() {
        return TextCleaner.cuesOf(LanguagePacks.discover()).stream();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguageNamesAllTwelveMonthsAndHasFurnitureAndBylines(CleaningCues cues) {
        assertEquals(12, new HashSet<>(cues.months().values()).size(), cues.language());
        assertFalse(cues.cues(CueKind.FURNITURE).isEmpty(), cues.language());
        assertFalse(cues.cues(CueKind.BYLINE).isEmpty(), cues.language());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void cuesAreReadOnly(CleaningCues cues) {
        assertThrows(UnsupportedOperationException.class, () -> cues.cues(CueKind.FURNITURE).add("x"));
        assertThrows(UnsupportedOperationException.class, () -> cues.months().put("x", 1));
    }

    @Test
    void monthStemsMatchInflectedForms() {
        CueIndex index = TestCues.all();
        assertEquals(11, index.month("ноября"));
        assertEquals(11, index.month("листопада"));
        assertEquals(11, index.month("Nov"));
        assertEquals(1, index.month("січня"));
        assertEquals(0, index.month("Novak"));
    }

    @Test
    void aBrokenCueFileFailsNamingTheFile() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> BundledCues.parse(List.of("[no-such-section]", "x"), "xx.cues"));
        assertTrue(e.getMessage().contains("xx.cues") && e.getMessage().contains("no-such-section"), e.getMessage());
    }

    /** A language added from outside: its own implementation, no change to the rules. */
    @Test
    void aNewLanguageIsAnImplementationNotABranch() {
        CleaningCues italian = new CleaningCues() {
            @Override public String language() { return "it"; }
            @Override public List<String> cues(CueKind kind) {
                return kind == CueKind.FURNITURE ? List.of("condividi") : kind == CueKind.BYLINE ? List.of("di") : List.of();
            }
            @Override public Map<String, Integer> months() { return Map.of("maggio", 5); }
        };
        CleanedDocument doc = new TextCleaner(List.of(italian)).clean(
                "Nuovo ponte aperto a Verona\nDi Marco Bianchi\n3 maggio 2024\nCondividi\nIl ponte è stato inaugurato ieri dal sindaco della città.");
        assertEquals(List.of("Marco Bianchi"), doc.authors());
        assertEquals("2024-05-03", doc.published());
        assertEquals("Nuovo ponte aperto a Verona\n\nIl ponte è stato inaugurato ieri dal sindaco della città.", doc.text());
    }
}
