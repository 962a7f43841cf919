package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read API against a real server on a loopback port over the analysed fixture corpus, in the
 * embedded index; {@link SolrApiTest} runs the same tests over a SolrCloud collection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    @TempDir
    static Path data;
    ServerFixture fixture;

    /** The server over the fixture corpus in the store under test. */
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

    private static Set<String> ids(JsonNode items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void articles_are_listed_a_page_at_a_time_with_the_total() {
        JsonNode page = fixture.getJson("/api/articles?limit=2&offset=1");
        assertEquals(7, page.get("total").asInt());
        assertEquals(2, page.get("items").size());
        assertTrue(page.get("items").get(0).has("text"), "items are full article records");
    }

    @Test
    void one_article_is_its_record_and_an_unknown_one_is_404() {
        assertEquals("brussels-ru", fixture.getJson("/api/articles/brussels-ru").get("id").asText());
        HttpResponse<String> missing = fixture.get("/api/articles/nope");
        assertEquals(404, missing.statusCode());
        assertTrue(ServerFixture.parse(missing.body()).get("error").get("message").asText().contains("nope"));
    }

    @Test
    void search_finds_inflected_forms_and_highlights_them() {
        JsonNode r = fixture.getJson("/api/search?q=%D0%91%D0%BB%D0%B8%D0%BD%D0%BA%D0%B5%D0%BD%D0%B0"); // Блинкена
        assertTrue(ids(r.get("items")).contains("brussels-ru"), r.toString());
        JsonNode snippet = r.get("highlights").get("brussels-ru").get(0);
        JsonNode match = snippet.get("matches").get(0);
        assertTrue(snippet.get("text").asText().substring(match.get("start").asInt(), match.get("end").asInt()).startsWith("Блинкен"));
        assertTrue(r.get("facets").get("lang").size() > 0);
    }

    @Test
    void search_by_entity_name_finds_every_language() {
        JsonNode r = fixture.getJson("/api/search?entity=Blinken");
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), ids(r.get("items")));
    }

    @Test
    void a_name_in_any_script_finds_the_same_articles_and_says_why() {
        Set<String> brussels = Set.of("brussels-en", "brussels-ru", "brussels-uk");
        for (String q : new String[] {"Blinken", "%D0%91%D0%BB%D0%B8%D0%BD%D0%BA%D0%B5%D0%BD", // Блинкен
            "%D0%91%D0%BB%D1%96%D0%BD%D0%BA%D0%B5%D0%BD", "%D0%91%D0%BB%D0%B8%D0%BD%D0%BA%D0%B5%D0%BD%D0%B0"}) { // Блінкен, Блинкена
            JsonNode r = fixture.getJson("/api/search?q=" + q);
            assertEquals(brussels, ids(r.get("items")), q);
            JsonNode why = r.get("matched").get("brussels-uk");
            assertEquals("entity", why.get(why.size() - 1).get("by").asText(), why.toString());
            assertEquals("Antony Blinken", why.get(why.size() - 1).get("name").asText());
        }
        JsonNode words = fixture.getJson("/api/search?q=Blinken&expand=false");
        assertEquals(Set.of("brussels-en"), ids(words.get("items")));
        assertEquals(400, fixture.get("/api/search?q=Blinken&expand=maybe").statusCode());
    }

    @Test
    void search_filters_and_counts_by_category() {
        JsonNode r = fixture.getJson("/api/search?category=diplomacy");
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), ids(r.get("items")));
        JsonNode all = fixture.getJson("/api/search");
        boolean counted = false;
        for (JsonNode c : all.get("facets").get("category")) counted |= c.get("value").asText().equals("diplomacy") && c.get("count").asInt() == 3;
        assertTrue(counted, all.get("facets").toString());
        JsonNode article = fixture.getJson("/api/articles/brussels-en");
        assertEquals("diplomacy", article.get("categories").get(0).get("id").asText());
    }

    @Test
    void search_takes_phrases_booleans_and_dates() {
        assertEquals(Set.of("grain-en"), ids(fixture.getJson("/api/search?q=%22grain+exports%22").get("items")));
        assertEquals(Set.of("festival-en", "defaced-en"), ids(fixture.getJson("/api/search?q=Varna+OR+hackers").get("items")));
        assertEquals(Set.of("grain-en", "grain-uk"), ids(fixture.getJson("/api/search?from=2024-11-01&to=2024-11-02").get("items")));
    }

    @Test
    void search_filters_and_sorts_by_gdelt_tone() {
        JsonNode all = fixture.getJson("/api/articles?limit=50").get("items");
        Set<String> above = new HashSet<>();
        all.forEach(a -> {
            if (a.hasNonNull("tone") && a.get("tone").get("tone").asDouble() > 4) above.add(a.get("id").asText());
        });
        assertFalse(above.isEmpty() || above.size() == all.size(), "the fixtures have tone on both sides of 4: " + above);
        assertEquals(above, ids(fixture.getJson("/api/search?q=tone%3E4").get("items")));
        JsonNode sorted = fixture.getJson("/api/search?q=sort%3Atoneasc+toneabs%3E0").get("items");
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(sorted.get(i - 1).get("tone").get("tone").asDouble() <= sorted.get(i).get("tone").get("tone").asDouble());
        }
    }

    @Test
    void an_entity_page_counts_how_its_mentions_are_portrayed_by_month_language_and_source() {
        JsonNode page = fixture.getJson("/api/entities/Blinken");
        JsonNode rows = page.get("sentiment");
        int byLang = 0, bySource = 0, mentionsWithSentiment = 0;
        for (JsonNode r : rows) {
            int n = r.get("positive").asInt() + r.get("neutral").asInt() + r.get("negative").asInt();
            assertTrue(n > 0 && r.get("month").asText().matches("\\d{4}-\\d{2}"), r.toString());
            if (r.get("by").asText().equals("lang")) byLang += n;
            else bySource += n;
        }
        for (JsonNode m : page.get("mentions")) if (m.hasNonNull("sentiment")) mentionsWithSentiment++;
        assertTrue(byLang > 0, rows.toString());
        assertEquals(byLang, bySource, "every counted mention is in one language row and one source row");
        assertEquals(mentionsWithSentiment, byLang, "the rows count the dated mentions that have a sentiment");
    }

    @Test
    void a_query_that_cannot_be_read_is_a_400_naming_it() {
        HttpResponse<String> r = fixture.get("/api/search?q=%22unclosed");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("unclosed"), r.body());
    }

    @Test
    void stories_group_articles_across_languages() {
        JsonNode list = fixture.getJson("/api/stories");
        assertEquals(4, list.get("total").asInt());
        JsonNode brussels = null;
        for (JsonNode s : list.get("items")) if (s.get("id").asText().equals("brussels")) brussels = s;
        assertEquals(3, brussels.get("articles").asInt());
        assertEquals(Set.of("en", "ru", "uk"), Set.of(brussels.get("languages").get(0).asText(), brussels.get("languages").get(1).asText(),
                brussels.get("languages").get(2).asText()));
        assertEquals("Блинкен встретился с Сибигой в Брюсселе", brussels.get("headlines").get("ru").asText());
        assertEquals("brussels", list.get("items").get(0).get("id").asText(), "the story with the newest article comes first");
    }

    @Test
    void a_story_page_has_its_timeline_and_quotes() {
        JsonNode story = fixture.getJson("/api/stories/brussels");
        assertEquals(3, story.get("timeline").size());
        assertEquals("brussels-en", story.get("timeline").get(0).get("id").asText(), "oldest first");
        boolean blinkenQuoted = false;
        for (JsonNode q : story.get("quotes")) blinkenQuoted |= "ww:blinken".equals(q.get("speaker_id").asText());
        assertTrue(blinkenQuoted, story.get("quotes").toString());
        assertEquals(404, fixture.get("/api/stories/no-such-story").statusCode());
    }

    @Test
    void an_entity_page_gathers_names_quotes_and_company() {
        JsonNode page = fixture.getJson("/api/entities/Blinken");
        JsonNode profile = page.get("profile");
        assertEquals("ww:blinken", profile.get("id").asText());
        assertTrue(profile.get("names_by_language").has("ru") && profile.get("names_by_language").has("uk"), profile.toString());
        boolean sybiha = false;
        for (JsonNode r : page.get("co_occurring")) sybiha |= r.get("id").asText().equals("ww:sybiha");
        assertTrue(sybiha, page.get("co_occurring").toString());
        assertEquals("2024-11", page.get("mentions_over_time").get(0).get("month").asText());
        assertFalse(page.get("quotes").isEmpty());
        assertFalse(page.get("mentions").isEmpty());
    }

    @Test
    void quotes_can_be_asked_for_by_speaker_in_any_language() {
        JsonNode quotes = fixture.getJson("/api/quotes?speaker=%D0%A1%D0%B8%D0%B1%D1%96%D0%B3%D0%B0"); // Сибіга
        assertTrue(quotes.get("total").asInt() >= 1, quotes.toString());
        for (JsonNode q : quotes.get("items")) assertEquals("ww:sybiha", q.get("speaker_id").asText());
    }

    @Test
    void events_come_with_their_article_and_evidence_sentences() {
        JsonNode events = fixture.getJson("/api/events");
        assertEquals(1, events.get("total").asInt(), "the meeting told in three languages is one event: " + events);
        JsonNode meeting = events.get("items").get(0);
        assertEquals("MEET", meeting.get("type").asText());
        assertEquals(3, meeting.get("mention_count").asInt());
        assertEquals(3, meeting.get("article_count").asInt());
        assertEquals(Set.of("ww:blinken", "ww:sybiha"), Set.of(meeting.get("actor").asText(), meeting.get("target").asText()),
                "told either way round, the meeting keeps both participants");
        assertEquals("[\"en\",\"ru\",\"uk\"]", meeting.get("languages").toString());
        assertEquals("Brussels", meeting.get("names").get(meeting.get("location").asText()).asText());
        Set<String> articles = new HashSet<>();
        for (JsonNode e : meeting.get("mentions")) {
            articles.add(e.get("article_id").asText());
            assertEquals("MEET", e.get("event").get("type").asText());
            assertEquals("2024-11-13", e.get("event").get("date").asText());
            assertEquals("Brussels", e.get("names").get(e.get("event").get("location").asText()).asText());
            String text = fixture.getJson("/api/articles/" + e.get("article_id").asText()).get("text").asText();
            JsonNode sentence = e.get("evidence").get(0);
            assertEquals(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()), sentence.get("text").asText());
            assertFalse(e.get("title").asText().isEmpty());
        }
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), articles);
    }

    @Test
    void events_filter_by_type_entity_in_any_language_and_date() {
        assertEquals(1, fixture.getJson("/api/events?type=meet").get("total").asInt());
        assertEquals(0, fixture.getJson("/api/events?type=ATTACK").get("total").asInt());
        JsonNode bySybiha = fixture.getJson("/api/events?entity=%D0%A1%D0%B8%D0%B1%D1%96%D0%B3%D0%B0"); // Сибіга
        assertEquals(1, bySybiha.get("total").asInt());
        assertEquals(3, bySybiha.get("items").get(0).get("mentions").size());
        assertEquals(0, fixture.getJson("/api/events?entity=Varna").get("total").asInt());
        assertEquals(1, fixture.getJson("/api/events?from=2024-11-13&to=2024-11-13").get("total").asInt());
        assertEquals(0, fixture.getJson("/api/events?from=2024-11-14").get("total").asInt());
    }

    @Test
    void events_page_and_refuse_bad_requests() {
        JsonNode page = fixture.getJson("/api/events?offset=0&limit=1");
        assertEquals(1, page.get("total").asInt());
        assertEquals(1, page.get("items").size());
        assertEquals(0, fixture.getJson("/api/events?offset=1&limit=1").get("items").size());
        assertEquals(400, fixture.get("/api/events?limit=5000").statusCode());
        HttpResponse<String> badDate = fixture.get("/api/events?from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("yesterday"), badDate.body());
    }

    @Test
    void story_and_entity_pages_list_their_events() {
        assertEquals(3, fixture.getJson("/api/stories/brussels").get("events").size());
        assertEquals(0, fixture.getJson("/api/stories/grain").get("events").size());
        JsonNode blinken = fixture.getJson("/api/entities/Blinken").get("events");
        assertEquals(3, blinken.size(), blinken.toString());
        assertEquals("MEET", blinken.get(0).get("event").get("type").asText());
    }

    @Test
    void a_page_larger_than_the_limit_is_refused() {
        assertEquals(400, fixture.get("/api/articles?limit=5000").statusCode());
        assertEquals(400, fixture.get("/api/articles?limit=ten").statusCode());
    }

    @Test
    void the_openapi_document_describes_every_endpoint() {
        JsonNode doc = fixture.getJson("/api/openapi.json");
        for (String path : new String[] {"/api/articles", "/api/articles/{id}", "/api/search", "/api/stories", "/api/stories/{id}",
                "/api/entities/{id}", "/api/quotes", "/api/events", "/api/languages"}) {
            assertTrue(doc.get("paths").has(path), path);
        }
    }

    @Test
    void the_language_table_says_what_each_stage_does_with_each_language() {
        JsonNode uk = null;
        JsonNode de = null;
        for (JsonNode row : fixture.getJson("/api/languages")) {
            if (row.get("code").asText().equals("uk")) uk = row;
            if (row.get("code").asText().equals("de")) de = row;
        }
        assertEquals("Ukrainian", uk.get("name").asText());
        assertEquals("full", uk.get("stages").get("entities").asText());
        assertEquals("full", de.get("stages").get("clean").asText());
        assertEquals("generic", de.get("stages").get("entities").asText());
        assertEquals("none", de.get("stages").get("quotes").asText());
        assertEquals("generic", de.get("stages").get("dates").asText());
    }

    @Test
    void every_answer_carries_a_content_security_policy() {
        for (String path : new String[] {"/", "/index.html", "/app.js", "/api/stories"}) {
            HttpResponse<String> r = fixture.get(path);
            assertEquals(200, r.statusCode(), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
        }
    }

    @Test
    void static_serving_does_not_leave_its_folder() {
        for (String path : new String[] {"/../pom.xml", "/%2e%2e/%2e%2e/pom.xml", "/..%2f..%2fpom.xml", "/web/../../openapi.json",
                "/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/org/wirewatch/server/WirewatchServer.class"}) {
            HttpResponse<String> r = fixture.get(path);
            assertNotEquals(200, r.statusCode(), path + " was served");
        }
    }
}
