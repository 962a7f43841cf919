package org.wirewatch.core.kb;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceTest {
    private static final KbEntity COUNTRY = new KbEntity("iso:XX", EntityType.LOC, "Examplestan",
            Map.of("en", List.of("Examplestan")), List.of("country"), Map.of("iso2", "XX"));

    @Test
    void everyPlaceOfTheBuiltInBaseHasCoordinatesAndAKind() {
        List<String> without = KnowledgeBases.builtIn().entities()
                .filter(e -> e.type() == EntityType.LOC && e.place().isEmpty()).map(KbEntity::id).toList();
        assertEquals(List.of(), without);
    }

    @Test
    void citiesRegionsAndCountriesOfTheBuiltInBase() {
        KnowledgeBase kb = KnowledgeBases.builtIn();
        Place kyiv = kb.find("Київ", "uk").get(0).place().orElseThrow();
        assertEquals(50.45, kyiv.lat(), 0.05);
        assertEquals(30.52, kyiv.lon(), 0.05);
        assertEquals("UA", kyiv.country());
        assertEquals(Place.CITY, kyiv.kind());
        Place ukraine = kb.byId("iso:UA").orElseThrow().place().orElseThrow();
        assertEquals(new Place(48.38, 31.17, "UA", Place.COUNTRY), ukraine);
        assertEquals(Place.REGION, kb.find("Donbas", "en").get(0).place().orElseThrow().kind());
        Place washington = kb.find("Washington", "en").get(0).place().orElseThrow();
        assertTrue(washington.lon() < -70 && washington.lat() > 38, "west of Greenwich, north of the equator: " + washington);
        assertEquals("US", washington.country());
    }

    @Test
    void coordinatesInABlockReachThePlaceAndBadOnesNameFileAndLine() {
        KbContent content = BuiltInData.assemble(List.of(COUNTRY), KbFile.parse(List.of(
                "[ww:port] LOC city country=iso:XX lat=-12.5 lon=130.25",
                "en: Exampleport",
                "[ww:bay] LOC bay lat=1 lon=2 kind=region",
                "en: Example Bay",
                "[iso:XX] lat=10 lon=20"), "test.kb"));
        KnowledgeBase kb = new IndexedKnowledgeBase(content);
        assertEquals(new Place(-12.5, 130.25, "XX", Place.CITY), kb.byId("ww:port").orElseThrow().place().orElseThrow());
        assertEquals(new Place(1, 2, null, Place.REGION), kb.byId("ww:bay").orElseThrow().place().orElseThrow());
        assertEquals(new Place(10, 20, "XX", Place.COUNTRY), kb.byId("iso:XX").orElseThrow().place().orElseThrow());

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BuiltInData.assemble(List.of(COUNTRY),
                KbFile.parse(List.of("[ww:x] LOC city", "en: X", "", "[ww:y] LOC city lat=95 lon=2", "en: Y"), "bad.kb")));
        assertTrue(e.getMessage().startsWith("bad.kb:4: ww:y coordinates out of range"), e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> BuiltInData.assemble(List.of(COUNTRY),
                KbFile.parse(List.of("[ww:y] LOC city lat=4O.5 lon=2", "en: Y"), "bad.kb")));
        assertTrue(e.getMessage().startsWith("bad.kb:1: ww:y coordinates are not numbers"), e.getMessage());
    }
}
