package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What /api/stories/{id} sums up over every article of a story, on the real server over the analysed fixture corpus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoryPageTest {
    @TempDir
    static Path data;
    ServerFixture fixture;

    /** The server over this test's articles in the store under test: the embedded index here, a Solr collection in {@link SolrStoryPageTest}. */
    ServerFixture open(Path data) throws IOException {
        return new ServerFixture(data, ServerSettings.loopback(0), true);
    }

    @BeforeAll
    void start() throws IOException {
        fixture = open(data);
    }

    @AfterAll
    void stop() throws IOException {
        if (fixture != null) fixture.close();
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.get("id").asText());
        return out;
    }

    @Test
    void top_entities_and_places_are_counted_over_every_article_of_the_story() {
        JsonNode overview = fixture.getJson("/api/stories/brussels").get("overview");
        List<String> entities = ids(overview.get("entities"));
        assertTrue(entities.subList(0, 2).containsAll(List.of("ww:blinken", "ww:sybiha")), entities.toString());
        JsonNode blinken = overview.get("entities").get(entities.indexOf("ww:blinken"));
        assertEquals(3, blinken.get("articles").asInt(), "named in all three languages: " + blinken);
        assertTrue(blinken.get("mentions").asInt() >= 3, blinken.toString());
        List<String> places = ids(overview.get("places"));
        assertTrue(places.contains("ww:brussels"), places.toString());
        assertTrue(!entities.contains("ww:brussels"), "a place is listed with the places, not the entities");
        for (JsonNode p : overview.get("places")) assertTrue(List.of("LOC", "GPE").contains(p.get("type").asText()), p.toString());
    }

    @Test
    void the_meeting_told_in_three_languages_is_one_linked_event() {
        JsonNode events = fixture.getJson("/api/stories/brussels").get("linked_events");
        assertEquals(1, events.size(), events.toString());
        assertEquals("MEET", events.get(0).get("type").asText());
        assertEquals(3, events.get(0).get("mention_count").asInt());
        assertEquals("[\"en\",\"ru\",\"uk\"]", events.get(0).get("languages").toString());
    }

    @Test
    void an_amount_told_in_two_languages_is_listed_once() {
        JsonNode amounts = fixture.getJson("/api/stories/grain").get("overview").get("amounts");
        List<JsonNode> tonnes = new ArrayList<>();
        for (JsonNode a : amounts) if (a.get("value").asDouble() == 4_000_000) tonnes.add(a);
        assertEquals(1, tonnes.size(), "four million tonnes in en and uk is one amount: " + amounts);
        assertEquals(2, tonnes.get(0).get("articles").asInt());
        assertEquals("[\"en\",\"uk\"]", tonnes.get(0).get("languages").toString());
    }

    @Test
    void a_translation_is_named_by_outlet_and_language() {
        JsonNode related = fixture.getJson("/api/stories/brussels").get("overview").get("related");
        assertEquals(1, related.size(), related.toString());
        JsonNode r = related.get(0);
        assertEquals("translation", r.get("kind").asText());
        assertEquals("ru", r.get("article").get("lang").asText());
        assertEquals("Вечерний курьер", r.get("article").get("source").asText());
        assertEquals("en", r.get("of").get("lang").asText());
        assertEquals("Harbour Post", r.get("of").get("source").asText());
    }

    @Test
    void growth_counts_articles_per_hour_by_language_with_the_empty_hours_between() {
        JsonNode growth = fixture.getJson("/api/stories/brussels").get("overview").get("growth");
        assertEquals("hour", growth.get("unit").asText(), "a story told within three days is charted by the hour");
        JsonNode buckets = growth.get("buckets");
        assertEquals(4, buckets.size(), "10:00 to 13:00: " + buckets);
        assertEquals("2024-11-13T10", buckets.get(0).get("at").asText());
        assertEquals(1, buckets.get(0).get("by_lang").get("en").asInt());
        assertEquals(0, buckets.get(1).get("by_lang").size(), "no article at 11:00");
        assertEquals(1, buckets.get(2).get("by_lang").get("ru").asInt());
        assertEquals(1, buckets.get(3).get("by_lang").get("uk").asInt());
    }
}
