package org.wirewatch.bench.run;

import org.wirewatch.core.extract.ner.NerMode;
import java.nio.file.Path;
import java.util.Set;
import org.wirewatch.core.model.Check;

/**
 * How a throughput run is set up.
 *
 * @param corpus    any input {@code analyze} accepts; null to generate one
 * @param articles  how many articles to generate, or at most to read from {@code corpus}
 * @param stories   stories in a generated corpus
 * @param seed      seed of a generated corpus
 * @param threads   threads of the whole pipeline and of the tokenizer yardstick (stages run on one)
 * @param warmups   unmeasured runs of each measurement right before its measured runs
 * @param warmupSeconds  how long all the work is first run in turn, unmeasured, so the JIT has
 *                  compiled it: on two busy cores C2 reaches the cleaner only after 10–15 s
 * @param runs      measured runs; the median is reported
 * @param languages the languages the identifier chooses among
 */
public record BenchSettings(Path corpus, int articles, int stories, long seed, int threads, int warmups,
                            double warmupSeconds, int runs, Set<String> languages, NerMode ner) {
    public static final int DEFAULT_ARTICLES = 2000;
    public static final long DEFAULT_SEED = 42;
    public static final int DEFAULT_WARMUPS = 1;
    public static final double DEFAULT_WARMUP_SECONDS = 15;
    public static final int DEFAULT_RUNS = 5;

    /** Settings with the NER models deciding names where there are models. */
    public BenchSettings(Path corpus, int articles, int stories, long seed, int threads, int warmups, double warmupSeconds, int runs,
                         Set<String> languages) {
        this(corpus, articles, stories, seed, threads, warmups, warmupSeconds, runs, languages, NerMode.MODEL);
    }

    public BenchSettings {
        Check.notNullParam(ner, "ner");
        Check.isTrue(articles >= 2, "articles must be >= 2, was %d", articles);
        Check.isTrue(threads >= 1, "threads must be >= 1, was %d", threads);
        Check.isTrue(warmups >= 0, "warmups must be >= 0, was %d", warmups);
        Check.isTrue(warmupSeconds >= 0, "warmupSeconds must be >= 0, was %s", warmupSeconds);
        Check.isTrue(runs >= 1, "runs must be >= 1, was %d", runs);
        languages = Set.copyOf(Check.notNullParam(languages, "languages"));
    }
}
