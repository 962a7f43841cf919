package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `search NAME` on the real seeds: the English Reuters report, the Blinken interview and the
 * Russian translation meet whichever script the name is typed in (read from ../shared).
 */
class CrossScriptSearchSeedsTest {
    private static final String REUTERS_RU = "004_79bbd20387ac76b2";
    private static final String REUTERS_EN = "002_13705c45efd28435";

    @Test
    void blinken_in_latin_or_cyrillic_or_inflected_finds_the_same_seeds(@TempDir Path data) throws IOException {
        Path seeds = SharedData.require("corpus", "seeds");
        CliRun ingested = CliRun.of("ingest", seeds.toString(), "--data", data.toString());
        assertEquals(0, ingested.exitCode(), ingested.err());
        Set<String> latin = found(data, "Blinken");
        assertTrue(latin.contains(REUTERS_EN) && latin.contains(REUTERS_RU), latin.toString());
        for (String q : new String[] {"Блинкен", "Блінкен", "Блинкена"}) assertEquals(latin, found(data, q), q);
        Set<String> words = found(data, "Blinken", "--no-expand");
        assertTrue(!words.contains(REUTERS_RU) && words.contains(REUTERS_EN), words.toString());
        assertEquals(Set.of(REUTERS_RU), found(data, "Блинкена", "--no-expand"));
    }

    private static Set<String> found(Path data, String query, String... more) throws IOException {
        String[] args = {"search", query, "--json", "--limit", "50", "--data", data.toString()};
        if (more.length > 0) args = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        Set<String> ids = new TreeSet<>();
        for (JsonNode hit : new ObjectMapper().readTree(run.out()).get("items")) ids.add(hit.get("article").get("id").asText());
        return ids;
    }
}
