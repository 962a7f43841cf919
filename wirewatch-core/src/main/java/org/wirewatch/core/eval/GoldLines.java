package org.wirewatch.core.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wirewatch.core.model.SourceRef;

/**
 * Reads a JSONL gold file one line at a time, tolerantly: blank lines are ignored, a line that
 * is not a JSON object or that its parser rejects is skipped with a message naming the file
 * and line, and every other line is still read. Only a file that cannot be opened fails the run.
 */
final class GoldLines {
    // Configured once here and never changed afterwards, so sharing it is safe.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private GoldLines() {}

    /** Turns one JSON object into a gold item, or throws {@link GoldFormatException}. */
    @FunctionalInterface
    interface LineParser<T> {
        T parse(JsonNode line, SourceRef where);
    }

    static <T> GoldFile<T> read(Path file, LineParser<T> parser) throws IOException {
        List<T> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String name = file.toString();
        // InputStreamReader replaces invalid UTF-8 instead of throwing, so one bad byte costs one line at most.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                SourceRef where = new SourceRef(name, "line " + number);
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node == null || !node.isObject()) throw new GoldFormatException("expected a JSON object");
                    items.add(parser.parse(node, where));
                } catch (JacksonException e) {
                    errors.add(where + ": malformed JSON: " + e.getOriginalMessage());
                } catch (GoldFormatException | IllegalArgumentException e) {
                    // IllegalArgumentException comes from the model records' own checks (Check.*).
                    errors.add(where + ": " + e.getMessage());
                }
            }
        }
        return new GoldFile<>(items, errors.size(), errors);
    }
}
