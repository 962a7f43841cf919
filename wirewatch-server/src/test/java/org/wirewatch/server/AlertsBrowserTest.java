package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wirewatch.index.alerts.Alerts;
import org.wirewatch.index.alerts.SavedAlert;

/**
 * The alerts page in headless Chromium over a real server whose alerts matched POSTed articles: the
 * saved alerts listed, one alert's matches newest first and paged, and a title holding markup shown as text.
 */
class AlertsBrowserTest {
    /** An invented headline that is markup: it must show as these characters, never as elements. */
    static final String MARKUP_TITLE = "<b>Ferry</b> & <i>Co</i> sail";
    /** How it is sent: a title is decoded like markup at ingest, so its escaped form is stored as the markup above. */
    static final String MARKUP_TITLE_SENT = "&lt;b&gt;Ferry&lt;/b&gt; &amp; &lt;i&gt;Co&lt;/i&gt; sail";

    @TempDir
    static Path dir;
    static Alerts alerts;
    static ServerFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        alerts = Alerts.open(data, System.err::println);
        fixture = new ServerFixture(data, ServerSettings.loopback(0), false, alerts);
        alerts.book().add(new SavedAlert("ferries", "ferry", null, null, null, null, Instant.now().toString()));
        // matches nothing, so its webhook is never called
        alerts.book().add(new SavedAlert("quiet", "zeppelin", null, "air-strikes", "uk", "http://127.0.0.1:9/hook", Instant.now().toString()));
        StringBuilder older = new StringBuilder();
        for (int i = 0; i < 21; i++) older.append(article("f" + i, "Ferry crossing " + i, "Ferry number " + i + " left Varna for Odesa."));
        post(older.toString() + article("w1", "Weather", "Rain fell on Lviv all week."));
        post(article("m1", MARKUP_TITLE_SENT, "A ferry with a strange name reached Odesa."));
        browser = Browser.start(Files.createDirectories(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (fixture != null) fixture.close();
        if (alerts != null) alerts.close();
    }

    private static String article(String id, String title, String text) {
        return "{\"id\": \"" + id + "\", \"lang\": \"en\", \"published\": \"2024-11-20\", \"source\": \"Harbour Wire\", "
                + "\"url\": \"https://example.org/" + id + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}\n";
    }

    private static void post(String body) {
        int status = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/articles"))).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build()).statusCode();
        assertEquals(201, status);
    }

    private static List<WebElement> waitFor(String css) {
        return Browser.waitFor(browser, css);
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void the_nav_leads_to_the_alerts_listed_with_filters_webhook_and_match_counts() {
        browser.get(fixture.url("/"));
        waitFor("header nav a[href='/alerts.html']").get(0).click();
        List<WebElement> rows = waitFor("table.alerts tbody tr");
        assertEquals(2, rows.size());
        assertEquals(List.of("ferries", "ferry", "—", "no", "22", "Atom"), cells(rows.get(0)));
        assertEquals(List.of("quiet", "zeppelin", "category air-strikes · lang uk", "yes", "0", "Atom"), cells(rows.get(1)));
        assertEquals(fixture.url("/api/alerts/ferries.atom"), rows.get(0).findElement(By.linkText("Atom")).getAttribute("href"));
        assertTrue(browser.findElement(By.id("main")).getText().contains("wirewatch alert add|remove"), "the page says alerts are changed in the CLI");
    }

    @Test
    void an_alert_shows_its_matches_newest_first_paged_with_a_markup_title_as_text() throws IOException {
        browser.get(fixture.url("/alerts.html"));
        waitFor("table.alerts a[href='/alerts.html?name=ferries']").get(0).click();
        List<WebElement> rows = waitFor("table.alert-matches tbody tr");
        assertEquals("ferries: 22 matched articles", browser.findElement(By.cssSelector("#alert-matches h2")).getText());
        assertEquals(20, rows.size(), "a page of 20");
        WebElement newest = rows.get(0);
        assertEquals("m1", newest.getAttribute("data-article"));
        WebElement title = newest.findElement(By.cssSelector("td a"));
        assertEquals(MARKUP_TITLE, title.getText(), "the title shows as its characters");
        assertEquals(fixture.url("/article.html?id=m1"), title.getAttribute("href"));
        assertTrue(browser.findElements(By.cssSelector("#alert-matches b, #alert-matches i")).isEmpty(), "no element made of the title");
        List<String> cells = cells(newest);
        assertEquals(List.of("EN", "Harbour Wire", "2024-11-20"), cells.subList(1, 4), "the language badge is shown upper-case");
        assertTrue(cells.get(4).startsWith(Instant.now().toString().substring(0, 4)), "when matched: " + cells.get(4));
        assertEquals(fixture.url("/api/alerts/ferries.atom"), browser.findElement(By.linkText("Atom feed of this alert")).getAttribute("href"));
        Browser.screenshot(browser, "alerts");

        browser.findElement(By.linkText("older →")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("table.alert-matches tbody tr")).size() == 2);
        List<WebElement> older = browser.findElements(By.cssSelector("table.alert-matches tbody tr"));
        assertTrue(older.stream().allMatch(r -> r.getAttribute("data-article").matches("f\\d+")), "the oldest two matches on page two");
        assertTrue(browser.findElements(By.linkText("older →")).isEmpty());
        assertEquals(1, browser.findElements(By.linkText("← newer")).size());
    }
}
