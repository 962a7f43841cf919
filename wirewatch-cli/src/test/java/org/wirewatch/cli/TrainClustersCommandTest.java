package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainClustersCommandTest {

    /** Written for this test: two kinds of words in repeated frames. */
    private static Path corpus(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        String[] towns = {"Lviv", "Odesa", "Kharkiv", "Poltava"};
        String[] fruit = {"apples", "pears", "plums", "grapes"};
        for (int i = 0; i < 12; i++) {
            String text = "The bus from " + towns[i % 4] + " to " + towns[(i + 1) % 4] + " was late. "
                    + "We ate " + fruit[i % 4] + " and " + fruit[(i + 2) % 4] + " for lunch.";
            lines.add("{\"id\":\"d" + i + "\",\"lang\":\"en\",\"text\":\"" + text + "\"}");
        }
        Path file = dir.resolve("texts.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSameTextsGiveTheSameClustersFile(@TempDir Path dir) throws Exception {
        Path texts = corpus(dir);
        byte[][] files = new byte[2][];
        for (int run = 0; run < 2; run++) {
            Path out = dir.resolve("c" + run + ".clusters");
            CliRun r = CliRun.of("train", "clusters", "--lang", "en", "--train", texts.toString(), "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.err().contains("clusters:"), "progress on stderr: " + r.err());
            files[run] = Files.readAllBytes(out);
        }
        assertArrayEquals(files[0], files[1]);
        assertTrue(new String(files[0], StandardCharsets.UTF_8).contains("\nlviv\t"));
    }

    @Test
    void aMissingFileIsAUsageErrorNamingIt(@TempDir Path dir) {
        CliRun r = CliRun.of("train", "clusters", "--lang", "en", "--train", dir.resolve("none.jsonl").toString(),
                "--out", dir.resolve("c").toString());
        assertEquals(Main.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("none.jsonl"), r.err());
    }
}
