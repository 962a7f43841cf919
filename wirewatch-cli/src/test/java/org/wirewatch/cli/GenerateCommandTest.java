package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void writesTheSameCorpusForTheSameSeed(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.jsonl.gz");
        Path second = dir.resolve("b.jsonl.gz");
        assertEquals(0, CliRun.of("generate", "--articles", "30", "--stories", "5", "--seed", "3", "-o", first.toString()).exitCode());
        assertEquals(0, CliRun.of("generate", "--articles", "30", "--stories", "5", "--seed", "3", "-o", second.toString()).exitCode());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void linesAreAnalyzeInputWithGoldStories() throws Exception {
        CliRun run = CliRun.of("generate", "--articles", "20", "--stories", "4");
        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertEquals(20, lines.length);
        Set<String> stories = new HashSet<>();
        for (String line : lines) {
            JsonNode article = new ObjectMapper().readTree(line);
            for (String field : new String[] {"id", "title", "lang", "published", "source", "text", "story", "role"}) {
                assertTrue(article.hasNonNull(field), field + " in " + line);
            }
            stories.add(article.get("story").asText());
        }
        assertEquals(4, stories.size());
    }

    @Test
    void moreStoriesThanHalfTheArticlesIsAUsageError() {
        CliRun run = CliRun.of("generate", "--articles", "10", "--stories", "6");
        assertEquals(Main.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().contains("stories"), run.err());
    }
}
