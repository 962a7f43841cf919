package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void nerReportIsHonestAboutMissingPredictions() throws IOException {
        Path gold = dir.resolve("ner.jsonl");
        Files.writeString(gold, "{\"id\": \"d1\", \"lang\": \"en\", \"text\": \"Ann Lee visited Kyiv.\","
                + " \"entities\": [{\"start\": 0, \"end\": 7, \"type\": \"PER\"}, {\"start\": 16, \"end\": 20, \"type\": \"LOC\"}]}\n");

        CliRun run = CliRun.of("eval", "ner", "--gold", gold.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.at("/micro/gold").asInt(), run.out());
    }

    @Test
    void aMissingGoldFileIsAUsageError() {
        CliRun run = CliRun.of("eval", "dates", "--gold", dir.resolve("nope.jsonl").toString());
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("nope.jsonl"), run.err());
    }

    @Test
    void storiesReadADocsFileBesideTheGoldFileAndReportPairwiseScores() throws IOException {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, "{\"id\": \"a1\", \"lang\": \"en\", \"published\": \"2026-03-02\", \"text\": \"A bridge over the Dnipro reopened in Kyiv on Monday.\"}\n"
                + "{\"id\": \"a2\", \"lang\": \"en\", \"published\": \"2026-05-20\", \"text\": \"Heavy snow closed the airport in Oslo.\"}\n");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a1\", \"story\": \"S1\"}\n{\"id\": \"a2\", \"story\": \"S2\"}\n");

        CliRun run = CliRun.of("eval", "stories", "--gold", gold.toString(), "--docs", docs.toString(), "--json");

        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(2, report.get("articles").asInt(), run.out());
        assertEquals(0, report.get("gold_pairs").asInt(), run.out());
        assertEquals(1.0, report.get("precision").asDouble(), 1e-9, run.out());
    }

    @Test
    void docsAreOnlyForStories() throws IOException {
        Files.writeString(dir.resolve("x.jsonl"), "");
        CliRun run = CliRun.of("eval", "ner", "--gold", dir.resolve("x.jsonl").toString(), "--docs", dir.resolve("y.jsonl").toString());
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("--docs"), run.err());
    }
}
