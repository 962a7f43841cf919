package org.wirewatch.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The yardstick: Lucene's StandardAnalyzer (Unicode word breaking, lower-casing) over the same raw
 * texts, on the same number of threads as the whole pipeline. No analysis can beat reading every
 * word once, so the pipeline's throughput over this one says how close to that limit it runs.
 */
final class TokenizerYardstick implements AutoCloseable {
    private final Analyzer analyzer = new StandardAnalyzer();
    private final List<String> texts;
    private final int threads;
    private final ExecutorService workers;

    TokenizerYardstick(List<String> texts, int threads) {
        this.texts = List.copyOf(texts);
        this.threads = threads;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "wirewatch-bench-tokenize");
            t.setDaemon(true);
            return t;
        });
    }

    /** One pass over every text, split evenly across the threads; returns the tokens seen. */
    long run() throws InterruptedException, ExecutionException {
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = texts.size() * t / threads;
            int to = texts.size() * (t + 1) / threads;
            parts.add(workers.submit(() -> tokenize(from, to)));
        }
        long tokens = 0;
        for (Future<Long> part : parts) tokens += part.get();
        return tokens;
    }

    private long tokenize(int from, int to) {
        long tokens = 0;
        for (int i = from; i < to; i++) {
            try (TokenStream stream = analyzer.tokenStream("text", texts.get(i))) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) tokens += term.length() > 0 ? 1 : 0;
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);   // a String reader does not fail
            }
        }
        return tokens;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        analyzer.close();
    }
}
