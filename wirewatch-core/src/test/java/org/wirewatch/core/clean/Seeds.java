package org.wirewatch.core.clean;

import org.wirewatch.core.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five real scraped articles in ../shared/corpus/seeds, read at test time (their text is never
 * copied into the project). Lines are referred to by their 1-based number in the seed file.
 */
final class Seeds {
    private Seeds() {}

    static Path dir() {
        return SharedData.require("corpus", "seeds");
    }

    /** The seed whose file name starts with the given number, e.g. "004". */
    static String read(String number) {
        try (Stream<Path> files = Files.list(dir())) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(number + "_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + number));
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line {@code n} (1-based) of the text, trimmed, with runs of whitespace collapsed as the cleaner does. */
    static String line(String text, int n) {
        return collapse(text.split("\r\n|\r|\n", -1)[n - 1]);
    }

    static String collapse(String s) {
        return s.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Numbers of the non-blank lines. */
    static List<Integer> nonBlankLines(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (!lines[i].isBlank()) numbers.add(i + 1);
        return numbers;
    }

    /** The paragraphs of a cleaned text. */
    static List<String> paragraphs(String cleaned) {
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split("\n\n"));
    }
}
