package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldLinesTest {
    @TempDir
    Path dir;

    @Test
    void every_bad_line_is_named_and_the_good_ones_kept() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("\uFEFF{\"id\":\"1\"}\n".getBytes(StandardCharsets.UTF_8));   // BOM before the first line
        bytes.write("\n   \n".getBytes(StandardCharsets.UTF_8));                   // blank lines: not errors
        bytes.write("[1,2]\n".getBytes(StandardCharsets.UTF_8));                   // line 4: not an object
        bytes.write("{\"id\":\"5\"} trailing\n".getBytes(StandardCharsets.UTF_8)); // line 5: garbage after the object
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'}); // line 6: broken UTF-8, still JSON
        bytes.write("{\"id\":\"7\"}".getBytes(StandardCharsets.UTF_8));            // no final newline
        Path file = dir.resolve("g.jsonl");
        Files.write(file, bytes.toByteArray());

        GoldFile<String> read = GoldLines.read(file, (node, where) -> where.position() + "=" + node.get("id").asText());

        assertEquals(List.of("line 1=1", "line 6=\uFFFD", "line 7=7"), read.items());
        assertEquals(2, read.skippedLines());
        assertEquals(file + ": line 4: expected a JSON object", read.errors().get(0));
        assertTrue(read.errors().get(1).startsWith(file + ": line 5: malformed JSON"), read.errors().get(1));
    }

    @Test
    void a_parser_rejection_is_a_line_error() throws Exception {
        Path file = Fixtures.write(dir, "g.jsonl", "{\"a\":1}", "{\"b\":2}");
        GoldFile<Integer> read = GoldLines.read(file, (node, where) -> JsonFields.requiredInt(node, "a"));
        assertEquals(List.of(1), read.items());
        assertEquals(List.of(file + ": line 2: missing \"a\""), read.errors());
    }

    @Test
    void a_missing_file_fails_the_run() {
        assertThrows(IOException.class, () -> GoldLines.read(dir.resolve("absent.jsonl"), (n, w) -> n));
    }
}
