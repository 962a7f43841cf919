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
}
