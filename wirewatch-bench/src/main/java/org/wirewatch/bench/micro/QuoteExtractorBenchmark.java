package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Quote extraction per wall-clock second on the five cleaned seeds with their recognised entities,
 * one thread, beside bare tokenisation of the same text. Entity recognition is not timed: it is
 * the stage before.
 */
final class QuoteExtractorBenchmark implements Microbenchmark {
    private final MicroData data;
    private final Rates rates = new Rates(3, 5);

    QuoteExtractorBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String about() {
        return "QuoteExtractor.extract against Tokenizer.tokens on the cleaned seeds, articles/s";
    }

    @Override
    public void run(PrintStream out) {
        List<CleanedSeed> seeds = CleanedSeed.all(data);
        QuoteExtractor extractor = new QuoteExtractor();
        Tokenizer tokenizer = new Tokenizer();
        double quotes = rates.perSecond(seeds, s -> extractor.extract(s.text(), s.lang(), s.mentions()).size());
        double tokens = rates.perSecond(seeds, s -> tokenizer.tokens(s.text()).size());
        out.printf(Locale.ROOT, "QuoteExtractor.extract: %.0f articles/s; Tokenizer.tokens: %.0f articles/s (one thread)%n",
                quotes, tokens);
    }
}
