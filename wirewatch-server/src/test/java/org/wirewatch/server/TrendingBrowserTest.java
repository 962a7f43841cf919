package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The trending page in headless Chromium on the real server over the generated stream. */
class TrendingBrowserTest {
    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start(Files.createDirectories(dir.resolve("profile")));
        Path data = Files.createDirectories(dir.resolve("data"));
        TrendingStream.store(data);
        fixture = new ServerFixture(data, ServerSettings.loopback(0), false);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (fixture != null) fixture.close();
    }

    private static List<WebElement> waitFor(String css) {
        return Browser.waitFor(browser, css);
    }

    /** The tooltip's text over each hour of a card's uPlot chart, the pointer at the middle of each hour's bar. */
    private static List<String> hourTips(WebElement card, int hours) {
        WebElement chart = card.findElement(By.cssSelector(".trend-chart"));
        WebElement over = chart.findElement(By.cssSelector(".u-over"));
        WebElement tip = chart.findElement(By.cssSelector(".chart-tip"));
        List<String> tips = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            int x = (int) (over.getSize().getWidth() * ((i + 0.5) / hours - 0.5));
            new Actions(browser).moveToElement(over, x, 0).perform();
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> tip.isDisplayed());
            tips.add(tip.getText());
        }
        return tips;
    }

    @Test
    void the_nav_leads_to_trending_stories_with_the_burst_first_as_breaking_and_its_growth_curve() throws IOException {
        browser.get(fixture.url("/"));
        waitFor("header nav a[href='/trending.html']").get(0).click();
        List<WebElement> cards = waitFor("article.trending");
        WebElement first = cards.get(0);
        assertEquals("burst", first.getAttribute("data-story"));
        assertTrue(first.getAttribute("class").contains("breaking"), first.getAttribute("class"));
        assertEquals("breaking", first.findElement(By.cssSelector(".badge.breaking")).getText().toLowerCase());
        // the headline's markup is shown as text, not made into an element
        assertTrue(first.getText().contains("Floods reach Kestel <b>old town</b>"), first.getText());
        assertTrue(first.findElements(By.cssSelector(".headline b")).isEmpty());
        // a uPlot chart per card: 6 hours stacked by language, the last two full hours 2 English and 2 Ukrainian each
        waitFor("article.trending .trend-chart .uplot canvas");
        assertEquals(cards.size(), browser.findElements(By.cssSelector("article.trending .trend-chart canvas")).size(), "a chart per story");
        WebElement chart = first.findElement(By.cssSelector(".trend-chart"));
        assertEquals("6", chart.getAttribute("data-hours"));
        assertEquals("en,uk", chart.getAttribute("data-series"));
        List<String> tips = hourTips(first, 6);
        assertEquals(2, tips.stream().filter(t -> t.contains("en: 2") && t.contains("uk: 2")).count(), String.join(" | ", tips));
        assertTrue(tips.get(0).startsWith("2026-04-02 "), tips.get(0));
        assertTrue(tips.stream().noneMatch(t -> t.contains("ru:")), "no Russian article in the burst");
        WebElement steady = cards.stream().filter(c -> "steady".equals(c.getAttribute("data-story"))).findFirst().orElseThrow();
        assertFalse(steady.getAttribute("class").contains("breaking"), "a steady story is not breaking");
        Browser.screenshot(browser, "trending");
    }

    @Test
    void the_window_can_be_changed_from_the_page() {
        browser.get(fixture.url("/trending.html?window=3"));
        WebElement first = waitFor("article.trending").get(0);
        WebElement chart = waitFor("article.trending .trend-chart .uplot").get(0);
        assertEquals("3", first.findElement(By.cssSelector(".trend-chart")).getAttribute("data-hours"), "three hours charted");
        assertTrue(chart.getSize().getHeight() > 100, "the chart is drawn: " + chart.getSize());
        assertEquals("3 h", browser.findElement(By.cssSelector(".windows a.current")).getText());
    }
}
