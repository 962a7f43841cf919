package org.wirewatch.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.wirewatch.core.clean.TextCleaner;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;

/**
 * Language of a cleaned article and of each of its paragraphs. Cheap letter evidence decides most;
 * Lingua is consulted for the rest (the Azerbaijani captions, short mixed lines), and is what
 * ANCHORS.md measured at under a thousand documents per second when asked for everything.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)   // C2 reaches the cleaner's deep call chain only after ~12 s on two busy cores
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LanguageBenchmark {
    private LanguageIdentifier languages;
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() {
        languages = new LanguageIdentifier();
        TextCleaner cleaner = new TextCleaner();
        texts = GeneratedTexts.of("all", 300).stream().map(a -> cleaner.clean(a.text()).text()).toList();
        languages.identify(texts.get(0));   // load the models outside the measurement
    }

    @Benchmark
    public void identifyDocumentAndParagraphs(Blackhole out) {
        String text = texts.get(next);
        next = next + 1 == texts.size() ? 0 : next + 1;
        String lang = languages.identify(text).map(LanguageGuess::lang).orElse(null);
        out.consume(languages.paragraphs(text, lang));
    }
}
