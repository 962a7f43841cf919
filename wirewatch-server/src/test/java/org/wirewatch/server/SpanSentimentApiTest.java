package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/articles/{id}/sentiment through the real server over written articles: any span, found by phrase or by characters. */
class SpanSentimentApiTest {
    @TempDir
    static Path data;
    static ServerFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = new ServerFixture(data, ServerSettings.loopback(0), "/fixtures/span-sentiment.jsonl");
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
    }

    @Test
    void a_phrase_praised_in_one_sentence_and_condemned_in_the_next_gets_each_verdict_where_it_stands() {
        JsonNode reply = fixture.getJson("/api/articles/minister-en/sentiment?span=the%20minister");
        assertEquals("minister-en", reply.get("id").asText());
        assertEquals("en", reply.get("lang").asText());
        JsonNode spans = reply.get("spans");
        assertEquals(2, spans.size(), "'The minister' and 'the minister', not 'The ministers': " + spans);
        assertEquals("The minister", spans.get(0).get("text").asText());
        assertEquals("positive", spans.get(0).get("sentiment").asText());
        assertTrue(spans.get(0).get("score").asDouble() > 0, spans.toString());
        assertEquals("the minister", spans.get(1).get("text").asText());
        assertEquals("negative", spans.get(1).get("sentiment").asText());
        assertTrue(spans.get(1).get("score").asDouble() < 0, spans.toString());
    }

    @Test
    void a_span_named_by_its_characters_is_judged_by_its_own_sentence() {
        int at = fixture.getJson("/api/articles/minister-en").get("text").asText().indexOf("Critics");
        JsonNode spans = fixture.getJson("/api/articles/minister-en/sentiment?start=" + at + "&end=" + (at + 7)).get("spans");
        assertEquals(1, spans.size());
        assertEquals("Critics", spans.get(0).get("text").asText());
        assertEquals(at, spans.get(0).get("start").asInt());
        assertTrue(spans.get(0).hasNonNull("sentiment"), spans.toString());
    }

    @Test
    void a_language_without_tone_answers_the_span_without_a_verdict() {
        JsonNode spans = fixture.getJson("/api/articles/minister-de/sentiment?span=Minister").get("spans");
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).get("sentiment").isNull(), spans.toString());
    }

    @Test
    void bad_questions_get_a_clear_error() {
        assertError("/api/articles/minister-en/sentiment", 400, "span");
        assertError("/api/articles/minister-en/sentiment?span=x&start=0&end=1", 400, "not both");
        assertError("/api/articles/minister-en/sentiment?start=5&end=100000", 400, "[5, 100000)");
        assertError("/api/articles/minister-en/sentiment?start=a&end=3", 400, "start");
        assertError("/api/articles/nobody/sentiment?span=x", 404, "nobody");
    }

    @Test
    void the_openapi_document_describes_the_endpoint() {
        JsonNode path = fixture.getJson("/api/openapi.json").get("paths").get("/api/articles/{id}/sentiment");
        assertTrue(path != null && path.has("get"), "no /api/articles/{id}/sentiment in the OpenAPI document");
    }

    private static void assertError(String path, int status, String mentions) {
        var r = fixture.get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        assertTrue(ServerFixture.parse(r.body()).get("error").get("message").asText().contains(mentions), path + ": " + r.body());
    }
}
