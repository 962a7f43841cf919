package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What API clients rely on: conditional reads, one error shape, and an OpenAPI document a real parser accepts. */
class ApiPolishTest {
    @TempDir
    static Path data;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = new ServerFixture(data, ServerSettings.loopback(0), true);
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    @Test
    void a_read_carries_an_etag_and_an_unchanged_answer_is_a_304_without_a_body() {
        for (String path : List.of("/api/search?q=Blinken", "/api/articles/brussels-ru", "/api/entities/Blinken", "/api/stories/brussels")) {
            HttpResponse<String> first = fixture.get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(null), path);
            HttpResponse<String> again = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).header("If-None-Match", etag).GET().build());
            assertEquals(304, again.statusCode(), path);
            assertTrue(again.body().isEmpty(), path);
            HttpResponse<String> stale = fixture.send(HttpRequest.newBuilder(URI.create(fixture.url(path))).header("If-None-Match", "\"other\"").GET().build());
            assertEquals(200, stale.statusCode(), path);
        }
    }

    @Test
    void every_error_has_one_shape_with_a_code_and_a_message() {
        assertError(fixture.get("/api/articles/nope"), 404, "not_found", "nope");
        assertError(fixture.get("/api/search?q=%22unclosed"), 400, "bad_request", "unclosed");
        assertError(fixture.get("/api/search?limit=5000"), 400, "bad_request", "limit");
        assertError(fixture.get("/api/no-such-endpoint"), 404, "not_found", "no-such-endpoint");
        assertError(fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/articles")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build()), 415, "unsupported_media_type", "Content-Type");
        assertError(fixture.send(HttpRequest.newBuilder(URI.create(fixture.url("/api/articles")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("[1,2,3]")).build()), 400, "bad_request", "article");
    }

    private static void assertError(HttpResponse<String> r, int status, String code, String inMessage) {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode error = ServerFixture.parse(r.body()).get("error");
        assertNotNull(error, r.body());
        assertEquals(code, error.get("code").asText(), r.body());
        assertTrue(error.get("message").asText().contains(inMessage), r.body());
    }

    @Test
    void the_openapi_document_is_valid_for_a_real_openapi_parser() {
        HttpResponse<String> r = fixture.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "parser messages: " + parsed.getMessages());
        assertNotNull(parsed.getOpenAPI(), "the parser built no model");
        var paths = parsed.getOpenAPI().getPaths();
        for (String p : List.of("/api/search", "/api/articles", "/api/articles/{id}", "/api/stories", "/api/stories/{id}", "/api/entities/{id}",
                "/api/quotes", "/api/events")) {
            assertNotNull(paths.get(p), "the document describes " + p);
        }
        assertTrue(paths.get("/api/search").getGet().getParameters().stream().anyMatch(p -> p.getName().equals("expand")));
        assertNotNull(paths.get("/api/articles").getPost().getResponses().get("503").getHeaders().get("Retry-After"));
    }
}
