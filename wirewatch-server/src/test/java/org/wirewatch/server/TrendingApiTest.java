package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** /api/stories?sort=trending on the real server over a generated stream stored in a real index. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendingApiTest {
    @TempDir
    static Path data;
    ServerFixture fixture;

    /** The server over this test's articles in the store under test: the embedded index here, a Solr collection in {@link SolrTrendingApiTest}. */
    ServerFixture open(Path data) throws IOException {
        TrendingStream.store(data);
        return new ServerFixture(data, ServerSettings.loopback(0), false);
    }

    @BeforeAll
    void start() throws IOException {
        fixture = open(data);
    }

    @AfterAll
    void stop() throws IOException {
        if (fixture != null) fixture.close();
    }

    private static JsonNode item(JsonNode list, String id) {
        for (JsonNode s : list.get("items")) if (s.get("id").asText().equals(id)) return s;
        throw new AssertionError("no " + id + " in " + list);
    }

    @Test
    void the_burst_ranks_first_above_the_steady_big_story_and_the_one_off() {
        JsonNode list = fixture.getJson("/api/stories?sort=trending&limit=100");
        assertEquals("2026-04-02T15:00", list.get("now").asText(), "the window ends at the newest stored article");
        assertEquals(6, list.get("window_hours").asInt());
        JsonNode burst = list.get("items").get(0);
        assertEquals("burst", burst.get("id").asText(), list.toString());
        assertTrue(burst.get("breaking").asBoolean(), burst.toString());
        JsonNode steady = item(list, "steady");
        JsonNode oneOff = item(list, "one-off");
        assertTrue(steady.get("recent").asInt() > burst.get("recent").asInt(), "the steady story has more articles in the window");
        assertTrue(burst.get("score").asDouble() > steady.get("score").asDouble(), list.toString());
        assertTrue(burst.get("score").asDouble() > oneOff.get("score").asDouble(), list.toString());
        assertFalse(steady.get("breaking").asBoolean(), steady.toString());
        assertFalse(oneOff.get("breaking").asBoolean(), oneOff.toString());
        assertEquals(192, steady.get("story").get("articles").asInt(), "each item carries its story as the list shows it");
    }

    @Test
    void the_growth_curve_counts_articles_per_hour_by_language() {
        JsonNode burst = item(fixture.getJson("/api/stories?sort=trending&window=3"), "burst");
        JsonNode curve = burst.get("curve");
        assertEquals(List.of("2026-04-02T12:00", "2026-04-02T13:00", "2026-04-02T14:00"), texts(curve.get("hours")));
        // every 15 minutes back from 15:00, en at 0, 30, … 120 minutes and uk at 15, 45, … 135
        assertEquals(List.of("1", "2", "2"), texts(curve.get("by_language").get("en")));
        assertEquals(List.of("1", "2", "2"), texts(curve.get("by_language").get("uk")));
        assertEquals(10, burst.get("recent").asInt());
    }

    @Test
    void the_same_store_gives_the_same_ranking_and_now_moves_the_window() {
        assertEquals(fixture.getJson("/api/stories?sort=trending&limit=100"), fixture.getJson("/api/stories?sort=trending&limit=100"));
        JsonNode earlier = fixture.getJson("/api/stories?sort=trending&now=2026-04-01T15:00:00Z&limit=100");
        assertEquals("2026-04-01T15:00", earlier.get("now").asText());
        for (JsonNode s : earlier.get("items")) assertFalse(s.get("id").asText().equals("burst"), "the burst had not begun: " + earlier);
    }

    @Test
    void the_history_counts_every_article_of_its_days_and_a_commit_is_counted_at_once() throws IOException {
        // steady: one English and one Russian article an hour; 72 hours of history before the 6-hour window
        assertEquals(144, item(fixture.getJson("/api/stories?sort=trending&limit=100"), "steady").get("history").asInt());
        assertEquals(1, item(fixture.getJson("/api/stories?sort=trending&limit=100"), "one-off").get("recent").asInt());
        fixture.index.add(org.wirewatch.core.model.Article.builder("one-off-2", "Comet seen again over Brenhall").lang("en")
                .source("Generated Wire").published(TrendingStream.NOW.minusMinutes(5).atOffset(java.time.ZoneOffset.UTC).toString())
                .story("one-off").build());
        fixture.index.commit();
        assertEquals(2, item(fixture.getJson("/api/stories?sort=trending&limit=100"), "one-off").get("recent").asInt(),
                "the ranking kept for the last commit is not served after the next");
    }

    @Test
    void the_newest_first_list_is_unchanged_and_bad_parameters_are_refused() {
        assertEquals(fixture.getJson("/api/stories"), fixture.getJson("/api/stories?sort=newest"));
        assertEquals(400, fixture.get("/api/stories?sort=loudest").statusCode());
        assertEquals(400, fixture.get("/api/stories?sort=trending&window=0").statusCode());
        assertEquals(400, fixture.get("/api/stories?sort=trending&window=six").statusCode());
        assertEquals(400, fixture.get("/api/stories?sort=trending&now=yesterday").statusCode());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) out.add(n.asText());
        return out;
    }
}
