package org.wirewatch.core.extract.quotes;


import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Quote extraction per second on the five cleaned seeds with their recognised entities, one thread,
 * after warm-up, beside bare tokenisation of the same text. Entity recognition is not timed: it is the
 * stage before. Not a unit test (its name keeps it out of the default run); run it alone:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=QuoteExtractorBenchmark}
 */
class QuoteExtractorBenchmark {
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;

    @Test void throughput() {
        List<SeedQuotes> seeds = List.of(SeedQuotes.load("000", "en"), SeedQuotes.load("001", "en"),
                SeedQuotes.load("002", "en"), SeedQuotes.load("003", "en"), SeedQuotes.load("004", "ru"));
        QuoteExtractor extractor = new QuoteExtractor();
        Tokenizer tokenizer = new Tokenizer();
        double quotes = rate(seeds, s -> extractor.extract(s.text(), s.lang(), s.mentions()).size());
        double tokens = rate(seeds, s -> tokenizer.tokens(s.text()).size());
        System.out.printf(Locale.ROOT, "QuoteExtractor.extract: %.0f articles/s; Tokenizer.tokens: %.0f articles/s (one thread)%n",
                quotes, tokens);
    }

    private interface Work { int run(SeedQuotes seed); }

    private static double rate(List<SeedQuotes> seeds, Work work) {
        measure(seeds, work, WARM_UP_NANOS);
        return measure(seeds, work, MEASURE_NANOS);
    }

    private static double measure(List<SeedQuotes> seeds, Work work, long nanos) {
        long start = System.nanoTime();
        long docs = 0;
        int sink = 0;
        while (System.nanoTime() - start < nanos) {
            for (SeedQuotes s : seeds) sink += work.run(s);
            docs += seeds.size();
        }
        if (sink == 42) System.out.print("");   // keeps the work from being optimised away
        return docs / ((System.nanoTime() - start) / 1e9);
    }
}
