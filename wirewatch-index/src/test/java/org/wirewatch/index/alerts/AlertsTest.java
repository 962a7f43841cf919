package org.wirewatch.index.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.index.ArticleStore;
import org.wirewatch.index.CommitHook;
import org.wirewatch.index.StoredStories;
import org.wirewatch.index.WirewatchIndex;

/** Saved alerts over a real index: each match recorded once, a crash between commit and matching recovered, webhooks retried on loopback. */
class AlertsTest {
    private static final LanguagePacks PACKS = LanguagePacks.discover();
    private static final WebhookDelivery.Retry QUICK = new WebhookDelivery.Retry(3, Duration.ofMillis(20), Duration.ofSeconds(5), Duration.ofSeconds(10));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private HttpServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) receiver.stop(0);
    }

    @Test
    void each_matching_article_is_recorded_once_and_storing_again_or_reopening_adds_nothing(@TempDir Path data) throws IOException {
        try (Alerts alerts = alerts(data)) {
            alerts.book().add(alert("vienna", "Vienna", null));
            alerts.book().add(alert("kyiv-grain", "grain", "en", null));
            store(data, alerts, List.of(article("a1", "Sybiha met ministers in Vienna."), article("a2", "Grain left Odesa for Vienna."),
                    article("a3", "Grain prices rose in Kyiv.")));
            assertEquals(List.of("a1", "a2"), ids(alerts, "vienna"), String.join("\n", warnings));
            assertEquals(List.of("a2", "a3"), ids(alerts, "kyiv-grain"));
            store(data, alerts, List.of(article("a1", "Sybiha met ministers in Vienna."), article("a4", "Talks in Vienna resumed.")));
            assertEquals(List.of("a1", "a2", "a4"), ids(alerts, "vienna"));
        }
        try (Alerts again = alerts(data)) {
            store(data, again, List.of(article("a2", "Grain left Odesa for Vienna.")));
            assertEquals(List.of("a1", "a2", "a4"), ids(again, "vienna"), "a restart records nothing twice");
        }
    }

    @Test
    void articles_stored_before_an_alert_was_added_are_not_its_matches(@TempDir Path data) throws IOException {
        try (Alerts alerts = alerts(data)) {
            store(data, alerts, List.of(article("old", "Talks in Vienna.")));
            alerts.book().add(alert("vienna", "Vienna", null));
            store(data, alerts, List.of(article("new", "More talks in Vienna.")));
            assertEquals(List.of("new"), ids(alerts, "vienna"));
        }
    }

    @Test
    void a_crash_after_the_index_commit_and_before_matching_loses_nothing_and_replays_add_no_duplicates(@TempDir Path data) throws IOException {
        try (Alerts alerts = alerts(data)) {
            alerts.book().add(alert("vienna", "Vienna", null));
            store(data, alerts, List.of(article("first", "Vienna talks, day one.")));
        }
        // the process dies right after the index commit: pending.ids is written, the matching never runs
        try (Alerts dying = alerts(data); WirewatchIndex index = WirewatchIndex.open(data, KnowledgeBases.builtIn())) {
            CommitHook diesAfterCommit = new CommitHook() {
                @Override
                public void beforeCommit(List<String> ids) throws IOException {
                    dying.beforeCommit(ids);
                }
            };
            new ArticleStore(index, StoredStories.open(data, PACKS), org.wirewatch.core.story.Redating.DATE_ONLY, diesAfterCommit)
                    .ingest(List.of(article("second", "Vienna talks, day two."), article("other", "Rain in Lviv.")));
            assertEquals(List.of("first"), ids(dying, "vienna"), "not matched yet");
        }
        Path pending = data.resolve("alerts").resolve(Alerts.PENDING);
        assertTrue(Files.exists(pending), "the commit's ids were written down before it");
        byte[] left = Files.readAllBytes(pending);
        try (Alerts restarted = alerts(data)) {
            store(data, restarted, List.of());
            assertEquals(List.of("first", "second"), ids(restarted, "vienna"), "matched when the store opened again");
            assertFalse(Files.exists(pending));
        }
        // killed again after recording but before deleting pending.ids: the replay is idempotent
        Files.write(pending, left);
        try (Alerts replayed = alerts(data)) {
            store(data, replayed, List.of());
            assertEquals(List.of("first", "second"), ids(replayed, "vienna"));
        }
    }

    @Test
    void a_line_cut_short_by_a_crash_is_skipped_and_the_next_match_starts_a_line_of_its_own(@TempDir Path data) throws IOException {
        try (Alerts alerts = alerts(data)) {
            alerts.book().add(alert("vienna", "Vienna", null));
            Path log = data.resolve("alerts").resolve("matches").resolve("vienna.jsonl");
            Files.createDirectories(log.getParent());
            Files.writeString(log, "{\"article\":\"half");
            store(data, alerts, List.of(article("whole", "Vienna again.")));
            assertEquals(List.of("whole"), ids(alerts, "vienna"));
        }
    }

    @Test
    void a_webhook_that_fails_twice_then_answers_gets_the_match_once(@TempDir Path data) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<JsonNode> accepted = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch delivered = new CountDownLatch(1);
        String url = receiver(exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = calls.incrementAndGet() <= 2 ? 503 : 204;
            if (status == 204) {
                accepted.add(JSON.readTree(body));
                delivered.countDown();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        try (Alerts alerts = alerts(data)) {
            alerts.book().add(alert("vienna", "Vienna", url));
            store(data, alerts, List.of(article("hooked", "Vienna <talks> & more.")));
            assertTrue(delivered.await(30, TimeUnit.SECONDS), "delivered after two failures");
        }
        assertEquals(3, calls.get(), "two failures and one success, nothing after");
        assertEquals(1, accepted.size());
        JsonNode body = accepted.get(0);
        assertEquals("vienna/hooked", body.get("id").asText());
        assertEquals("vienna", body.get("alert").asText());
        assertEquals("hooked", body.get("article").get("id").asText());
        assertEquals("Title hooked", body.get("article").get("title").asText());
        try (Alerts reopened = alerts(data)) {
            store(data, reopened, List.of());
        }
        assertEquals(3, calls.get(), "a delivered match is not sent again after a restart");
        assertFalse(Files.exists(data.resolve("alerts").resolve("webhook-failures.log")));
    }

    @Test
    void a_webhook_that_always_fails_is_logged_and_storing_goes_on(@TempDir Path data) throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        String url = receiver(exchange -> {
            calls.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS); // the first answer waits until the store has returned
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        try (Alerts alerts = alerts(data)) {
            alerts.book().add(alert("vienna", "Vienna", url));
            ArticleStore.Stored stored = store(data, alerts, List.of(article("x1", "Vienna one."), article("x2", "Vienna two.")));
            assertEquals(List.of("x1", "x2"), stored.stored(), "stored while the webhook had not answered");
            release.countDown();
        }
        Path log = data.resolve("alerts").resolve("webhook-failures.log");
        List<String> lines = Files.readAllLines(log);
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains("alert=vienna") && lines.get(0).contains("attempts=3") && lines.get(0).contains("HTTP 500"), lines.get(0));
        assertEquals(6, calls.get(), "three attempts for each of the two matches");
        assertEquals(2, warnings.size(), String.join("\n", warnings));
        assertEquals(List.of("x1", "x2"), ids(alerts(data), "vienna"), "the matches are recorded all the same");
    }

    @Test
    void bad_alert_definitions_are_refused_with_a_reason(@TempDir Path data) throws IOException {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> alert("../etc", "x", null)).getMessage().contains("alert name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> alert("ok", "x", "file:///tmp/x")).getMessage().contains("http(s)"));
        try (Alerts alerts = alerts(data)) {
            alerts.book().add(alert("twice", "x", null));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> alerts.book().add(alert("twice", "y", null))).getMessage().contains("exists"));
            assertTrue(alerts.remove("twice"));
            assertFalse(alerts.remove("twice"));
        }
        Files.writeString(data.resolve("alerts").resolve(AlertBook.FILE), "[{\"name\": 3");
        IOException broken = assertThrows(IOException.class, () -> alerts(data).book().list());
        assertTrue(broken.getMessage().contains("alerts.json"), broken.getMessage());
    }

    private Alerts alerts(Path data) {
        return Alerts.open(data, QUICK, warnings::add, Clock.systemUTC());
    }

    private static ArticleStore.Stored store(Path data, Alerts alerts, List<Article> articles) throws IOException {
        try (WirewatchIndex index = WirewatchIndex.open(data, KnowledgeBases.builtIn())) {
            return new ArticleStore(index, StoredStories.open(data, PACKS), org.wirewatch.core.story.Redating.DATE_ONLY, alerts).ingest(articles);
        }
    }

    private static List<String> ids(Alerts alerts, String name) throws IOException {
        return alerts.matches().read(name).stream().map(MatchLog.Match::article).toList();
    }

    private static SavedAlert alert(String name, String query, String webhook) {
        return new SavedAlert(name, query, null, null, null, webhook, Instant.now().toString());
    }

    private static SavedAlert alert(String name, String query, String lang, String webhook) {
        return new SavedAlert(name, query, null, null, lang, webhook, Instant.now().toString());
    }

    private static Article article(String id, String text) {
        int at = text.indexOf("Vienna");
        List<Mention> mentions = at < 0 ? List.of() : List.of(new Mention(at, at + 6, "Vienna", "LOC", "ww:vienna", "Vienna"));
        return Article.builder(id, text).lang("en").title("Title " + id).source("Test Wire").published("2025-03-14").entities(mentions).build();
    }

    private String receiver(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", handler);
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }
}
