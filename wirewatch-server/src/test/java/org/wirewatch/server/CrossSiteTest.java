package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks a web page the analyst opens can make on the default server (loopback, no token):
 * cross-site writes (CSRF) and requests by a foreign name resolving here (DNS rebinding). Each must
 * leave the archive untouched, while the analyst's own browser and scripts go on working.
 */
class CrossSiteTest {
    private static final String ARTICLE = "{\"id\":\"x-1\",\"lang\":\"en\",\"text\":\"The ferry from Varna to Odesa resumed on Wednesday.\"}";
    private static final String JSON = "Content-Type: application/json\r\n";

    private static int stored(ServerFixture f) {
        return f.getJson("/api/articles").get("total").asInt();
    }

    private static String local(ServerFixture f) {
        return "127.0.0.1:" + f.server.port();
    }

    @Test
    void a_cross_site_text_plain_form_post_is_refused_and_nothing_stored(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            RawHttp.Answer r = RawHttp.post(f.server.port(), local(f), "Content-Type: text/plain\r\nOrigin: http://evil.example\r\n", ARTICLE);
            assertEquals(403, r.status(), r.body());
            assertTrue(r.body().contains("cross-origin"), r.body());
            assertEquals(0, stored(f));
        }
    }

    @Test
    void a_cross_site_json_post_is_refused_by_origin_or_fetch_metadata(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            int port = f.server.port();
            assertEquals(403, RawHttp.post(port, local(f), JSON + "Origin: http://evil.example\r\n", ARTICLE).status());
            assertEquals(403, RawHttp.post(port, local(f), JSON + "Origin: http://127.0.0.1:1\r\n", ARTICLE).status(),
                    "another local port is another origin");
            assertEquals(403, RawHttp.post(port, local(f), JSON + "Sec-Fetch-Site: cross-site\r\n", ARTICLE).status());
            assertEquals(403, RawHttp.post(port, local(f), JSON + "Sec-Fetch-Site: same-site\r\n", ARTICLE).status());
            assertEquals(0, stored(f));
        }
    }

    @Test
    void a_write_that_is_not_json_is_refused_even_without_origin(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
                RawHttp.Answer r = RawHttp.post(f.server.port(), local(f), "Content-Type: " + type + "\r\n", ARTICLE);
                assertEquals(415, r.status(), type);
                assertTrue(r.body().contains("application/json"), r.body());
            }
            assertEquals(415, RawHttp.post(f.server.port(), local(f), "", ARTICLE).status(), "no Content-Type");
            assertEquals(0, stored(f));
        }
    }

    @Test
    void a_foreign_host_name_is_refused_for_reads_and_writes(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            int port = f.server.port();
            RawHttp.Answer read = RawHttp.get(port, "evil.example:" + port, "/api/articles");
            assertEquals(421, read.status());
            assertTrue(read.body().contains("allowed.hosts"), read.body());
            assertEquals(421, RawHttp.get(port, "evil.example", "/").status(), "the web UI too");
            assertEquals(421, RawHttp.post(port, "evil.example:" + port, JSON + "Origin: http://evil.example:" + port + "\r\n", ARTICLE).status());
            assertEquals(0, stored(f));
        }
    }

    @Test
    void the_analysts_own_names_and_same_origin_writes_still_work(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            int port = f.server.port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port, "127.0.0.1")) {
                assertEquals(200, RawHttp.get(port, host, "/api/articles").status(), host);
            }
            RawHttp.Answer own = RawHttp.post(port, "localhost:" + port,
                    JSON + "Origin: http://localhost:" + port + "\r\nSec-Fetch-Site: same-origin\r\n", ARTICLE);
            assertEquals(201, own.status(), own.body());
            assertEquals(1, stored(f));
        }
    }

    @Test
    void names_in_the_allow_list_are_served(@TempDir Path data) throws IOException {
        ServerSettings settings = ServerSettings.loopback(0).withAllowedHosts(List.of("wirewatch.newsroom.lan"));
        try (ServerFixture f = new ServerFixture(data, settings, false)) {
            int port = f.server.port();
            assertEquals(200, RawHttp.get(port, "wirewatch.newsroom.lan:" + port, "/api/articles").status());
            assertEquals(421, RawHttp.get(port, "evil.example:" + port, "/api/articles").status());
        }
    }
}
