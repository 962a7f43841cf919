package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles ingested on a later day join the stories stored earlier, across languages. */
class IngestStoriesTest {
    private static final Path CORPUS = Path.of(System.getProperty("wirewatch.root", "."), "examples", "corpus");

    @Test
    void a_translation_ingested_later_joins_the_stored_story(@TempDir Path data) throws IOException {
        CliRun first = CliRun.of("ingest", CORPUS.resolve("01-vienna-talks-en.txt").toString(), CORPUS.resolve("04-odesa-drones-uk.txt").toString(),
                "--data", data.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(Files.exists(data.resolve("stories.json")), "the story state is kept beside the index");

        CliRun later = CliRun.of("ingest", CORPUS.resolve("02-vienna-talks-ru.txt").toString(), "--data", data.toString());
        assertEquals(0, later.exitCode(), later.err());

        Map<String, JsonNode> stored = exported(data);
        String vienna = stored.get("01-vienna-talks-en").get("story").asText(null);
        assertNotNull(vienna);
        assertEquals(vienna, stored.get("02-vienna-talks-ru").get("story").asText(null), "the Russian report joins the English one's story");
        assertNotEquals(vienna, stored.get("04-odesa-drones-uk").get("story").asText(null));

        CliRun listed = CliRun.of("stories", "--data", data.toString());
        assertEquals(0, listed.exitCode(), listed.err());
        String viennaLine = java.util.Arrays.stream(listed.outLines()).filter(l -> l.startsWith(vienna + "\t")).findFirst().orElseThrow();
        assertTrue(viennaLine.contains("en,ru") && viennaLine.contains("\t2\t"), viennaLine);
        CliRun shown = CliRun.of("story", vienna, "--data", data.toString());
        assertEquals(0, shown.exitCode(), shown.err());
        assertTrue(shown.out().contains("02-vienna-talks-ru") && shown.out().contains("01-vienna-talks-en"), shown.out());
    }

    @Test
    void stories_without_inputs_or_stored_stories_say_how_to_get_them(@TempDir Path empty) {
        CliRun run = CliRun.of("stories", "--data", empty.toString());
        assertEquals(StoreFailure.EXIT_IO, run.exitCode());
        assertTrue(run.err().contains("wirewatch ingest"), run.err());
    }

    @Test
    void re_ingesting_stored_articles_leaves_their_stories_alone(@TempDir Path data) throws IOException {
        String input = CORPUS.resolve("01-vienna-talks-en.txt").toString();
        assertEquals(0, CliRun.of("ingest", input, "--data", data.toString()).exitCode());
        String before = Files.readString(data.resolve("stories.json"));
        CliRun again = CliRun.of("ingest", input, "--data", data.toString());
        assertTrue(again.err().contains("unchanged 1"), again.err());
        Map<String, JsonNode> stored = exported(data);
        assertEquals(1, stored.size());
        assertEquals(before.length(), Files.readString(data.resolve("stories.json")).length(), "no second copy placed in a story");
    }

    @Test
    void the_seeds_get_the_same_stories_through_ingest_as_through_analyze(@TempDir Path data) throws IOException {
        Path seeds = SharedData.require("corpus", "seeds");
        CliRun ingested = CliRun.of("ingest", seeds.toString(), "--data", data.toString());
        assertEquals(0, ingested.exitCode(), ingested.err());
        Map<String, JsonNode> stored = exported(data);
        CliRun analysed = CliRun.of("analyze", seeds.toString());
        assertEquals(0, analysed.exitCode(), analysed.err());
        Map<String, JsonNode> batch = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : analysed.outLines()) {
            JsonNode a = json.readTree(line);
            batch.put(a.get("id").asText(), a);
        }
        assertEquals(batch.keySet(), stored.keySet());
        // story ids are numbered differently; what must agree is which articles share a story
        for (String a : batch.keySet()) {
            for (String b : batch.keySet()) {
                boolean together = batch.get(a).get("story").asText().equals(batch.get(b).get("story").asText());
                assertEquals(together, stored.get(a).get("story").asText().equals(stored.get(b).get("story").asText()), a + " and " + b);
            }
        }
        String reuters = "002_13705c45efd28435";
        JsonNode russian = stored.get("004_79bbd20387ac76b2");
        assertEquals(stored.get(reuters).get("story").asText(), russian.get("story").asText());
        assertEquals(reuters, russian.get("translation_of").asText(null));
        // Reuters' story carries no date; it takes its Russian version's day, and its year-less dates resolve against it
        for (JsonNode undated : List.of(stored.get(reuters), batch.get(reuters))) {
            assertEquals(russian.get("published").asText().substring(0, 10), undated.get("published").asText(null), undated.toString());
            assertTrue(undated.get("published_inferred").asBoolean(), "an inherited date is marked inferred");
            assertTrue(undated.get("dates").findValuesAsText("value").contains("2025-01-20"), undated.get("dates").toString());
        }
    }

    private static Map<String, JsonNode> exported(Path data) throws IOException {
        CliRun export = CliRun.of("export", "--format", "jsonl", "--data", data.toString());
        assertEquals(0, export.exitCode(), export.err());
        Map<String, JsonNode> byId = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : export.outLines()) {
            JsonNode a = json.readTree(line);
            byId.put(a.get("id").asText(), a);
        }
        return byId;
    }
}
