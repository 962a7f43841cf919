package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client over its budget of writes or searches gets 429 with Retry-After; cheap reads and loopback (by default) are not limited. */
class RateLimitTest {
    private static final String JSON = "Content-Type: application/json\r\n";
    private static final String ARTICLE = "{\"id\":\"r-1\",\"lang\":\"en\",\"text\":\"The ferry from Varna to Odesa resumed on Wednesday.\"}";

    private static void assertLimited(RawHttp.Answer r) {
        assertEquals(429, r.status(), r.body());
        assertNotNull(r.header("Retry-After"));
        assertTrue(Long.parseLong(r.header("Retry-After")) >= 1);
        assertTrue(r.body().contains("a minute"), r.body());
    }

    @Test
    void writes_and_searches_over_the_budget_are_429_with_retry_after(@TempDir Path data) throws IOException {
        ServerSettings settings = ServerSettings.loopback(0).withRateLimits(new RateLimits(2, 3, true));
        try (ServerFixture f = new ServerFixture(data, settings, true)) {
            int port = f.server.port();
            String host = "127.0.0.1:" + port;
            assertEquals(201, RawHttp.post(port, host, JSON, ARTICLE).status());
            assertEquals(200, RawHttp.post(port, host, JSON, ARTICLE).status());
            assertLimited(RawHttp.post(port, host, JSON, ARTICLE.replace("r-1", "r-2")));
            for (int i = 0; i < 3; i++) assertEquals(200, RawHttp.get(port, host, "/api/search?q=ferry").status());
            assertLimited(RawHttp.get(port, host, "/api/search?q=ferry"));
            assertLimited(RawHttp.get(port, host, "/api/events"));
            assertEquals(200, RawHttp.get(port, host, "/api/articles").status(), "cheap reads are not limited");
            assertEquals(200, RawHttp.get(port, host, "/api/articles/r-1").status());
            assertEquals(404, RawHttp.get(port, host, "/api/articles/r-2").status(), "the limited write stored nothing");
        }
    }

    @Test
    void loopback_clients_are_not_limited_by_default(@TempDir Path data) throws IOException {
        ServerSettings settings = ServerSettings.loopback(0).withRateLimits(new RateLimits(1, 1, false));
        try (ServerFixture f = new ServerFixture(data, settings, true)) {
            for (int i = 0; i < 4; i++) assertEquals(200, f.get("/api/search?q=ferry").statusCode());
        }
    }

    @Test
    void limits_are_read_from_the_server_configuration(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("server.properties"),
                "rate.writes.per.minute=30\nrate.reads.per.minute=120\nrate.loopback=true\nallowed.hosts=a.lan, B.lan\n");
        ServerSettings s = ServerSettings.loopback(0).withConfigFrom(config);
        assertEquals(new RateLimits(30, 120, true), s.rateLimits());
        assertEquals(java.util.List.of("a.lan", "b.lan"), s.allowedHosts());
        Path bad = Files.writeString(dir.resolve("bad.properties"), "rate.reads.per.minute=lots\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.loopback(0).withConfigFrom(bad));
        assertTrue(e.getMessage().contains("bad.properties") && e.getMessage().contains("rate.reads.per.minute"), e.getMessage());
    }
}
