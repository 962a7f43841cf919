package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/articles on a server over a SolrCloud collection: analysed, placed in a story, stored once. */
class SolrIngestApiTest {
    private static final String ARTICLE = "{\"id\": \"posted-s1\", \"lang\": \"en\", \"published\": \"2024-11-21\", "
            + "\"title\": \"Grain barge reaches Izmail\", \"text\": \"Grain barge reaches Izmail\\n\\nA grain barge from Reni reached Izmail "
            + "on Thursday, the port authority said.\"}\n";

    private static HttpRequest post(ServerFixture f, String body) {
        return HttpRequest.newBuilder(URI.create(f.url("/api/articles"))).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build();
    }

    @Test
    void a_posted_article_is_stored_once_in_the_collection_and_found(@TempDir Path data) throws IOException {
        try (ServerFixture f = new ServerFixture(SolrTestCluster.get().collection("posted"), data, ServerSettings.loopback(0), null, null)) {
            HttpResponse<String> first = f.send(post(f, ARTICLE + "{not json}\n"));
            assertEquals(201, first.statusCode(), first.body());
            JsonNode reply = ServerFixture.parse(first.body());
            assertEquals("posted-s1", reply.get("stored").get(0).asText());
            assertTrue(reply.get("errors").get(0).asText().contains("2"), "the bad line is named: " + reply);
            assertEquals("posted-s1", f.getJson("/api/search?q=barge").get("items").get(0).get("id").asText());
            assertTrue(f.getJson("/api/articles/posted-s1").get("story").isTextual(), "a posted article is placed in a story");
            assertTrue(Files.exists(data.resolve("stories.json")), "and the story state is saved beside the collection's data");

            HttpResponse<String> again = f.send(post(f, ARTICLE));
            assertEquals(200, again.statusCode(), again.body());
            assertEquals("posted-s1", ServerFixture.parse(again.body()).get("unchanged").get(0).asText());
            assertEquals(1, f.getJson("/api/articles").get("total").asInt());
        }
    }
}
