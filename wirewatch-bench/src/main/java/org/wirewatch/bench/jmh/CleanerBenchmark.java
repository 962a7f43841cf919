package org.wirewatch.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wirewatch.bench.corpus.GeneratedArticle;
import org.wirewatch.core.clean.CleanedDocument;
import org.wirewatch.core.clean.TextCleaner;

/**
 * The hottest stage: cleaning a scraped page (three quarters of the pipeline's time in the JFR
 * profile). One operation cleans one 3–5 KB page; the score is pages per second on one thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)   // C2 reaches the cleaner's deep call chain only after ~12 s on two busy cores
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class CleanerBenchmark {
    @Param({"en", "ru", "uk"})
    public String lang;

    private TextCleaner cleaner;
    private List<String> pages;
    private int next;

    @Setup
    public void setUp() {
        cleaner = new TextCleaner();
        pages = GeneratedTexts.of(lang, 200).stream().map(GeneratedArticle::text).toList();
    }

    @Benchmark
    public CleanedDocument clean() {
        String page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        return cleaner.clean(page);
    }
}
