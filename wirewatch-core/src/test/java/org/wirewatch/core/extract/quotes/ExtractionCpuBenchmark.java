package org.wirewatch.core.extract.quotes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Quotes, dates and amounts on the five cleaned seeds (entities recognised beforehand, not timed),
 * one thread, in articles per second of this thread's CPU time: on a shared machine wall-clock rates
 * swing with other people's builds, CPU time much less. Bare tokenisation of the same text is the
 * yardstick. Prints only; run it alone:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=ExtractionCpuBenchmark}
 */
class ExtractionCpuBenchmark {
    private static final long WARM_UP_NANOS = 4_000_000_000L;
    private static final long MEASURE_NANOS = 6_000_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test void throughputPerCpuSecond() {
        List<SeedQuotes> seeds = List.of(SeedQuotes.load("000", "en"), SeedQuotes.load("001", "en"),
                SeedQuotes.load("002", "en"), SeedQuotes.load("003", "en"), SeedQuotes.load("004", "ru"));
        QuoteExtractor quotes = new QuoteExtractor();
        DateExtractor dates = new DateExtractor();
        AmountExtractor amounts = new AmountExtractor(LanguagePacks.discover());
        Tokenizer tokenizer = new Tokenizer();
        double q = rate(seeds, s -> quotes.extract(s.text(), s.lang(), s.mentions()).size());
        double d = rate(seeds, s -> dates.extract(s.text(), s.lang(), "2024-11-13").size());
        double a = rate(seeds, s -> amounts.extract(s.text(), s.lang()).size());
        double t = rate(seeds, s -> tokenizer.tokens(s.text()).size());
        System.out.printf(Locale.ROOT, "articles per CPU second, one thread: quotes %.0f, dates %.0f, amounts %.0f; tokenizer %.0f%n",
                q, d, a, t);
    }

    private static double rate(List<SeedQuotes> seeds, ToIntFunction<SeedQuotes> work) {
        measure(seeds, work, WARM_UP_NANOS);
        return measure(seeds, work, MEASURE_NANOS);
    }

    private static double measure(List<SeedQuotes> seeds, ToIntFunction<SeedQuotes> work, long nanos) {
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long docs = 0;
        int sink = 0;
        while (System.nanoTime() - wallStart < nanos) {
            for (SeedQuotes s : seeds) sink += work.applyAsInt(s);
            docs += seeds.size();
        }
        if (sink == 42) System.out.print("");   // keeps the work from being optimised away
        return docs / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
}
