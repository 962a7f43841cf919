package org.wirewatch.core.extract.ner.cues;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word lexicons: what a name finder learns from one word, inflected forms included. */
class NameCuesTest {
    private static final Locale DEFAULT = Locale.getDefault();
    private final NameCues en = NameCuesRegistry.standard().forLanguage("en");
    private final NameCues ru = NameCuesRegistry.standard().forLanguage("ru");
    private final NameCues uk = NameCuesRegistry.standard().forLanguage("uk");

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(DEFAULT);
    }

    @Test
    void sentenceInitialFunctionWordsAreNotNames() {
        for (String w : List.of("The", "According", "After", "But", "In")) assertTrue(en.isFunctionWord(w), w);
        for (String w : List.of("Об", "По", "На", "Также", "Напомним")) assertTrue(ru.isFunctionWord(w), w);
        for (String w : List.of("У", "На", "За", "Також", "Нагадаємо")) assertTrue(uk.isFunctionWord(w), w);
        for (String w : List.of("Kyiv", "US", "WHO", "New")) assertFalse(en.isFunctionWord(w), w);
    }

    @Test
    void designatorsMatchInflectedForms() {
        for (String w : List.of("Ministry", "Council", "Forces", "Corp", "Bank")) assertTrue(en.isOrgDesignator(w), w);
        for (String w : List.of("министерства", "совета", "комитете", "агентство", "партией", "силы", "ВСУ")) assertTrue(ru.isOrgDesignator(w), w);
        for (String w : List.of("міністерству", "ради", "комітетом", "агентства", "партії", "сили", "ЗСУ")) assertTrue(uk.isOrgDesignator(w), w);
        for (String w : List.of("oblast", "region", "city")) assertTrue(en.isPlaceDesignator(w), w);
        for (String w : List.of("области", "районе", "города", "село")) assertTrue(ru.isPlaceDesignator(w), w);
        for (String w : List.of("області", "районі", "місті", "села")) assertTrue(uk.isPlaceDesignator(w), w);
        assertFalse(ru.isOrgDesignator("советский"), "an adjective is not the noun");
        assertFalse(uk.isPlaceDesignator("міський"));
    }

    @Test
    void placePrepositionsAndNameParticles() {
        for (String w : List.of("in", "near", "from")) assertTrue(en.isPlacePreposition(w), w);
        for (String w : List.of("в", "во", "на", "под", "из")) assertTrue(ru.isPlacePreposition(w), w);
        for (String w : List.of("у", "в", "на", "під", "з", "із", "біля")) assertTrue(uk.isPlacePreposition(w), w);
        for (String w : List.of("van", "von", "de", "der", "al-", "bin", "ibn", "da")) assertTrue(en.isNameParticle(w), w);
        assertTrue(ru.isNameParticle("фон") && uk.isNameParticle("фон"));
    }

    @Test
    void monthsDaysAndThingsAreNotPeople() {
        for (String w : List.of("May", "August", "Monday", "Sept")) assertTrue(en.isCalendarWord(w), w);
        for (String w : List.of("ноября", "мая", "среду", "понедельник")) assertTrue(ru.isCalendarWord(w), w);
        for (String w : List.of("листопада", "травні", "середу", "п’ятницю")) assertTrue(uk.isCalendarWord(w), w);
        assertFalse(en.isCalendarWord("Mayor"));
        assertTrue(en.isMiscName("Telegram") && ru.isMiscName("Телеграме") && uk.isMiscName("Шахедів"));
        assertTrue(en.isDemonym("Ukrainian") && ru.isDemonym("российских") && uk.isDemonym("українського"));
    }

    @Test
    void aLoneTitleWordIsARoleNotAName() {
        assertEquals(Set.of(WordCue.ROLE), en.cuesOf("President"));
        assertTrue(en.isRoleWord("Gov") && en.isRoleWord("spokesperson") && en.isRoleWord("FM"));
        assertFalse(en.isRoleWord("fm"), "a title written with capitals matches only that form");
        assertFalse(en.isRoleWord("State"), "words inside longer titles also name places and bodies");
        assertTrue(ru.isRoleWord("генсеком") && ru.isRoleWord("президенту") && ru.isRoleWord("посла"));
        assertFalse(ru.isRoleWord("после"), "the preposition is not the ambassador");
        assertFalse(ru.isRoleWord("главное"), "'main' is not 'head'");
        assertTrue(uk.isRoleWord("речником") && uk.isRoleWord("міністрові") && uk.isRoleWord("головою"));
        assertFalse(uk.isRoleWord("головний"));
    }

    @Test
    void apostrophesAndYoAreFolded() {
        Marked straight = Marked.of("прем'єр-міністр [Денис Шмигаль]");
        Marked curly = Marked.of("премʼєр-міністр [Денис Шмигаль]");
        assertEquals("prime_minister", uk.roleBefore(straight.tokens(), straight.nameStart()).orElseThrow().role());
        assertEquals("prime_minister", uk.roleBefore(curly.tokens(), curly.nameStart()).orElseThrow().role());
        Marked yo = Marked.of("генеральным секретарём [Марком Рютте]");
        assertEquals("secretary_general", ru.roleBefore(yo.tokens(), yo.nameStart()).orElseThrow().role());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr", "az", "uk", "en"})
    void matchingIgnoresTheDefaultLocale(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Marked m = Marked.of("said PRIME MINISTER [Keir Starmer] and");
        assertEquals("prime_minister", en.roleBefore(m.tokens(), m.nameStart()).orElseThrow().role());
        assertTrue(en.isFunctionWord("IN") && en.isCalendarWord("FRIDAY"));
    }

    @Test
    void answersAreReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> en.cuesOf("The").add(WordCue.ROLE));
        Marked m = Marked.of("NATO Secretary General [Jens Stoltenberg]");
        RoleCue cue = en.roleBefore(m.tokens(), m.nameStart()).orElseThrow();
        assertThrows(UnsupportedOperationException.class, () -> cue.affiliations().clear());
        assertThrows(UnsupportedOperationException.class, () -> en.roles(m.tokens()).clear());
    }

    @Test
    void registryServesEachLanguageAndNamesWhatItLacks() {
        NameCuesRegistry registry = NameCuesRegistry.standard();
        assertEquals(Set.of("en", "ru", "uk"), registry.languages());
        assertEquals("uk", registry.forLanguage("UK").language());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.forLanguage("pl"));
        assertTrue(e.getMessage().contains("pl") && e.getMessage().contains("en, ru, uk"), e.getMessage());
        assertTrue(registry.find("az").isEmpty());
    }

    /** A language added from outside is an implementation, not a branch in the matcher. */
    @Test
    void aNewLanguageIsAnImplementation() {
        NameCues polish = new BundledNameCues("pl", CueFile.parse(List.of("[grammar]", "genitive-complements",
                "[endings]", "- a u em ie y", "[role]", "president: prezydent*", "[function]", "w na"), "pl.cues"));
        NameCuesRegistry registry = new NameCuesRegistry(List.of(polish));
        Marked m = Marked.of("spotkanie z prezydentem [Andrzejem Dudą]");
        assertEquals("president", registry.forLanguage("pl").roleBefore(m.tokens(), m.nameStart()).orElseThrow().role());
        assertSame(polish, registry.forLanguage("pl"));
    }

    @Test
    void aBrokenCueFileFailsNamingFileAndLine() {
        assertMessage(List.of("[no-such-section]", "x"), "xx.cues:1", "no-such-section");
        assertMessage(List.of("[role]", "Bad Id: x"), "xx.cues:2", "Bad Id");
        assertMessage(List.of("[function]", "стем*"), "xx.cues:2", "[endings]");
        assertMessage(List.of("[endings]", "а", "[org]", "ми{ни"), "xx.cues:4", "malformed");
    }

    private static void assertMessage(List<String> lines, String where, String what) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CueFile.parse(lines, "xx.cues"));
        assertTrue(e.getMessage().contains(where) && e.getMessage().contains(what), e.getMessage());
    }
}
