package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.wirewatch.bench.corpus.CorpusGenerator;
import org.wirewatch.bench.corpus.CorpusWriter;

/**
 * {@link IndexIngestSearch} at a size that fits a quick run: 3,000 generated articles (seed 7)
 * ingested on one thread into a fresh store in a temporary directory, then 1,000 timed searches;
 * the corpus and the store are deleted afterwards. Figures for 100,000 articles come from
 * {@link IndexIngestSearch#main} (BENCHMARKS.md).
 */
final class IndexBenchmark implements Microbenchmark {
    private static final int ARTICLES = 3_000;

    @Override
    public String name() {
        return "index";
    }

    @Override
    public String about() {
        return "ingest (analysis + Lucene store) of 3,000 generated articles on 1 thread, then search latency percentiles";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("wirewatch-index-bench");
        try {
            Path corpus = dir.resolve("corpus.jsonl");
            try (CorpusWriter writer = CorpusWriter.toFile(corpus)) {
                new CorpusGenerator(ARTICLES, CorpusGenerator.defaultStories(ARTICLES), 7).generate(writer::write);
            }
            new IndexIngestSearch(out, System.err).run(corpus, dir.resolve("data"), 1, 1000);
        } finally {
            TempDirs.delete(dir);
        }
    }
}
