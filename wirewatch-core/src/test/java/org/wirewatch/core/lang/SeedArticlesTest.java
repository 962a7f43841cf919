package org.wirewatch.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.wirewatch.core.SharedData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.model.Paragraph;

/** The five scraped seed articles beside the checkout (../shared), read in place and never copied. */
class SeedArticlesTest {
    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    static List<Path> seeds() throws IOException {
        Path dir = SharedData.require("corpus", "seeds");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void whole_raw_seeds_are_four_english_and_one_russian() throws IOException {
        List<String> langs = seeds().stream().map(p -> {
            try {
                return LanguageIdentifierTest.lang(LANGUAGES.identify(read(p)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertEquals(List.of("en", "en", "en", "en", "ru"), langs);
    }

    @Test
    void azerbaijani_captions_of_seed_001_are_azerbaijani() throws IOException {
        String text = read(seeds().get(1));
        List<Paragraph> paragraphs = LANGUAGES.paragraphs(text, "en");
        List<Paragraph> captions = paragraphs.stream().filter(p -> text.startsWith("Açiq", p.start())).toList();
        assertEquals(2, captions.size());
        captions.forEach(p -> assertEquals("az", p.lang()));
        assertEquals(List.of(), paragraphs.stream()
                .filter(p -> !"en".equals(p.lang()) && !captions.contains(p)).toList(),
                "every other paragraph of seed 001 is English");
    }

    @Test
    void ukrainian_promo_of_russian_seed_004_is_ukrainian() throws IOException {
        String text = read(seeds().get(4));
        List<Paragraph> uk = LANGUAGES.paragraphs(text, "ru").stream().filter(p -> "uk".equals(p.lang())).toList();
        assertEquals(1, uk.size(), "one Ukrainian paragraph: " + uk);
        assertEquals(true, text.substring(uk.get(0).start(), uk.get(0).end()).contains("Навіщо"));
    }

    @Test
    void english_seeds_have_no_cyrillic_or_azerbaijani_paragraphs() throws IOException {
        for (int i : new int[] {0, 2, 3}) {
            String text = read(seeds().get(i));
            for (Paragraph p : LANGUAGES.paragraphs(text, "en")) {
                String lang = p.lang();
                assertEquals(true, lang == null || lang.equals("en"),
                        () -> "seed " + i + ": " + lang + " for '" + text.substring(p.start(), p.end()) + "'");
            }
        }
    }
}
