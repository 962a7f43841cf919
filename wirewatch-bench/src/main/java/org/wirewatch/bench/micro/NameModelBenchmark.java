package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.WordTypeGuesser;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;

/**
 * Entity recognition per second with and without the name-type model, on the plain-text articles
 * of {@code examples/corpus} (en, ru, uk), one thread. The two are measured in alternating rounds
 * so that load from other processes hits both alike; medians are printed.
 */
final class NameModelBenchmark implements Microbenchmark {
    private static final double ROUND_SECONDS = 2;
    private static final int ROUNDS = 7;

    private final MicroData data;
    private final Rates rates = new Rates(5, ROUND_SECONDS);

    private record Doc(String text, String lang) {}

    NameModelBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "name-model";
    }

    @Override
    public String about() {
        return "entity recognition with and without the name-type model on examples/corpus";
    }

    @Override
    public void run(PrintStream out) {
        List<Doc> docs = new ArrayList<>();
        for (Path p : data.exampleTexts()) docs.add(new Doc(MicroData.read(p), MicroData.exampleLang(p)));
        EntityRecognizer rules = recognizer(WordTypeGuesser.NONE);
        EntityRecognizer learned = recognizer(WordTypeGuesser.bundled());
        rates.perSecond(docs, d -> recognize(rules, d));     // warm-up of both before any round
        rates.perSecond(docs, d -> recognize(learned, d));
        double[] without = new double[ROUNDS];
        double[] with = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            without[r] = rates.round(docs, d -> recognize(rules, d), ROUND_SECONDS);
            with[r] = rates.round(docs, d -> recognize(learned, d), ROUND_SECONDS);
        }
        double a = Rates.median(without), b = Rates.median(with);
        out.printf(Locale.ROOT, "entities, %d articles, one thread, median of %d alternating rounds:%n"
                + "  rules only          %8.1f articles/s%n  rules + name model  %8.1f articles/s  (%+.1f %%)%n"
                + "  the model was asked about %.1f words per article%n",
                docs.size(), ROUNDS, a, b, 100 * (b / a - 1), questionsPerArticle(docs));
    }

    private static long recognize(EntityRecognizer recognizer, Doc d) {
        return recognizer.recognize(d.text(), d.lang(), "2026-11-20").mentions().size();
    }

    private static double questionsPerArticle(List<Doc> docs) {
        AtomicInteger asked = new AtomicInteger();
        WordTypeGuesser model = WordTypeGuesser.bundled();
        EntityRecognizer counting = recognizer(word -> {
            asked.incrementAndGet();
            return model.guess(word);
        });
        for (Doc d : docs) recognize(counting, d);
        return (double) asked.get() / docs.size();
    }

    private static EntityRecognizer recognizer(WordTypeGuesser guesser) {
        return new EntityRecognizer(KnowledgeBases.builtIn(), LanguagePacks.discover(), NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(),
                new TextSplitter(), guesser);
    }
}
