package org.wirewatch.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;

/**
 * The home trend and the quote totals are counted once per commit and filter and kept: asked again
 * they give the same answer, and the next commit's articles count at once (a real server over our
 * own written articles).
 */
class PerCommitTotalsTest {
    @TempDir
    Path data;

    private static Article said(String id, String lang, String published, String speaker) {
        String text = "Ivana Testova said \"the ferry runs again\" on the pier (" + id + ").";
        return Article.builder(id, text).lang(lang).published(published).source("Pier Wire")
                .quotes(List.of(new Quote(20, 40, "the ferry runs again", true, "said", new Quote.Speaker(speaker, "Ivana Testova", 0, 13))))
                .build();
    }

    @Test
    void trend_and_quote_totals_follow_each_commit() throws IOException {
        try (ServerFixture fixture = new ServerFixture(data, ServerSettings.loopback(0), false)) {
            fixture.index.add(said("p1", "en", "2024-03-04T09:00", "name:ivana testova"));
            fixture.index.add(said("p2", "uk", "2024-03-05T09:00", "name:ivana testova"));
            fixture.index.add(said("p3", "en", "2024-03", "name:other"));
            fixture.index.commit();
            JsonNode trend = fixture.getJson("/api/trend");
            assertEquals(List.of("2024-03-04", "2024-03-05"), days(trend));
            assertEquals(3, trend.get("articles").asInt());
            assertEquals(1, trend.get("undated").asInt(), "a month is no day");
            assertEquals(trend, fixture.getJson("/api/trend"), "kept until the next commit");
            assertEquals(3, fixture.getJson("/api/quotes").get("total").asInt());
            assertEquals(2, fixture.getJson("/api/quotes?speaker=name:ivana%20testova").get("total").asInt());

            fixture.index.add(said("p4", "en", "2024-03-06T12:00", "name:ivana testova"));
            fixture.index.commit();
            JsonNode after = fixture.getJson("/api/trend");
            assertEquals(List.of("2024-03-04", "2024-03-05", "2024-03-06"), days(after));
            assertEquals(4, after.get("articles").asInt());
            assertEquals(List.of(1, 0, 1), ints(after.get("by_language").get("en")));
            assertEquals(4, fixture.getJson("/api/quotes").get("total").asInt());
            assertEquals(3, fixture.getJson("/api/quotes?speaker=name:ivana%20testova").get("total").asInt());
            assertEquals(1, fixture.getJson("/api/trend?lang=uk").get("articles").asInt());
        }
    }

    private static List<String> days(JsonNode trend) {
        List<String> out = new java.util.ArrayList<>();
        trend.get("days").forEach(d -> out.add(d.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode values) {
        List<Integer> out = new java.util.ArrayList<>();
        values.forEach(v -> out.add(v.asInt()));
        return out;
    }
}
