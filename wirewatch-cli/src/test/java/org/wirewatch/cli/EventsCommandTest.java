package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void articles() throws IOException {
        Files.writeString(dir.resolve("news.jsonl"),
                "{\"id\": \"en-1\", \"lang\": \"en\", \"published\": \"2024-03-01\", "
                        + "\"text\": \"Strike on Odesa\\n\\nRussia launched a missile strike on Odesa, firing 12 missiles.\"}\n"
                        + "{\"id\": \"uk-1\", \"lang\": \"uk\", \"published\": \"2024-05-02\", "
                        + "\"text\": \"Зустріч у Брюсселі\\n\\nБлінкен зустрівся з Рютте у Брюсселі.\"}\n");
    }

    private CliRun events(String... filter) {
        String[] args = new String[filter.length + 4];
        args[0] = "events";
        System.arraycopy(filter, 0, args, 1, filter.length);
        args[filter.length + 1] = dir.toString();
        args[filter.length + 2] = "--data";
        args[filter.length + 3] = dir.resolve("no-data").toString();
        return CliRun.of(args);
    }

    @Test
    void listsEventsWithTheirEvidenceSentences() {
        CliRun run = events();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ATTACK") && run.out().contains("actor=iso:RU") && run.out().contains("target=ww:odesa"), run.out());
        assertTrue(run.out().contains("Russia launched a missile strike on Odesa, firing 12 missiles."), run.out());
        assertTrue(run.out().contains("MEET") && run.out().contains("target=ww:rutte"), run.out());
    }

    @Test
    void filtersByTypeEntityInAnyLanguageAndDays() {
        CliRun byEntity = events("--entity", "Blinken");
        assertTrue(byEntity.out().contains("MEET"), byEntity.out());
        assertFalse(byEntity.out().contains("ATTACK"), byEntity.out());
        CliRun byType = events("--type", "attack");
        assertTrue(byType.out().contains("ATTACK") && !byType.out().contains("MEET"), byType.out());
        CliRun byDays = events("--from", "2024-04-01", "--to", "2024-12-31");
        assertTrue(byDays.out().contains("MEET") && !byDays.out().contains("ATTACK"), byDays.out());
    }

    @Test
    void anUnknownTypeIsAUsageError() {
        CliRun run = events("--type", "PARADE");
        assertEquals(64, run.exitCode());
        assertTrue(run.err().contains("unknown event type: PARADE"), run.err());
    }
}
