package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.model.RoleMention;

/**
 * Entity, story and quote views count every stored article, not a window of the newest: a real
 * server over 700 written articles, more than the old in-memory windows (500 per entity page and
 * story, 1,000 articles for quotes, 2,000 for the story list) would have held of one entity.
 */
class IndexViewsTest {
    static final int ARTICLES = 700;
    static final int IN_BIG_STORY = 600;

    @TempDir
    static Path data;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = new ServerFixture(data, ServerSettings.loopback(0), false);
        for (int i = 0; i < ARTICLES; i++) fixture.index.add(article(i));
        fixture.index.commit();
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    /** "Antony Blinken said ..." with its mention and quote, a day in October or November 2024; the first 600 in story "big". */
    static Article article(int i) {
        String name = "Antony Blinken";
        String said = "aid will continue, number " + i;
        String text = name + " said \"" + said + "\" in Brussels.";
        int q = text.indexOf('"') + 1;
        String day = LocalDate.of(2024, 10, 1).plusDays(i % 45).toString();
        return Article.builder("a" + i, text).lang("en").title("Aid report " + i).source("Test Wire").published(day + "T10:00")
                .entities(List.of(new Mention(0, name.length(), name, "PER", "ww:blinken", name, null, null)))
                .roles(List.of(new RoleMention("ww:blinken", name, "test_envoy", null, null, 0, name.length(), day)))
                .quotes(List.of(new Quote(q, q + said.length(), said, true, "said", new Quote.Speaker("ww:blinken", name, 0, name.length()))))
                .story(i < IN_BIG_STORY ? "big" : "single-" + i).build();
    }

    @Test
    void an_entity_page_counts_every_article_mentioning_it() {
        JsonNode page = fixture.getJson("/api/entities/Blinken");
        assertEquals(ARTICLES, page.get("articles_total").asInt());
        assertEquals(ARTICLES, page.get("profile").get("articles").asInt());
        assertEquals(ARTICLES, page.get("mentions_total").asInt());
        assertEquals(ARTICLES, page.get("quotes_total").asInt());
        int perDay = 0;
        for (JsonNode d : page.get("mentions_per_day")) perDay += d.get("articles").asInt();
        assertEquals(ARTICLES, perDay);
        assertEquals(45, page.get("mentions_per_day").size());
        int perMonth = 0;
        for (JsonNode m : page.get("mentions_over_time")) perMonth += m.get("mentions").asInt();
        assertEquals(ARTICLES, perMonth);
        assertEquals(20, page.get("articles").size(), "one page of its articles");
        int envoy = 0;
        for (JsonNode o : page.get("profile").get("offices")) {
            if (!o.get("role").asText().equals("test_envoy")) continue;
            envoy++;
            assertEquals("2024-10-01", o.get("from").asText(), "from the first day an article gave it");
            assertEquals("2024-11-14", o.get("to").asText(), "to the last");
        }
        assertEquals(1, envoy, "an office 700 articles give is listed once");
    }

    @Test
    void an_entity_page_pages_through_its_articles() {
        JsonNode last = fixture.getJson("/api/entities/Blinken?offset=690&limit=20");
        assertEquals(10, last.get("articles").size());
        assertEquals(10, last.get("quotes").size());
    }

    @Test
    void a_story_counts_all_its_articles_and_pages_its_timeline() {
        JsonNode story = fixture.getJson("/api/stories/big");
        assertEquals(IN_BIG_STORY, story.get("story").get("articles").asInt());
        assertEquals(100, story.get("timeline").size());
        assertEquals("2024-10-01T10:00", story.get("timeline").get(0).get("published").asText(), "oldest first");
        JsonNode end = fixture.getJson("/api/stories/big?offset=590&limit=50");
        assertEquals(10, end.get("timeline").size());
    }

    @Test
    void the_story_list_counts_every_story() {
        JsonNode list = fixture.getJson("/api/stories?limit=100&offset=50");
        assertEquals(1 + ARTICLES - IN_BIG_STORY, list.get("total").asInt());
        assertEquals(51, list.get("items").size());
    }

    @Test
    void quote_lists_count_every_quote_and_page_them() {
        JsonNode quotes = fixture.getJson("/api/quotes?speaker=%D0%91%D0%BB%D0%B8%D0%BD%D0%BA%D0%B5%D0%BD&limit=50&offset=1300"); // Блинкен
        assertEquals(ARTICLES, quotes.get("total").asInt());
        assertEquals(0, quotes.get("items").size());
        JsonNode last = fixture.getJson("/api/quotes?speaker=Blinken&limit=50&offset=680");
        assertEquals(20, last.get("items").size());
        assertTrue(last.get("items").get(0).get("text").asText().startsWith("aid will continue"), last.toString());
    }
}
