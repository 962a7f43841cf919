package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity page's lists (offices as periods, quotes once per saying, named-together entities and
 * stories) and the home page's filtered stories and trend, through a real server over our own
 * fixture (fixtures/entity-pages.jsonl, analysed by the real pipeline): one saying of Sybiha's
 * carried by two English outlets, a Russian and a Ukrainian one on the same day and story, and
 * three more of his sayings on other days.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityAndHomeApiTest {
    @TempDir
    static Path data;
    ServerFixture fixture;

    /** The server over this test's articles in the store under test: the embedded index here, a Solr collection in {@link SolrEntityAndHomeApiTest}. */
    ServerFixture open(Path data) throws IOException {
        return new ServerFixture(data, ServerSettings.loopback(0), "/fixtures/entity-pages.jsonl");
    }

    @BeforeAll
    void start() throws IOException {
        fixture = open(data);
    }

    @AfterAll
    void stop() throws IOException {
        if (fixture != null) fixture.close();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void offices_are_one_period_per_holder_office_and_body_named_in_the_readers_language() {
        JsonNode roles = fixture.getJson("/api/entities/Sybiha/roles?lang=ru");
        assertEquals(1, roles.get("total").asInt(), roles.toString());
        JsonNode row = roles.get("items").get(0);
        assertEquals("министр иностранных дел", row.get("label").asText());
        assertEquals("Украина", row.get("org").asText());
        assertEquals("2024-12-02", row.get("from").asText());
        assertEquals("2024-12-05", row.get("to").asText());
        assertEquals(6, row.get("articles").asInt(), "the English 'Foreign Minister' without a body joins the one office of Ukraine");
        assertEquals(4, row.get("sources").asInt());
        assertTrue(row.get("in_kb").asBoolean(), "the knowledge base records the same office");

        HttpResponse<String> uk = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/entities/ww%3Asybiha/roles")))
                .header("Accept-Language", "uk-UA,uk;q=0.9,en;q=0.5").GET().build());
        assertEquals("міністр закордонних справ", ServerFixture.parse(uk.body()).get("items").get(0).get("label").asText(),
                "without lang= the browser's language names the office");
        assertEquals("Foreign Minister", fixture.getJson("/api/entities/Sybiha/roles?lang=en").get("items").get(0).get("label").asText());
    }

    @Test
    void a_saying_carried_by_several_outlets_and_languages_is_one_quote() {
        JsonNode quotes = fixture.getJson("/api/entities/Sybiha/quotes?lang=en");
        JsonNode first = quotes.get("items").get(0);
        assertEquals(4, first.get("articles").asInt(), first.toString());
        assertEquals(List.of("en", "ru", "uk"), mapped(first.get("languages")));
        assertEquals(4, first.get("outlets").size());
        assertTrue(first.get("text").asText().startsWith("Our ports are open"), first.get("text").asText());
        assertTrue(first.get("texts").get("uk").asText().startsWith("Наші порти"), first.toString());
        // the other sayings are days apart or in other stories: each stays its own
        assertEquals(quotes.get("total").asInt(), quotes.get("items").size());
        assertTrue(quotes.get("total").asInt() >= 3, quotes.toString());
        for (JsonNode other : quotes.get("items")) if (other != first) assertEquals(1, other.get("articles").asInt(), other.toString());

        JsonNode inRussian = fixture.getJson("/api/entities/Sybiha/quotes?lang=ru").get("items").get(0);
        assertTrue(inRussian.get("text").asText().startsWith("Наши порты"), "the reader's language first: " + inRussian);

        JsonNode second = fixture.getJson("/api/entities/Sybiha/quotes?offset=1&limit=1");
        assertEquals(quotes.get("total").asInt(), second.get("total").asInt(), "a page keeps the whole total");
        assertEquals(quotes.get("items").get(1).get("text").asText(), second.get("items").get(0).get("text").asText());
    }

    private static List<String> mapped(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void entities_and_stories_named_with_it_are_counted_over_every_article_and_paged() {
        JsonNode entities = fixture.getJson("/api/entities/Sybiha/entities?limit=2");
        assertEquals(2, entities.get("items").size());
        assertTrue(entities.get("total").asInt() > 2, entities.toString());
        assertEquals("iso:UA", entities.get("items").get(0).get("id").asText(), "Ukraine is named in most of his articles");
        JsonNode all = fixture.getJson("/api/entities/Sybiha/entities?limit=100");
        assertTrue(texts(all.get("items"), "id").containsAll(List.of("ww:geneva", "ww:blinken")), all.toString());

        JsonNode stories = fixture.getJson("/api/entities/Sybiha/stories");
        assertEquals(3, stories.get("total").asInt());
        assertEquals(List.of("geneva", "winter", "markup"), texts(stories.get("items"), "id"));
        assertEquals(4, stories.get("items").get(0).get("articles").asInt());

        assertEquals(404, fixture.get("/api/entities/Nobody%20Known/quotes").statusCode());
    }

    @Test
    void the_home_filters_drive_the_stories_and_the_trend() {
        JsonNode all = fixture.getJson("/api/stories");
        assertEquals(3, all.get("total").asInt());
        JsonNode russian = fixture.getJson("/api/stories?lang=ru");
        assertEquals(1, russian.get("total").asInt());
        assertEquals("geneva", russian.get("items").get(0).get("id").asText());
        assertEquals(4, russian.get("items").get(0).get("articles").asInt(), "a card shows its whole story");
        assertEquals(List.of("winter", "geneva"), texts(fixture.getJson("/api/stories?source=Lakeside%20Courier").get("items"), "id"));
        assertEquals(List.of("winter"), texts(fixture.getJson("/api/stories?category=energy").get("items"), "id"));
        assertEquals(List.of("markup", "geneva"), texts(fixture.getJson("/api/stories?to=2024-12-04").get("items"), "id"));
        JsonNode second = fixture.getJson("/api/stories?source=Lakeside%20Courier&offset=1&limit=1");
        assertEquals(2, second.get("total").asInt(), "a page of a filtered list counts every story it matches");
        assertEquals(List.of("geneva"), texts(second.get("items"), "id"));

        JsonNode trend = fixture.getJson("/api/trend");
        assertEquals(List.of("2024-12-02", "2024-12-03", "2024-12-04", "2024-12-05"), mapped(trend.get("days")));
        assertEquals(List.of(2, 0, 1, 1), ints(trend.get("by_language").get("en")));
        assertEquals(List.of(1, 0, 0, 0), ints(trend.get("by_language").get("ru")));
        JsonNode ranged = fixture.getJson("/api/trend?lang=uk&from=2024-12-01&to=2024-12-03");
        assertEquals(List.of("2024-12-01", "2024-12-02", "2024-12-03"), mapped(ranged.get("days")));
        assertEquals(List.of("uk"), mapped(ranged.get("by_language").fieldNames()));
        assertEquals(400, fixture.get("/api/trend?from=yesterday").statusCode());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<String> mapped(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }

    @Test
    void the_charts_library_is_served_from_its_webjar_under_the_strict_policy() {
        HttpResponse<String> js = fixture.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"), js.headers().toString());
        assertTrue(js.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(js.body().contains("uPlot"));
        assertEquals(200, fixture.get("/webjars/uplot/1.6.30/dist/uPlot.min.css").statusCode());
    }
}
