package org.wirewatch.core.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.morph.DemonymInflections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KbFileTest {
    private static final DemonymInflections INFLECTIONS = LanguagePacks.discover().demonymInflections();
    private static final KbEntity COUNTRY = new KbEntity("iso:XX", EntityType.LOC, "Examplestan",
            Map.of("en", List.of("Examplestan")), List.of("country"), Map.of("iso2", "XX"));

    @Test
    void blocksBecomeEntitiesRolesAndDemonyms() {
        List<KbFile.Block> blocks = KbFile.parse(List.of(
                "# comment",
                "[ww:town] LOC city country=iso:XX",
                "en: Exampletown | Old Exampletown",
                "ru: Примерград",
                "",
                "[iso:XX]",
                "en: Example Republic",
                "ru.demonym: примерск- | примерцы",
                "[ww:boss] PER human",
                "en: Ann Example",
                "role: President | iso:XX | 2020-01-01 | -"), "test.kb");

        KbContent content = BuiltInData.assemble(List.of(COUNTRY), blocks);
        KnowledgeBase kb = new IndexedKnowledgeBase(content);

        assertEquals("ww:town", kb.find("Old Exampletown", "en").get(0).id());
        assertEquals("Example Republic", kb.byId("iso:XX").orElseThrow().name(), "curated names come first");
        assertEquals("iso:XX", kb.find("Examplestan", "en").get(0).id(), "CLDR names stay");
        assertEquals("iso:XX", kb.countryOfDemonym("примерских", "ru", INFLECTIONS).orElseThrow().id());
        assertEquals("iso:XX", kb.countryOfDemonym("Примерцы", "ru", INFLECTIONS).orElseThrow().id());
        assertEquals(List.of("ww:boss"), kb.holders("President", "iso:XX", LocalDate.of(2024, 1, 1)).stream().map(KbEntity::id).toList());
        assertTrue(kb.holders("President", "iso:XX", LocalDate.of(2019, 1, 1)).isEmpty());
    }

    @Test
    void errorsInTheShippedFilesNameFileAndLine() {
        var e = assertThrows(IllegalStateException.class, () -> KbFile.parse(List.of("[ww:a] PER", "en Ann"), "people.kb"));
        assertTrue(e.getMessage().startsWith("people.kb:2: "), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> KbFile.parse(List.of("[ww:a] PER", "ru: Анна"), "people.kb"));
        assertTrue(e.getMessage().contains("people.kb:1: entity ww:a has no English name"), e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> KbFile.parse(List.of("[ww:a] PER", "en: Ann", "role: Boss | ww:x | 2020-13-01 | -"), "people.kb"));
        assertTrue(e.getMessage().startsWith("people.kb:3: bad role"), e.getMessage());
        var blocks = KbFile.parse(List.of("[ww:a] LOC country=ww:nowhere", "en: A"), "places.kb");
        e = assertThrows(IllegalStateException.class, () -> BuiltInData.assemble(List.of(), blocks));
        assertTrue(e.getMessage().startsWith("places.kb:1: country=ww:nowhere names no entity"), e.getMessage());
    }
}
