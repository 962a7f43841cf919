package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Category;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.WirewatchIndex;

/**
 * The place maps of the story and entity pages in headless Chromium: dots sized by mentions over
 * the shipped country outlines, a tooltip per dot, and a place whose name holds markup shown as text;
 * and the story page's categories.
 */
class MapBrowserTest {
    /** An invented place whose name is markup: it must show as these characters, never as an element. */
    static final String MARKUP_PLACE = "<b>Fort</b> & <i>Co</i>";

    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (WirewatchIndex index = WirewatchIndex.open(data, ServerFixture.KB)) {
            for (Article a : stories()) index.add(a);
            index.commit();
        }
        fixture = new ServerFixture(data, ServerSettings.loopback(0), false);
        browser = Browser.start(Files.createDirectories(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (fixture != null) fixture.close();
    }

    /** Five articles of one story: Kharkiv in each (twice in three), Lviv in two, the markup place in one; an unlocated town in all. */
    private static List<Article> stories() {
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<Mention> m = new ArrayList<>();
            m.add(place("Kharkiv", "ww:kharkiv", 49.99, 36.23, "UA"));
            if (i < 3) m.add(place("Kharkiv", "ww:kharkiv", 49.99, 36.23, "UA"));
            if (i < 2) m.add(place("Lviv", "ww:lviv", 49.84, 24.03, "UA"));
            if (i == 0) m.add(place(MARKUP_PLACE, "test:fort", 46.48, 30.73, "UA"));
            m.add(new Mention(0, 0, "Nowhereville", "LOC", "test:nowhere", "Nowhereville"));
            List<Category> categories = new ArrayList<>();
            if (i < 3) categories.add(new Category("air-strikes", 8, List.of()));
            if (i == 4) categories.add(new Category("energy", 5, List.of()));
            out.add(Article.builder("siege-" + i, "Report " + i + " on shelling near Kharkiv.").lang("en").title("Shelling report " + i)
                    .source("Map Wire").published("2025-02-1" + i).story("siege").entities(m).categories(categories).build());
        }
        return out;
    }

    private static Mention place(String name, String id, double lat, double lon, String country) {
        return new Mention(0, 0, name, "LOC", id, name).withPlace(lat, lon, country);
    }

    private static WebElement waitForMap() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.place-map circle")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#place-map .error"))));
        List<WebElement> error = browser.findElements(By.cssSelector("#place-map .error"));
        if (!error.isEmpty()) throw new AssertionError("the map failed: " + error.get(0).getText());
        return browser.findElement(By.cssSelector("svg.place-map"));
    }

    @Test
    void the_api_lists_located_places_once_with_their_counts() {
        JsonNode map = fixture.getJson("/api/map?story=siege");
        assertEquals(3, map.get("total").asInt(), "the unlocated town is left out: " + map);
        JsonNode first = map.get("items").get(0);
        assertEquals("ww:kharkiv", first.get("id").asText());
        assertEquals(8, first.get("mentions").asInt());
        assertEquals(5, first.get("articles").asInt());
        assertEquals("UA", first.get("country").asText());
        assertEquals(49.99, first.get("lat").asDouble());
        assertEquals(map, fixture.getJson("/api/map?story=siege-3"), "an article id stands for its story");
        assertEquals(3, fixture.getJson("/api/map?entity=test:fort").get("total").asInt(), "the places of the articles naming it");
        assertEquals(400, fixture.get("/api/map").statusCode());
        assertEquals(400, fixture.get("/api/map?story=a&entity=b").statusCode());
    }

    @Test
    void the_story_page_maps_its_places_over_country_outlines_with_markup_in_a_name_as_text() throws IOException {
        browser.get(fixture.url("/story.html?id=siege"));
        WebElement map = waitForMap();
        assertTrue(map.findElements(By.cssSelector("g.land path")).size() > 100, "the country outlines are drawn");
        List<WebElement> dots = map.findElements(By.cssSelector("g.places circle"));
        assertEquals(3, dots.size());
        assertEquals("ww:kharkiv", dots.get(0).getAttribute("data-place"));
        double kharkiv = Double.parseDouble(dots.get(0).getAttribute("r"));
        double lviv = Double.parseDouble(dots.get(1).getAttribute("r"));
        assertTrue(kharkiv > lviv, "dots are sized by mentions: " + kharkiv + " vs " + lviv);
        assertEquals("Kharkiv (UA): 8 mentions in 5 articles", dots.get(0).findElement(By.tagName("title")).getAttribute("textContent"));
        List<String> labels = map.findElements(By.cssSelector("g.place-labels text")).stream().map(t -> t.getAttribute("textContent")).toList();
        assertTrue(labels.contains(MARKUP_PLACE), "the name shows as its characters: " + labels);
        assertTrue(browser.findElements(By.cssSelector("svg.place-map b, svg.place-map i, #place-map b")).isEmpty(), "no element made of the name");
        browser.executeScript("document.getElementById('place-map').scrollIntoView()");
        Browser.screenshot(browser, "story-map");
    }

    @Test
    void the_story_page_lists_its_articles_categories_most_frequent_first() {
        browser.get(fixture.url("/story.html?id=siege-1"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#story-categories li")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#story-categories .error"))));
        List<WebElement> items = browser.findElements(By.cssSelector("#story-categories li"));
        assertEquals(List.of("air-strikes · 3 of 5 articles", "energy · 1 of 5 articles"), items.stream().map(WebElement::getText).toList());
        assertEquals(fixture.url("/search.html?category=air-strikes&story=siege"),
                items.get(0).findElement(By.tagName("a")).getAttribute("href"), "an article id on the page stands for its story");
    }

    @Test
    void the_entity_page_maps_the_places_of_its_articles() throws IOException {
        browser.get(fixture.url("/entity.html?id=ww:lviv"));
        WebElement map = waitForMap();
        assertEquals(3, map.findElements(By.cssSelector("g.places circle")).size(), "Kharkiv, Lviv and the markup place share its two articles");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main h1")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main .error"))));
        assertTrue(browser.findElement(By.cssSelector("#main h1")).getText().startsWith("Lviv"), "the entity page itself is shown above its map");
        browser.executeScript("document.getElementById('place-map').scrollIntoView()");
        Browser.screenshot(browser, "entity-map");
    }
}
