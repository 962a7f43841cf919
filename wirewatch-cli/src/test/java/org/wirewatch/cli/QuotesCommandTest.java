package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPersonsQuotesInEveryLanguageNewestFirst() throws IOException {
        Files.writeString(dir.resolve("older.jsonl"), "{\"id\": \"en-1\", \"lang\": \"en\", \"published\": \"2024-03-01\", "
                + "\"text\": \"Talks in Vienna\\n\\n\\\"We will keep the grain moving,\\\" Antony Blinken said on Friday.\"}\n");
        Files.writeString(dir.resolve("newer.jsonl"), "{\"id\": \"ru-1\", \"lang\": \"ru\", \"published\": \"2024-05-02\", "
                + "\"text\": \"Переговоры в Вене\\n\\n«Мы не оставим Одессу без защиты», — заявил Блинкен журналистам.\"}\n");

        CliRun run = CliRun.of("quotes", "--by", "Блінкен", dir.toString(), "--data", dir.resolve("no-data").toString());

        assertEquals(0, run.exitCode(), run.err());
        String[] lines = run.outLines();
        assertEquals(2, lines.length, run.out());
        assertTrue(lines[0].contains("ru-1") && lines[0].contains("Мы не оставим Одессу без защиты"), run.out());
        assertTrue(lines[1].contains("en-1") && lines[1].contains("We will keep the grain moving"), run.out());
    }
}
