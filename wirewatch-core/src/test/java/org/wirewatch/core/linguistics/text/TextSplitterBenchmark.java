package org.wirewatch.core.linguistics.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;

/**
 * Throughput of tokenising and sentence splitting on the five seeds, one thread, after warm-up.
 * Not a unit test (its name keeps it out of the default run); run it alone:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=TextSplitterBenchmark}
 */
class TextSplitterBenchmark {
    private static final double WARM_UP_SECONDS = 3;
    private static final double MEASURE_SECONDS = 5;

    private record Doc(String text, String lang) {}

    @Test
    void throughput() throws Exception {
        List<Doc> docs = new ArrayList<>();
        for (Path p : SeedTextTest.seeds()) docs.add(new Doc(Files.readString(p), SeedTextTest.lang(p)));
        long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        print("%d seed docs, %d UTF-8 bytes, %d chars (%.1f KB per doc)", docs.size(), bytes, chars, bytes / 1024.0 / docs.size());

        TextSplitter splitter = new TextSplitter();
        Tokenizer tokenizer = new Tokenizer();
        NameCuesRegistry registry = NameCuesRegistry.standard();

        double baseline = rate(docs, d -> d.text().split("\\s+").length);
        double tokens = rate(docs, d -> tokenizer.tokens(d.text()).size());
        double sentences = rate(docs, d -> splitter.sentences(d.text(), d.lang()).size());
        double roles = rate(docs, d -> {
            NameCues cues = registry.forLanguage(d.lang());
            int n = 0;
            for (Sentence s : splitter.sentences(d.text(), d.lang())) n += cues.roles(s.tokens()).size();
            return n;
        });
        report("String.split(\\s+) baseline", baseline, bytes, chars, docs.size());
        report("Tokenizer.tokens()", tokens, bytes, chars, docs.size());
        report("TextSplitter.sentences()", sentences, bytes, chars, docs.size());
        report("sentences() + NameCues.roles() per sentence", roles, bytes, chars, docs.size());
        double mbPerSecond = sentences * bytes / docs.size() / 1e6;
        assertTrue(mbPerSecond > 10, "sentences() below 10 MB/s: " + mbPerSecond);
    }

    /** Documents per second over the seed set, one thread. */
    private static double rate(List<Doc> docs, ToIntFunction<Doc> work) {
        run(docs, work, WARM_UP_SECONDS);
        return run(docs, work, MEASURE_SECONDS);
    }

    private static double run(List<Doc> docs, ToIntFunction<Doc> work, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long n = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (Doc d : docs) sink += work.applyAsInt(d);
            n += docs.size();
        }
        if (sink == 42) print("");   // keeps the work observable to the JIT
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static void report(String what, double docsPerSecond, long bytes, long chars, int docs) {
        print("%-45s %7.1f MB/s UTF-8  %7.1f M chars/s  %8.0f docs/s", what,
                docsPerSecond * bytes / docs / 1e6, docsPerSecond * chars / docs / 1e6, docsPerSecond);
    }

    private static void print(String format, Object... args) {
        System.out.println("[text-bench] " + String.format(Locale.ROOT, format, args));
    }
}
