package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The entity page and the home page in headless Chromium over our fixture of Sybiha's week
 * (fixtures/entity-pages.jsonl): offices as periods, one row per saying, the uPlot charts with
 * their tooltips, the home filters, and a quote holding markup shown as text.
 */
class EntityHomeBrowserTest {
    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(Files.createDirectories(dir.resolve("profile")));
        fixture = new ServerFixture(Files.createDirectories(dir.resolve("data")), ServerSettings.loopback(0), "/fixtures/entity-pages.jsonl");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (fixture != null) fixture.close();
    }

    private static List<WebElement> waitFor(String css) {
        return Browser.waitFor(browser, css);
    }

    /** Moves the pointer over a chart, a fraction of its width from the left, and returns its tooltip's text. */
    private static String hover(WebElement chart, double at) {
        WebElement over = chart.findElement(By.cssSelector(".u-over"));
        int x = (int) (over.getSize().getWidth() * (at - 0.5));
        new Actions(browser).moveToElement(over, x, 0).perform();
        WebElement tip = chart.findElement(By.cssSelector(".chart-tip"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
        return tip.getText();
    }

    @Test
    void the_entity_page_shows_offices_as_periods_each_saying_once_and_a_daily_chart() throws IOException {
        browser.get(fixture.url("/entity.html?id=Sybiha&lang=en"));
        List<WebElement> roles = waitFor("table.roles tr[data-role]");
        assertEquals(1, roles.size(), "six articles giving the same office are one row");
        String row = roles.get(0).getText();
        assertTrue(row.startsWith("Foreign Minister Andrii Sybiha Ukraine 2024-12-02 2024-12-05 6 4"), row);

        List<WebElement> sayings = waitFor("ul.quote-groups li.quote-group");
        assertEquals("4", sayings.get(0).getAttribute("data-articles"));
        assertEquals("en,ru,uk", sayings.get(0).getAttribute("data-languages"));
        assertTrue(sayings.get(0).getText().contains("Harbour Post") && sayings.get(0).getText().contains("Вечерний курьер"),
                sayings.get(0).getText());

        WebElement chart = waitFor(".mentions-per-day .uplot").get(0);
        assertEquals("4", browser.findElement(By.cssSelector(".mentions-per-day")).getAttribute("data-days"), "2 to 5 December, every day");
        String tip = hover(browser.findElement(By.cssSelector(".mentions-per-day")), 0.1);
        assertTrue(tip.startsWith("2024-12-02") && tip.contains("in 4 articles"), tip);
        assertTrue(chart.getSize().getHeight() > 150);
        Browser.screenshot(browser, "entity-page");

        assertTrue(waitFor("ul.related li").get(0).getText().startsWith("Ukraine"));
        List<WebElement> stories = waitFor("ul.entity-stories li");
        assertEquals(List.of("geneva", "winter", "markup"), stories.stream().map(s -> s.getAttribute("data-story")).toList());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", sayings.get(0));
        Browser.screenshot(browser, "entity-quotes");
    }

    @Test
    void the_entity_page_names_offices_in_the_readers_language() throws IOException {
        browser.get(fixture.url("/entity.html?id=ww%3Asybiha&lang=uk"));
        String row = waitFor("table.roles tr[data-role]").get(0).getText();
        assertTrue(row.startsWith("міністр закордонних справ Андрій Сибіга Україна"), row);
        assertTrue(waitFor("ul.quote-groups li").get(0).getText().startsWith("Наші порти відкриті"), "the saying in Ukrainian first");
        Browser.screenshot(browser, "entity-page-uk");
    }

    @Test
    void markup_in_a_quote_is_shown_as_text_and_never_run() throws IOException {
        browser.get(fixture.url("/entity.html?id=Sybiha&lang=en"));
        WebElement quote = waitFor("ul.quote-groups li").stream().filter(q -> q.getText().contains("ultimatums")).findFirst().orElseThrow();
        assertTrue(quote.getText().contains("We will not accept <script>alert(1)</script> ultimatums"), quote.getText());
        assertTrue(quote.findElements(By.tagName("script")).isEmpty());
        assertEquals(5, browser.findElements(By.tagName("script")).size(), "only the site's own scripts: app, uPlot, charts, entity page, map");
        assertEquals("Entity · Wirewatch", browser.getTitle());
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", quote);
        Browser.screenshot(browser, "entity-escaped-quote");
        // the story list shows the title without the tags it carried (titles are decoded like markup)
        browser.get(fixture.url("/"));
        WebElement card = waitFor("article.story[data-story=markup]").get(0);
        assertTrue(card.getText().contains("Sybiha warns against ultimatums"), card.getText());
        assertTrue(card.findElements(By.tagName("em")).isEmpty());
    }

    @Test
    void the_home_filters_drive_the_trend_chart_and_the_story_cards() throws IOException {
        browser.get(fixture.url("/"));
        assertEquals(3, waitFor("article.story").size());
        WebElement trend = waitFor(".trend .uplot").get(0);
        assertEquals("en,ru,uk", browser.findElement(By.cssSelector(".chart-box.trend")).getAttribute("data-series"));
        String tip = hover(browser.findElement(By.cssSelector(".chart-box.trend")), 0.1);
        assertTrue(tip.startsWith("2024-12-02") && tip.contains("en: 2") && tip.contains("ru: 1") && tip.contains("4 in all"), tip);
        assertTrue(trend.getSize().getWidth() > 300);
        Browser.screenshot(browser, "home");

        new Select(browser.findElement(By.cssSelector("form.home-filters select[name=lang]"))).selectByValue("ru");
        browser.findElement(By.cssSelector("form.home-filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("lang=ru"));
        List<WebElement> cards = waitFor("article.story");
        assertEquals(List.of("geneva"), cards.stream().map(c -> c.getAttribute("data-story")).toList());
        assertEquals("ru", waitFor(".chart-box.trend").get(0).getAttribute("data-series"));
        waitFor(".trend .uplot");
        Browser.screenshot(browser, "home-filtered");

        browser.findElement(By.linkText("search these articles")).click();
        List<WebElement> hits = waitFor("article.hit");
        assertEquals(List.of("geneva-ru"), hits.stream().map(h -> h.getAttribute("data-id")).toList());

        browser.get(fixture.url("/?category=energy&from=2024-12-01&to=2024-12-31"));
        assertEquals(List.of("winter"), waitFor("article.story").stream().map(c -> c.getAttribute("data-story")).toList());
        assertEquals("31", waitFor(".chart-box.trend").get(0).getAttribute("data-days"), "the chart spans the range asked for");
        assertFalse(browser.findElement(By.id("main")).getText().contains("null"));
    }
}
