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

class EntityCommandTest {
    @TempDir
    Path dir;

    @Test
    void oneEntityAcrossScriptsWithItsNamesOfficesAndMentionCount() throws IOException {
        Files.writeString(dir.resolve("en.txt"), "Blinken in Vienna\n\nUS Secretary of State Antony Blinken arrived in Vienna on Monday. Blinken met the mayor.");
        Files.writeString(dir.resolve("ru.txt"), "Блинкен в Вене\n\nГосударственный секретарь США Энтони Блинкен прибыл в Вену в понедельник.");
        Files.writeString(dir.resolve("uk.txt"), "Блінкен у Відні\n\nДержсекретар США Ентоні Блінкен прибув до Відня в понеділок.");

        CliRun run = CliRun.of("entity", "Блинкен", dir.toString(), "--json", "--data", dir.resolve("no-data").toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode profile = new ObjectMapper().readTree(run.out());
        assertEquals("PER", profile.get("type").asText());
        assertEquals("Antony Blinken", profile.get("name").asText());
        assertEquals(3, profile.get("articles").asInt(), run.out());
        assertTrue(profile.get("mentions").asInt() >= 5, run.out());
        assertTrue(profile.at("/names_by_language/uk").toString().contains("Блінкен"), run.out());
        assertTrue(profile.at("/names_by_language/ru").toString().contains("Энтони Блинкен"), run.out());
        assertTrue(profile.get("offices").toString().contains("secretary_of_state"), "office read from the text: " + run.out());
    }

    @Test
    void anOrganisationListsWhoHeldItsOfficesWhen() {
        CliRun run = CliRun.of("entity", "НАТО", "--data", dir.resolve("no-data").toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Jens Stoltenberg") && run.out().contains("Mark Rutte"), run.out());
        assertTrue(run.out().indexOf("Jens Stoltenberg") < run.out().indexOf("Mark Rutte"), "by date: " + run.out());
    }

    @Test
    void anUnknownNameSaysSo() {
        CliRun run = CliRun.of("entity", "Qwxyzzy", "--data", dir.resolve("no-data").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Qwxyzzy"), run.err());
    }
}
