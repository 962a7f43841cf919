package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search and export over one index of the invented en/ru/uk fixture corpus. */
class IndexCommandsTest {
    @TempDir
    static Path data;
    static CliRun firstIngest;

    @BeforeAll
    static void ingest() throws URISyntaxException {
        firstIngest = CliRun.of("ingest", fixture().toString(), "--data", data.toString(), "--batch", "3", "--threads", "2");
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(IndexCommandsTest.class.getResource("/fixtures/news.jsonl").toURI());
    }

    @Test
    void ingest_reports_what_it_stored() {
        assertEquals(0, firstIngest.exitCode(), firstIngest.err());
        assertTrue(firstIngest.err().contains("articles stored 7, unchanged 0, failed 0; the index holds 7"), firstIngest.err());
    }

    @Test
    void ingesting_the_same_articles_again_changes_nothing() throws URISyntaxException {
        CliRun again = CliRun.of("ingest", fixture().toString(), "--data", data.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("articles stored 0, unchanged 7, failed 0; the index holds 7"), again.err());
    }

    @Test
    void bad_input_is_named_and_the_rest_is_stored(@TempDir Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.writeString(inputs.resolve("mixed.jsonl"), "{\"id\": \"ok-1\", \"lang\": \"en\", \"text\": \"Storm closes Varna port\\n\\nA storm closed the port of Varna on Monday.\"}\n"
                + "{broken\n");
        CliRun run = CliRun.of("ingest", inputs.toString(), "--data", dir.resolve("data").toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("mixed.jsonl") && run.err().contains("2"), run.err());
        assertTrue(run.err().contains("articles stored 1"), run.err());
    }

    @Test
    void search_prints_matches_with_the_matched_words_marked() {
        CliRun run = CliRun.of("search", "Блинкена", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("brussels-ru"), run.out());
        assertTrue(run.out().contains("[Блинкен"), run.out());
    }

    @Test
    void search_by_entity_and_dates_as_json() throws IOException {
        CliRun run = CliRun.of("search", "--entity", "Blinken", "--from", "2024-11-13", "--to", "2024-11-13", "--json", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode body = new ObjectMapper().readTree(run.out());
        assertEquals(3, body.get("total").asInt());
        Set<String> langs = new HashSet<>();
        body.get("items").forEach(hit -> langs.add(hit.get("article").get("lang").asText()));
        assertEquals(Set.of("en", "ru", "uk"), langs);
    }

    @Test
    void search_without_an_index_says_how_to_make_one(@TempDir Path empty) {
        CliRun run = CliRun.of("search", "anything", "--data", empty.toString());
        assertEquals(StoreFailure.EXIT_IO, run.exitCode());
        assertTrue(run.err().startsWith("wirewatch search: no index in") && run.err().contains("wirewatch ingest"), run.err());

        CliRun unreadable = CliRun.of("search", "\"unclosed", "--data", data.toString());
        assertEquals(Main.EXIT_USAGE, unreadable.exitCode());
        assertTrue(unreadable.err().contains("cannot understand the query"), unreadable.err());
    }

    @Test
    void export_writes_every_stored_article_as_jsonl() throws IOException {
        CliRun run = CliRun.of("export", "--format", "jsonl", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(7, run.outLines().length);
        assertEquals("brussels-en", new ObjectMapper().readTree(run.outLines()[0]).get("id").asText());
    }

    @Test
    void export_writes_csv_with_a_header_and_quoted_cells() {
        CliRun run = CliRun.of("export", "--format", "csv", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.out().split("\r\n");
        assertTrue(lines[0].startsWith("id,lang,published,source,url,title"), lines[0]);
        assertEquals(8, lines.length);
        assertTrue(run.out().contains("\"Hackers deface ministry site with <script>alert('pwned')</script>\"") || run.out().contains("Hackers deface"), run.out());
    }

    @Test
    void export_writes_stored_events_as_gdelt_event_rows_and_gkg_rows() {
        CliRun events = CliRun.of("export", "--format", "gdelt-events", "--data", data.toString());
        assertEquals(0, events.exitCode(), events.err());
        assertTrue(events.outLines().length >= 1, "the fixture's meeting in Brussels is an event: " + events.out());
        for (String row : events.out().split("\n")) assertEquals(61, row.split("\t", -1).length, row);

        CliRun gkg = CliRun.of("export", "--format", "gkg", "--data", data.toString());
        assertEquals(0, gkg.exitCode(), gkg.err());
        assertEquals(7, gkg.out().split("\n").length, "a GKG row per stored article");
        for (String row : gkg.out().split("\n")) assertEquals(27, row.split("\t", -1).length, row);
    }

    @Test
    void an_unknown_export_format_is_refused_with_the_known_ones() {
        CliRun run = CliRun.of("export", "--format", "xml", "--data", data.toString());
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("jsonl, csv"), run.err());
    }
}
