package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in headless Chromium over the analysed fixture corpus. */
class BrowserTest {
    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(Files.createDirectories(dir.resolve("profile")));
        fixture = new ServerFixture(Files.createDirectories(dir.resolve("data")), ServerSettings.loopback(0), true);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (fixture != null) fixture.close();
    }

    private static void open(String path) {
        browser.get(fixture.url(path));
    }

    private static List<WebElement> waitFor(String css) {
        return Browser.waitFor(browser, css);
    }

    @Test
    void the_story_list_shows_each_story_with_a_headline_per_language() throws IOException {
        open("/");
        List<WebElement> stories = waitFor("article.story");
        assertEquals(4, stories.size());
        WebElement brussels = browser.findElement(By.cssSelector("article.story[data-story=brussels]"));
        assertTrue(brussels.getText().contains("Блинкен встретился с Сибигой в Брюсселе"), brussels.getText());
        assertTrue(brussels.getText().contains("Сибіга зустрівся з Блінкеном у Брюсселі"), brussels.getText());
        assertTrue(brussels.getText().contains("en, ru, uk"), brussels.getText());
        Browser.screenshot(browser, "story-list");
    }

    @Test
    void a_story_opens_with_its_timeline_across_languages_and_its_quotes() throws IOException {
        open("/");
        waitFor("article.story[data-story=brussels] a").get(0).click();
        List<WebElement> timeline = waitFor("ul.timeline li");
        assertEquals(3, timeline.size());
        assertFalse(browser.findElements(By.cssSelector("ul.quotes li")).isEmpty(), "the story's quotes are shown");
        Browser.screenshot(browser, "story");
    }

    @Test
    void a_story_page_sums_up_its_entities_places_amounts_translations_and_growth() throws IOException {
        open("/story.html?id=brussels");
        List<WebElement> entities = waitFor("ol.entities li");
        assertEquals(Set.of("ww:blinken", "ww:sybiha"), entities.subList(0, 2).stream().map(e -> e.getAttribute("data-entity")).collect(Collectors.toSet()));
        assertTrue(entities.get(0).getText().contains("in 3 articles"), entities.get(0).getText());
        assertTrue(browser.findElements(By.cssSelector("ol.places li")).stream().anyMatch(p -> "ww:brussels".equals(p.getAttribute("data-entity"))));
        WebElement translation = browser.findElement(By.cssSelector("ul.related-articles li[data-kind=translation]"));
        assertTrue(translation.getText().startsWith("RU") && translation.getText().contains("Вечерний курьер")
                && translation.getText().contains(" translates EN") && translation.getText().contains("Harbour Post"), translation.getText());
        assertTrue(browser.findElement(By.cssSelector("ul.timeline")).getText().contains("translation of EN"), "the timeline names the original by language and outlet");
        WebElement growth = waitFor(".growth-chart").get(0);
        assertEquals("en,ru,uk", growth.getAttribute("data-series"), "a band per language");
        assertEquals("4", growth.getAttribute("data-buckets"), "a bar per hour from 10:00 to 13:00, the empty ones too");
        waitFor(".growth-chart .uplot canvas");
        WebElement over = growth.findElement(By.cssSelector(".u-over"));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(over, (int) (-over.getSize().getWidth() * 0.375), 0).perform();
        WebElement tip = growth.findElement(By.cssSelector(".chart-tip"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
        assertEquals("2024-11-13 10:00\nen: 1", tip.getText(), "the first hour's bar tells its count");
        Browser.screenshot(browser, "story-overview");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", translation);
        Browser.screenshot(browser, "story-translations");

        open("/story.html?id=grain");
        List<WebElement> amounts = waitFor("ul.amounts li");
        List<WebElement> tonnes = amounts.stream().filter(a -> "4000000".equals(a.getAttribute("data-value"))).toList();
        assertEquals(1, tonnes.size(), "four million tonnes told in en and uk is listed once");
        assertTrue(tonnes.get(0).getText().contains("told in 2 articles (en, uk)"), tonnes.get(0).getText());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", tonnes.get(0));
        assertFalse(browser.findElement(By.id("main")).getText().contains("null"), "sections left out leave no trace");
        Browser.screenshot(browser, "story-amounts");
    }

    @Test
    void a_quote_links_to_its_sentence_highlighted_in_the_article() {
        open("/story.html?id=brussels");
        WebElement quoteLink = waitFor("ul.quotes li blockquote a").get(0);
        String quote = quoteLink.getText();
        quoteLink.click();
        WebElement fact = waitFor("mark.fact").get(0);
        assertEquals(quote, fact.getText());
        assertTrue(browser.findElement(By.cssSelector("mark.sentence")).getText().contains(quote));
    }

    @Test
    void an_entity_page_shows_names_by_language_roles_and_a_mentions_chart() throws IOException {
        open("/story.html?id=brussels");
        WebElement blinken = waitFor("ul.quotes a[href*='ww%3Ablinken']").get(0);
        blinken.click();
        List<WebElement> names = waitFor("table.names tr");
        String table = browser.findElement(By.cssSelector("table.names")).getText();
        assertTrue(table.contains("Блинкен") && table.contains("Блінкен") && table.contains("Blinken"), table);
        WebElement chart = waitFor(".mentions-per-day .uplot canvas").get(0);
        assertTrue(chart.getSize().getWidth() > 300, "mentions per day drawn by uPlot");
        assertTrue(browser.findElement(By.cssSelector("ul.related")).getText().contains("Sybiha"));
        assertTrue(names.size() >= 4);
        Browser.screenshot(browser, "entity");
    }

    @Test
    void search_finds_articles_in_every_language_with_facets() throws IOException {
        open("/search.html?entity=Blinken");
        List<WebElement> hits = waitFor("article.hit");
        Set<String> ids = hits.stream().map(h -> h.getAttribute("data-id")).collect(Collectors.toSet());
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), ids);
        String facets = browser.findElement(By.cssSelector("aside.facets")).getText();
        assertTrue(facets.contains("ru") && facets.contains("Andrii Sybiha"), "entity facets by name: " + facets);

        open("/search.html?q=" + java.net.URLEncoder.encode("Блинкена", java.nio.charset.StandardCharsets.UTF_8));
        waitFor("article.hit mark");
        assertTrue(browser.findElement(By.cssSelector("article.hit mark")).getText().startsWith("Блинкен"));
        Browser.screenshot(browser, "search");

        // one name in Latin letters finds the Russian and Ukrainian reports too, each saying why
        open("/search.html?q=Blinken");
        List<WebElement> named = waitFor("article.hit");
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"), named.stream().map(h -> h.getAttribute("data-id")).collect(Collectors.toSet()));
        WebElement uk = named.stream().filter(h -> "brussels-uk".equals(h.getAttribute("data-id"))).findFirst().orElseThrow();
        assertTrue(uk.findElement(By.cssSelector(".matched")).getText().contains("entity Antony Blinken"), uk.getText());
        assertTrue(uk.findElement(By.cssSelector("mark")).getText().startsWith("Блінкен"), uk.getText());
        Browser.screenshot(browser, "search-across-scripts");
    }

    @Test
    void the_events_timeline_shows_the_meeting_in_every_language_and_links_to_its_sentence() throws IOException {
        open("/");
        waitFor("header nav a[href='/events.html']").get(0).click();
        List<WebElement> events = waitFor("li.event");
        assertEquals(1, events.size(), "the meeting told in three languages is one event");
        List<WebElement> mentions = events.get(0).findElements(By.cssSelector("li.mention"));
        assertEquals(Set.of("brussels-en", "brussels-ru", "brussels-uk"),
                mentions.stream().map(e -> e.getAttribute("data-article")).collect(Collectors.toSet()));
        String first = events.get(0).getText();
        assertTrue(first.contains("MEET") && first.contains("2024-11-13") && first.contains("Brussels") && first.contains("→"), first);
        assertTrue(first.contains("3 reports in 3 articles (en, ru, uk)"), first);
        assertTrue(browser.findElement(By.cssSelector(".event-day h3")).getText().contains("2024-11-13"));
        assertTrue(browser.findElement(By.cssSelector("aside.facets")).getText().contains("MEET"), "the type filter offers MEET");
        Browser.screenshot(browser, "events");

        WebElement evidence = events.get(0).findElement(By.cssSelector("blockquote.evidence a"));
        String sentence = evidence.getText();
        evidence.click();
        WebElement marked = waitFor("mark.sentence").get(0);
        assertTrue(marked.getText().contains(sentence.strip()), marked.getText() + " / " + sentence);
    }

    @Test
    void the_events_type_filter_keeps_only_that_type() {
        open("/events.html?type=ATTACK");
        assertEquals("0 events", waitFor("p.total").get(0).getText());
        assertTrue(browser.findElements(By.cssSelector("li.event")).isEmpty());
        open("/events.html?type=MEET");
        assertEquals(1, waitFor("li.event").size());
        assertEquals(3, browser.findElements(By.cssSelector("li.event li.mention")).size());
    }

    @Test
    void story_and_entity_pages_show_their_events() {
        open("/story.html?id=brussels");
        List<WebElement> meetings = waitFor("li.linked-event[data-type=MEET]");
        assertEquals(1, meetings.size(), "the meeting told in three languages is one happening");
        assertEquals("3", meetings.get(0).getAttribute("data-mentions"));
        assertEquals(3, meetings.get(0).findElements(By.cssSelector("li.mention")).size(), "with its three reports");
        open("/entity.html?id=ww%3Asybiha");
        List<WebElement> events = waitFor("li.event");
        assertEquals(3, events.size());
        assertTrue(events.get(0).getText().contains("Sybiha"), events.get(0).getText());
    }

    @Test
    void search_by_tone_shows_the_tone_of_each_hit_and_pages_show_tone_and_sentiment() throws IOException {
        open("/search.html?q=" + java.net.URLEncoder.encode("tone>4", java.nio.charset.StandardCharsets.UTF_8));
        List<WebElement> hits = waitFor("article.hit");
        assertFalse(hits.isEmpty());
        for (WebElement hit : hits) {
            String badge = hit.findElement(By.cssSelector(".tone")).getText();
            assertTrue(Double.parseDouble(badge.replace("tone ", "")) > 4, badge);
        }
        Browser.screenshot(browser, "search-tone");

        open("/story.html?id=brussels");
        waitFor("table.tone-by-lang");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.tone-by-lang tr"));
        assertEquals(4, rows.size(), "a header and a row per language (en, ru, uk)");
        assertTrue(rows.get(1).getText().toLowerCase(java.util.Locale.ROOT).startsWith("en") && rows.get(1).getText().contains("tone +"),
                rows.get(1).getText());
        Browser.screenshot(browser, "story-tone");

        open("/article.html?id=brussels-en");
        waitFor("h1");
        assertFalse(browser.findElements(By.cssSelector("p.meta .tone")).isEmpty(), "the article's tone");
        List<WebElement> portrayed = waitFor("ul.portrayed li");
        assertFalse(portrayed.isEmpty());
        assertTrue(portrayed.get(0).getText().matches("(?s).+ (positive|neutral|negative)"), portrayed.get(0).getText());

        open("/entity.html?id=ww%3Ablinken");
        String table = waitFor("table.sentiment-over-time").get(0).getText();
        assertTrue(table.contains("language") && table.contains("source"), table);
        Browser.screenshot(browser, "entity-sentiment");
    }

    @Test
    void an_article_shows_its_categories_with_their_words_and_links_to_their_search() throws IOException {
        open("/article.html?id=defaced-en");
        List<WebElement> categories = waitFor("ul.categories li");
        assertEquals("cyber", categories.get(0).getAttribute("data-category"));
        assertTrue(categories.get(0).getText().startsWith("cyber · score"), categories.get(0).getText());
        assertFalse(categories.get(0).getText().contains("http"), "the words are shown, not their links' addresses: " + categories.get(0).getText());
        Browser.screenshot(browser, "article-categories");
        categories.get(0).findElement(By.linkText("cyber")).click();
        List<WebElement> hits = waitFor("article.hit");
        assertEquals(List.of("defaced-en"), hits.stream().map(h -> h.getAttribute("data-id")).toList());
    }

    @Test
    void an_article_marks_its_entities_in_the_text_each_a_link_to_its_entity_page() throws IOException {
        open("/article.html?id=brussels-en");
        List<WebElement> marked = waitFor(".article-text a.entity");
        WebElement blinken = marked.stream().filter(m -> "ww:blinken".equals(m.getAttribute("data-entity"))).findFirst()
                .orElseThrow(() -> new AssertionError("Blinken is not marked in the text"));
        assertTrue(blinken.getText().contains("Blinken"), blinken.getText());
        assertTrue(blinken.getAttribute("class").contains("entity-per"), blinken.getAttribute("class"));
        assertTrue(blinken.getAttribute("href").endsWith("/entity.html?id=ww%3Ablinken"), blinken.getAttribute("href"));
        assertTrue(marked.stream().anyMatch(m -> m.getAttribute("class").contains("entity-loc") && m.getText().contains("Brussels")),
                "Brussels is marked as a place");
        assertTrue(browser.findElement(By.cssSelector(".article-text")).getText().startsWith("Blinken meets Sybiha in Brussels"),
                "marking keeps the text as it is");
        Browser.screenshot(browser, "article-entities");
        blinken.click();
        assertTrue(waitFor("h1").get(0).getText().contains("Blinken"), "the mention opens Blinken's page");
    }

    @Test
    void a_fact_sentence_keeps_its_entities_marked() {
        open("/article.html?id=brussels-en&start=0&end=6");
        WebElement fact = waitFor("mark.fact").get(0);
        assertEquals("ww:blinken", fact.findElement(By.cssSelector("a.entity")).getAttribute("data-entity"));
    }

    @Test
    void markup_in_article_text_is_shown_as_text_and_never_run() throws IOException {
        open("/article.html?id=defaced-en");
        WebElement title = waitFor("h1").get(0);
        // a JSONL title is decoded like markup (issue 16): its tags are dropped as data, never run
        assertTrue(title.getText().endsWith("Hackers deface ministry site with") && !title.getText().contains("pwned"), title.getText());
        assertTrue(browser.findElement(By.cssSelector(".article-text")).getText().contains("<img src=x onerror=alert(1)>"));
        assertFalse(browser.findElements(By.cssSelector(".article-text a.entity")).isEmpty(), "entities are marked beside the markup");
        assertEquals("Article · Wirewatch", browser.getTitle(), "no script from the text ran");
        assertEquals(1, browser.findElements(By.tagName("script")).size(), "only the site's own script is on the page");
        assertTrue(browser.findElements(By.cssSelector("main img")).isEmpty());

        open("/search.html?q=hackers");
        waitFor("article.hit");
        assertTrue(browser.findElement(By.cssSelector("article.hit")).getText().contains("<script>"));
        assertEquals(1, browser.findElements(By.tagName("script")).size());
        Browser.screenshot(browser, "escaped-markup");
    }
}
