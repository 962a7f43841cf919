package org.wirewatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids from non-ASCII file names under a locale whose charset is ASCII ({@code LANG=C}). */
class LocaleFileNamesTest {
    @TempDir
    Path dir;

    @Test
    void idsFromNonAsciiFileNamesAreTheNamesUnderTheCLocale() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("äpfel-grün.txt"), "Die Ernte der Äpfel fiel in diesem Jahr gut aus.\n",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("новини.html"), "<html><body><article><p>Міська рада відкрила новий "
                + "міст через річку у вівторок після трьох років будівництва.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the directory goes on the command line as ASCII: the JVM decodes arguments with the locale too
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "analyze", "corpus", "--no-progress", "-o", out.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "analyze finished");
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("log.txt")));

        ObjectMapper json = new ObjectMapper();
        List<String> ids = Files.readAllLines(out, StandardCharsets.UTF_8).stream()
                .map(line -> readId(json, line)).sorted().toList();
        assertEquals(List.of("äpfel-grün", "новини"), ids);
    }

    private static String readId(ObjectMapper json, String line) {
        try {
            JsonNode node = json.readTree(line);
            return node.get("id").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
