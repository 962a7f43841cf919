package org.wirewatch.bench.jmh;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.wirewatch.bench.corpus.GeneratedArticle;

/** The yardstick: StandardAnalyzer over the same pages, one page per operation. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TokenizerBenchmark {
    private Analyzer analyzer;
    private List<String> pages;
    private int next;

    @Setup
    public void setUp() {
        analyzer = new StandardAnalyzer();
        pages = GeneratedTexts.of("all", 300).stream().map(GeneratedArticle::text).toList();
    }

    @TearDown
    public void tearDown() {
        analyzer.close();
    }

    @Benchmark
    public int tokenize() throws IOException {
        String page = pages.get(next);
        next = next + 1 == pages.size() ? 0 : next + 1;
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("text", page)) {
            stream.reset();
            while (stream.incrementToken()) tokens++;
            stream.end();
        }
        return tokens;
    }
}
