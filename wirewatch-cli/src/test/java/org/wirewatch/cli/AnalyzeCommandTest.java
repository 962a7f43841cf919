package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void analysesTheBundledExampleCorpusWithoutErrors() throws IOException {
        Path corpus = Path.of(System.getProperty("wirewatch.root"), "examples", "corpus");
        CliRun run = CliRun.of("analyze", corpus.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> records = records(run);
        assertTrue(records.size() >= 8, "one record per example article, got " + records.size());
        for (JsonNode record : records) {
            assertFalse(record.get("id").asText().isBlank());
            assertFalse(record.get("text").asText().isBlank(), record.get("id").asText());
            assertTrue(List.of("en", "ru", "uk").contains(record.get("lang").asText()), record.toString());
            assertFalse(record.get("segments").isEmpty());
        }
        assertTrue(run.err().contains("failed 0 "), run.err());
    }

    @Test
    void badInputsAreReportedByNameAndTheRestGoesOn() throws IOException {
        write("good.txt", "Ministers Meet In Vienna\n\nThe foreign ministers of five countries met in Vienna on Monday to discuss grain exports across the Black Sea.");
        write("empty.txt", "");
        Files.write(dir.resolve("blob.txt"), new byte[] {0, 1, 2, 3, 0, 0, 5, 6, 7, 0, 9, 0, 0, 0});
        write("lines.jsonl", "{\"id\": \"a1\", \"text\": \"A harbour crane collapsed in the port on Sunday.\"}\n"
                + "{this is not json\n"
                + "{\"id\": \"a3\", \"text\": \"The city council approved the new budget on Tuesday.\"}\n");

        CliRun run = CliRun.of("analyze", dir.toString());

        assertEquals(3, run.exitCode(), run.err());
        List<String> ids = records(run).stream().map(r -> r.get("id").asText()).toList();
        assertEquals(List.of("a1", "a3", "good"), ids.stream().sorted().toList());
        assertTrue(run.err().contains("empty.txt"), run.err());
        assertTrue(run.err().contains("blob.txt"), run.err());
        assertTrue(run.err().contains("lines.jsonl") && run.err().contains("line 2"), run.err());
    }

    @Test
    void rawKeepsTheTextExactlyAsGiven() throws IOException {
        String text = "ua en ru\n\nStorm Closes Ports\n\nShare this article\n\nHigh winds closed three ports on the coast on Friday, officials said.\n";
        write("storm.txt", text);

        JsonNode record = records(CliRun.of("analyze", "--raw", dir.resolve("storm.txt").toString())).get(0);

        assertEquals(text, record.get("text").asText());
    }

    @Test
    void jsonFormatWritesOneArrayToTheOutputFile() throws IOException {
        write("one.txt", "Bridge Reopens\n\nThe river bridge reopened to traffic on Wednesday after two months of repairs.");
        write("two.txt", "Library Expands\n\nThe city library opened a new reading hall for children on Thursday.");
        Path out = dir.resolve("out.json");

        CliRun run = CliRun.of("analyze", "--format", "json", "-o", out.toString(), dir.resolve("one.txt").toString(), dir.resolve("two.txt").toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode array = JSON.readTree(Files.readString(out));
        assertEquals(2, array.size());
        assertEquals("one", array.get(0).get("id").asText());
        assertEquals("Bridge Reopens", array.get(0).get("title").asText());
        assertFalse(Files.exists(dir.resolve("out.json.partial")));
    }

    @Test
    void seedsAreIdentifiedAsFourEnglishArticlesAndOneRussian() throws IOException {
        Path seeds = SharedData.require("corpus", "seeds");

        List<String> langs = records(CliRun.of("analyze", seeds.toString())).stream()
                .map(r -> r.get("lang").asText()).toList();

        assertEquals(List.of("en", "en", "en", "en", "ru"), langs);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> records(CliRun run) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : run.outLines()) records.add(JSON.readTree(line));
        return records;
    }

    @org.junit.jupiter.api.Test
    void limits_are_named_by_their_flag_never_by_internal_names(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path big = java.nio.file.Files.writeString(dir.resolve("big.txt"), "The harbour reopened after the storm. ".repeat(40_000));
        CliRun run = CliRun.of("analyze", big.toString(), "--max-mb", "1");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("--max-mb (1 MB)"), run.err());
        assertFalse(run.err().contains("maxDocumentBytes"), run.err());
        CliRun zero = CliRun.of("analyze", big.toString(), "--max-mb", "0");
        assertEquals(64, zero.exitCode());
        assertTrue(zero.err().contains("--max-mb must be 1..2047"), zero.err());
        assertFalse(zero.err().contains("maxDocumentBytes"), zero.err());
    }
}
