package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A language pack that exists only on the test class path ({@code org.wirewatch.lang.eo}) is picked
 * up by the pipeline and by {@code wirewatch languages}, and stages it lacks say so.
 */
class LanguagePackTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_languages_verb_lists_a_pack_found_on_the_class_path() {
        CliRun run = CliRun.of("languages");
        assertEquals(0, run.exitCode(), run.err());
        String eo = row(run, "eo");
        assertTrue(eo.contains("Esperanto"), eo);
        assertEquals(List.of("generic", "generic", "yes", "yes", "yes", "-", "-", "-", "generic"), cells(eo).subList(2, 11), eo);
        assertEquals(List.of("yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes", "yes"), cells(row(run, "uk")).subList(2, 11));
    }

    @Test
    void the_json_table_names_each_stage() throws IOException {
        CliRun run = CliRun.of("languages", "--json");
        JsonNode eo = null;
        for (JsonNode row : JSON.readTree(run.out())) if (row.get("code").asText().equals("eo")) eo = row;
        assertEquals("full", eo.get("stages").get("quotes").asText(), run.out());
        assertEquals("none", eo.get("stages").get("events").asText());
    }

    @Test
    void the_pipeline_reads_text_in_the_toy_language(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("eo.jsonl");
        String text = "La prezidanto Ludoviko Zamenhof parolis en Varsovio la 8-an de julio 2024.\n\n"
                + "\"Ni komencos la laboron morgaŭ,\" diris Zamenhof.";
        Files.writeString(input, JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "eo-1").put("lang", "eo").put("published", "2024-07-08").put("text", text)) + "\n");
        CliRun run = CliRun.of("analyze", "--raw", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = JSON.readTree(run.outLines()[0]);
        assertEquals("eo", article.get("lang").asText());
        assertTrue(texts(article.get("entities"), "text").contains("Ludoviko Zamenhof"), article.get("entities").toString());
        assertEquals("Ni komencos la laboron morgaŭ,", article.get("quotes").get(0).get("text").asText());
        assertTrue(texts(article.get("dates"), "value").contains("2024-07"), article.get("dates").toString());
        List<String> unsupported = new ArrayList<>();
        for (JsonNode issue : article.get("issues")) {
            if (issue.get("code").asText().equals("unsupported_language")) unsupported.add(issue.get("message").asText());
        }
        assertEquals(List.of("amounts", "events", "tone"), unsupported);
    }

    private static String row(CliRun run, String code) {
        for (String line : run.outLines()) if (line.startsWith(code + " ")) return line;
        throw new AssertionError("no row for " + code + " in\n" + run.out());
    }

    private static List<String> cells(String row) {
        return List.of(row.strip().split("\\s+"));
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.get(field).asText());
        return out;
    }
}
