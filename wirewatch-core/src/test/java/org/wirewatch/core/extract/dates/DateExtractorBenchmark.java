package org.wirewatch.core.extract.dates;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.SharedData;

/**
 * Throughput of {@link DateExtractor#extract} on the seed articles (one thread). Prints
 * articles/s and fails only far below the 1,000 articles/s per core the project needs, so a
 * busy shared machine does not break the build.
 */
class DateExtractorBenchmark {
    @Test
    void extractsWellOverAThousandArticlesPerSecond() throws Exception {
        List<String> texts;
        try (var files = Files.list(SharedData.require("corpus", "seeds"))) {
            texts = files.sorted().map(DateExtractorBenchmark::read).toList();
        }
        String[] langs = {"en", "en", "en", "en", "ru"};
        measure("word lists", new DateExtractor(), texts, langs);
        measure("with dictionaries", new DateExtractor(org.wirewatch.core.lang.LanguagePacks.discover()), texts, langs);
    }

    private static void measure(String label, DateExtractor extractor, List<String> texts, String[] langs) {
        long chars = texts.stream().mapToLong(String::length).sum();
        int sink = 0;
        for (int i = 0; i < 2_000; i++) sink += extractor.extract(texts.get(i % 5), langs[i % 5], "2024-11-13").size();
        int rounds = 4_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            for (int k = 0; k < texts.size(); k++) sink += extractor.extract(texts.get(k), langs[k], "2024-11-13").size();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double articles = rounds * texts.size() / seconds;
        double per4k = rounds * chars / 4096.0 / seconds;
        System.out.printf(Locale.ROOT, "DateExtractor.extract (%s): %.0f seed articles/s, %.0f 4-KB articles/s (%d)%n",
                label, articles, per4k, sink);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
