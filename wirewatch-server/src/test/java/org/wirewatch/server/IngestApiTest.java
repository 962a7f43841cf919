package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles: analyses and stores, idempotently, and only for whom may. */
class IngestApiTest {
    private static final String ARTICLE = "{\"id\": \"posted-1\", \"lang\": \"en\", \"published\": \"2024-11-20\", "
            + "\"title\": \"Ferry service resumes\", \"text\": \"Ferry service resumes\\n\\nThe ferry from Varna to Odesa resumed on Wednesday, "
            + "operators said.\"}\n";

    private static HttpRequest post(ServerFixture f, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(f.url("/api/articles"))).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b.build();
    }

    @Test
    void a_loopback_server_without_token_stores_posted_articles_once(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            HttpResponse<String> first = f.send(post(f, ARTICLE + "{not json}\n", null));
            assertEquals(201, first.statusCode(), first.body());
            JsonNode reply = ServerFixture.parse(first.body());
            assertEquals("posted-1", reply.get("stored").get(0).asText());
            assertTrue(reply.get("errors").get(0).asText().contains("2"), "the bad line is named: " + reply);
            assertEquals("posted-1", f.getJson("/api/search?q=ferry").get("items").get(0).get("id").asText());
            assertTrue(f.getJson("/api/articles/posted-1").get("story").isTextual(), "a posted article is placed in a story");
            assertTrue(java.nio.file.Files.exists(data.resolve("stories.json")), "and the story state is saved beside the index");

            HttpResponse<String> again = f.send(post(f, ARTICLE, null));
            assertEquals(200, again.statusCode());
            assertEquals("posted-1", ServerFixture.parse(again.body()).get("unchanged").get(0).asText());
            assertEquals(1, f.getJson("/api/articles").get("total").asInt());
        }
    }

    @Test
    void with_a_token_configured_only_its_bearer_may_post(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0).withToken("s3cret"), false)) {
            assertEquals(401, f.send(post(f, ARTICLE, null)).statusCode());
            assertEquals(401, f.send(post(f, ARTICLE, "wrong")).statusCode());
            assertEquals(201, f.send(post(f, ARTICLE, "s3cret")).statusCode());
        }
    }

    @Test
    void the_bearer_scheme_is_case_insensitive_and_the_token_is_not(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0).withToken("s3cret"), false)) {
            int port = f.server.port();
            String json = "Content-Type: application/json\r\n";
            assertEquals(201, RawHttp.post(port, "127.0.0.1", json + "Authorization: bearer s3cret\r\n", ARTICLE).status());
            assertEquals(200, RawHttp.post(port, "127.0.0.1", json + "Authorization: BEARER s3cret\r\n", ARTICLE).status());
            assertEquals(401, RawHttp.post(port, "127.0.0.1", json + "Authorization: Bearer S3CRET\r\n", ARTICLE).status());
            assertEquals(401, RawHttp.post(port, "127.0.0.1", json + "Authorization: Basic s3cret\r\n", ARTICLE).status());
            assertEquals(401, RawHttp.post(port, "127.0.0.1", json + "Authorization: Bearers3cret\r\n", ARTICLE).status());
        }
    }

    @Test
    void a_server_reachable_from_other_machines_refuses_ingest_without_a_token(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0).withHost("0.0.0.0"), false)) {
            HttpResponse<String> r = f.send(post(f, ARTICLE, null));
            assertEquals(403, r.statusCode());
            assertTrue(r.body().contains("api.token"), r.body());
        }
    }

    @Test
    void beside_another_writer_the_server_reads_and_refuses_ingest(@TempDir Path data) throws IOException {
        try (org.wirewatch.index.WirewatchIndex writer = org.wirewatch.index.WirewatchIndex.open(data, ServerFixture.KB)) {
            for (org.wirewatch.core.model.Article a : ServerFixture.analysedCorpus().subList(0, 2)) writer.add(a);
            writer.commit();
            try (org.wirewatch.index.WirewatchIndex reader = org.wirewatch.index.WirewatchIndex.openReadOnly(data, ServerFixture.KB);
                 WirewatchServer server = WirewatchServer.start(ServerSettings.loopback(0), reader, null, ServerFixture.WIREWATCH)) {
                java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(503, post.statusCode(), post.body());
                assertEquals(String.valueOf(ArticleApi.READ_ONLY_RETRY_SECONDS), post.headers().firstValue("Retry-After").orElse(null));
                assertEquals("read_only", ServerFixture.parse(post.body()).get("error").get("code").asText(), post.body());
                for (org.wirewatch.core.model.Article a : ServerFixture.analysedCorpus().subList(2, 4)) writer.add(a);
                writer.commit();
                HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(4, ServerFixture.parse(list.body()).get("total").asInt(), "the writer's later commit is seen");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void a_body_larger_than_the_limit_is_refused(@TempDir Path data) throws IOException {
        ServerSettings small = new ServerSettings("127.0.0.1", 0, null, 1_000, 100);
        try (ServerFixture f = new ServerFixture(data, small, false)) {
            HttpResponse<String> r = f.send(post(f, ARTICLE.repeat(20), null));
            assertEquals(413, r.statusCode());
            assertEquals(0, f.getJson("/api/articles").get("total").asInt());
        }
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_before_it_is_read_whole(@TempDir Path data) throws IOException {
        byte[] start = "{\"id\":\"big\",\"text\":\"".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            RawHttp.Answer r = RawHttp.postChunked(f.server.port(), "127.0.0.1", start, 11L << 20);
            assertEquals(413, r.status(), r.body());
            assertTrue(r.body().contains("limit"), r.body());
            assertEquals(0, f.getJson("/api/articles").get("total").asInt(), "nothing stored, not even an empty article");
        }
        ServerSettings small = new ServerSettings("127.0.0.1", 0, null, 1_000, 100);
        try (ServerFixture f = new ServerFixture(data, small, false)) {
            assertEquals(413, RawHttp.postChunked(f.server.port(), "127.0.0.1", start, 100_000).status());
            assertEquals(0, f.getJson("/api/articles").get("total").asInt());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "null                         | a JSON object, not null",
        "[1,2,3]                      | a JSON object, not an array",
        "\"just a string\"            | a JSON object, not a string",
        "{\"title\":\"t\"}              | \"text\" or \"html\"",
        "{\"text\":\"t\",\"lang\":[1]}  | \"lang\" must be a string",
    })
    void a_body_that_is_no_article_is_400_naming_the_fault_and_nothing_is_stored(String body, String expected, @TempDir Path data)
            throws IOException {
        try (ServerFixture f = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            HttpResponse<String> r = f.send(post(f, body, null));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(ServerFixture.parse(r.body()).get("errors").get(0).asText().contains(expected), r.body());
            assertEquals(0, f.getJson("/api/articles").get("total").asInt());
        }
    }

    @Test
    void a_server_started_read_only_takes_over_writing_once_the_writer_exits(@TempDir Path data) throws Exception {
        org.wirewatch.index.WirewatchIndex writer = org.wirewatch.index.WirewatchIndex.open(data, ServerFixture.KB);
        for (org.wirewatch.core.model.Article a : ServerFixture.analysedCorpus().subList(0, 2)) writer.add(a);
        writer.commit();
        WriterSource later = () -> new WriterSource.Writer(org.wirewatch.index.WirewatchIndex.open(data, ServerFixture.KB),
                org.wirewatch.index.StoredStories.open(data, ServerFixture.WIREWATCH.resources().packs()));
        try (org.wirewatch.index.WirewatchIndex reader = org.wirewatch.index.WirewatchIndex.openReadOnly(data, ServerFixture.KB);
             WirewatchServer server = WirewatchServer.start(ServerSettings.loopback(0), reader, null, later, ServerFixture.WIREWATCH)) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build();
            assertEquals(503, http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode(), "while the writer runs");
            writer.close();
            HttpResponse<String> after = http.send(post, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, after.statusCode(), after.body());
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/articles/posted-1")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, list.statusCode(), "the posted article is served: " + list.body());
        } finally {
            writer.close();
        }
        try (org.wirewatch.index.WirewatchIndex reopened = org.wirewatch.index.WirewatchIndex.open(data, ServerFixture.KB)) {
            assertEquals(3, reopened.size(), "the server let go of the index when it stopped, with the post committed");
        }
    }
}
