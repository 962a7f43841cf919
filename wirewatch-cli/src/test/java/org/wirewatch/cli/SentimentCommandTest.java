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

class SentimentCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyOccurrenceOfAPhraseGetsTheVerdictOfItsOwnSentence() throws IOException {
        Path in = article();
        CliRun run = CliRun.of("sentiment", "--span", "the minister", "--raw", in.toString(), "--data", dir.resolve("no-data").toString());

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertEquals(2, lines.length, run.out());
        JsonNode praised = JSON.readTree(lines[0]), condemned = JSON.readTree(lines[1]);
        assertEquals("m-1", praised.get("id").asText());
        assertEquals("The minister", praised.get("text").asText());
        assertEquals("positive", praised.get("sentiment").asText(), run.out());
        assertEquals("negative", condemned.get("sentiment").asText(), run.out());
    }

    @Test
    void aSpanByItsCharactersAndBadOffsetsAreToldApart() throws IOException {
        Path in = article();
        CliRun run = CliRun.of("sentiment", "--at", "0:12", "--at", "5:9999", "--raw", in.toString(), "--data", dir.resolve("no-data").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.outLines().length, run.out());
        assertEquals("The minister", JSON.readTree(run.outLines()[0]).get("text").asText());
        assertTrue(run.err().contains("m-1") && run.err().contains("past the end"), run.err());

        assertEquals(Main.EXIT_USAGE, CliRun.of("sentiment", in.toString()).exitCode());
        assertEquals(Main.EXIT_USAGE, CliRun.of("sentiment", "--at", "9:3", in.toString()).exitCode());
    }

    private Path article() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"m-1\", \"lang\": \"en\", \"text\": \"The minister was praised for a brave and generous decision. "
                + "Critics condemned the minister for a disastrous failure.\"}\n");
        return in;
    }
}
