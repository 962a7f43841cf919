package org.wirewatch.core.extract.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;

/**
 * Entity recognition per second with and without the name-type model, on the plain-text articles
 * of {@code examples/corpus} (en, ru, uk), one thread. The two are measured in alternating rounds
 * so that load from other processes hits both alike; medians are printed. Not a unit test (its
 * name keeps it out of the default run); run it alone:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=NameModelBenchmark}
 */
class NameModelBenchmark {
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final int ROUNDS = 7;

    private record Doc(String text, String lang) {}

    @Test
    void throughput() throws IOException {
        List<Doc> docs = corpus();
        EntityRecognizer rules = recognizer(WordTypeGuesser.NONE);
        EntityRecognizer learned = recognizer(WordTypeGuesser.bundled());
        measure(docs, rules, WARM_UP_NANOS);
        measure(docs, learned, WARM_UP_NANOS);
        double[] without = new double[ROUNDS];
        double[] with = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            without[r] = measure(docs, rules, ROUND_NANOS);
            with[r] = measure(docs, learned, ROUND_NANOS);
        }
        System.out.printf(Locale.ROOT, "entities, %d articles, one thread, median of %d alternating rounds:%n"
                + "  rules only          %8.1f articles/s%n  rules + name model  %8.1f articles/s  (%+.1f %%)%n"
                + "  the model was asked about %.1f words per article%n",
                docs.size(), ROUNDS, median(without), median(with), 100 * (median(with) / median(without) - 1), questionsPerArticle(docs));
    }

    private static double questionsPerArticle(List<Doc> docs) {
        AtomicInteger asked = new AtomicInteger();
        WordTypeGuesser model = WordTypeGuesser.bundled();
        EntityRecognizer counting = recognizer(word -> {
            asked.incrementAndGet();
            return model.guess(word);
        });
        for (Doc d : docs) counting.recognize(d.text(), d.lang(), "2026-11-20");
        return (double) asked.get() / docs.size();
    }

    private static EntityRecognizer recognizer(WordTypeGuesser guesser) {
        return new EntityRecognizer(KnowledgeBases.builtIn(), LanguagePacks.discover(), NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(),
                new TextSplitter(), guesser);
    }

    private static List<Doc> corpus() throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (var files = Files.list(Path.of("..", "examples", "corpus"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".txt")) continue;
                String lang = name.substring(name.length() - 6, name.length() - 4);
                docs.add(new Doc(Files.readString(p), lang));
            }
        }
        return docs;
    }

    private static double measure(List<Doc> docs, EntityRecognizer recognizer, long nanos) {
        long start = System.nanoTime();
        long done = 0;
        int sink = 0;
        while (System.nanoTime() - start < nanos) {
            for (Doc d : docs) sink += recognizer.recognize(d.text(), d.lang(), "2026-11-20").mentions().size();
            done += docs.size();
        }
        if (sink == 42) System.out.print("");   // keeps the work from being optimised away
        return done / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
