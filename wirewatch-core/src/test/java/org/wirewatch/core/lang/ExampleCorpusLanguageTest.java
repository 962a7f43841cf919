package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Paragraph;

/** The project's own example corpus (examples/corpus, beside this module) is in the languages its README says. */
class ExampleCorpusLanguageTest {
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();
    static final Path CORPUS = Path.of("..", "examples", "corpus");

    static String read(String name) throws IOException {
        return Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void every_text_file_is_in_its_stated_language() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String name = p.getFileName().toString();
                actual.put(name, LanguageIdentifierTest.lang(LANGUAGES.identify(read(name))));
            }
        }
        assertEquals(Map.of(
                "01-vienna-talks-en.txt", "en", "02-vienna-talks-ru.txt", "ru", "03-vienna-talks-uk.txt", "uk",
                "04-odesa-drones-uk.txt", "uk", "05-odesa-drones-ru.txt", "ru", "06-odesa-drones-en.txt", "en",
                "07-live-blog-en.txt", "en"), actual);
    }

    @Test
    void the_foreign_lines_are_found() throws IOException {
        String en = read("01-vienna-talks-en.txt");
        assertEquals(List.of("az"), foreignLangs(en, "en"));
        String ru = read("05-odesa-drones-ru.txt");
        List<Paragraph> ruParagraphs = LANGUAGES.paragraphs(ru, "ru");
        assertEquals(List.of("uk"), foreignLangs(ru, "ru"));
        assertTrue(ruParagraphs.stream().anyMatch(p -> "uk".equals(p.lang()) && ru.startsWith("Ранее мы писали", p.start())));
    }

    /** Languages of the paragraphs that are neither the document's language nor unknown. */
    private static List<String> foreignLangs(String text, String documentLang) {
        return LANGUAGES.paragraphs(text, documentLang).stream()
                .map(Paragraph::lang)
                .filter(l -> l != null && !l.equals(documentLang))
                .toList();
    }
}
