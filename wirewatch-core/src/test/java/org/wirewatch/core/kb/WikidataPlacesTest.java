package org.wirewatch.core.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb import} keeps a place's coordinates (P625) and country (P17, resolved through P297). */
class WikidataPlacesTest {
    private static final String EARTH = "http://www.wikidata.org/entity/Q2";
    private static final String MOON = "http://www.wikidata.org/entity/Q405";

    @TempDir
    Path dir;

    @Test
    void placesKeepTheirPointCountryAndKind() throws IOException {
        KnowledgeBase kb = imported(List.of(
                with(DumpLines.item("Q900100", Map.of("en", List.of("Examplestan")), List.of("Q6256"), 50),
                        claim("P297", "{\"value\":\"XE\",\"type\":\"string\"}"),
                        claim("P625", point(10, 20, EARTH))),
                with(DumpLines.item("Q900101", Map.of("en", List.of("Port Example"), "ru", List.of("Порт-Пример")), List.of("Q515"), 7),
                        claim("P17", item("Q900100")),
                        claim("P625", point(-12.3456, 130.8, EARTH), point(1, 1, EARTH))),
                with(DumpLines.item("Q900102", Map.of("en", List.of("Example Mare")), List.of("Q82794"), 3),
                        claim("P625", point(8.5, 31.4, MOON))),
                with(DumpLines.item("Q900103", Map.of("en", List.of("Outer Village")), List.of("Q532"), 2),
                        "\"P17\":[{\"mainsnak\":{\"snaktype\":\"somevalue\",\"property\":\"P17\"},\"type\":\"statement\"},"
                                + "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P17\",\"datavalue\":{\"value\":" + item("Q999999")
                                + ",\"type\":\"wikibase-entityid\"}},\"type\":\"statement\"}]")));

        assertEquals(Optional.of(new Place(-12.3456, 130.8, "XE", Place.CITY)), kb.find("Порт-Пример", "ru").get(0).place(),
                "the first statement's point; the country through its ISO code");
        assertEquals(Optional.of(new Place(10, 20, "XE", Place.COUNTRY)), kb.byId("Q900100").orElseThrow().place());
        assertEquals(Optional.empty(), kb.byId("Q900102").orElseThrow().place(), "a point on the Moon is not on the map");
        KbEntity village = kb.byId("Q900103").orElseThrow();
        assertEquals(Optional.empty(), village.place(), "no coordinates");
        assertEquals("Q999999", village.attribute("country").orElseThrow(), "a country the import lacks stays a Q-id");
    }

    @Test
    void aBuiltInPlaceMergedWithItsItemTakesTheItemsPointAndKeepsItsCountry() throws IOException {
        KnowledgeBase kb = imported(List.of(
                with(DumpLines.item("Q1899", Map.of("en", List.of("Kyiv"), "uk", List.of("Київ")), List.of("Q5119"), 300),
                        claim("P17", item("Q212")), claim("P625", point(50.45, 30.5236, EARTH)))));
        Place kyiv = kb.find("Kyiv", "en").get(0).place().orElseThrow();
        assertEquals(new Place(50.45, 30.5236, "UA", Place.CITY), kyiv);
    }

    private KnowledgeBase imported(List<String> items) throws IOException {
        Path dump = dir.resolve("dump.json");
        Files.writeString(dump, DumpLines.dump(items));
        List<String> problems = new ArrayList<>();
        WikidataImport.run(dump, dir, ImportSettings.defaults(), (file, line, message) -> problems.add(line + ": " + message));
        KnowledgeBase kb = KnowledgeBases.withImported(dir, problems::add);
        assertTrue(problems.isEmpty(), problems.toString());
        return kb;
    }

    /** The item line with more properties in its claims. */
    private static String with(String itemLine, String... claims) {
        return itemLine.replace("\"claims\":{", "\"claims\":{" + String.join(",", claims) + ",");
    }

    /** A property with one statement per value, each with a qualifier the reader must skip. */
    private static String claim(String property, String... values) {
        String type = property.equals("P625") ? "globecoordinate" : property.equals("P297") ? "string" : "wikibase-entityid";
        List<String> statements = new ArrayList<>();
        for (String value : values) {
            String datavalue = value.startsWith("{\"value\"") ? value : "{\"value\":" + value + ",\"type\":\"" + type + "\"}";
            statements.add("{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + property + "\",\"datavalue\":"
                    + datavalue + "},\"type\":\"statement\",\"qualifiers\":{\"P585\":[{\"snaktype\":\"value\"}]},\"rank\":\"normal\"}");
        }
        return "\"" + property + "\":[" + String.join(",", statements) + "]";
    }

    private static String point(double lat, double lon, String globe) {
        return "{\"latitude\":" + lat + ",\"longitude\":" + lon + ",\"altitude\":null,\"precision\":0.0001,\"globe\":\"" + globe + "\"}";
    }

    private static String item(String id) {
        return "{\"entity-type\":\"item\",\"numeric-id\":" + id.substring(1) + ",\"id\":\"" + id + "\"}";
    }
}
