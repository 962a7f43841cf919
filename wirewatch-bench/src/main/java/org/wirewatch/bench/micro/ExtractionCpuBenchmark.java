package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.Tokenizer;

/**
 * Quotes, dates and amounts on the five cleaned seeds (entities recognised beforehand, not timed),
 * one thread, in articles per second of this thread's CPU time: the figure that stays comparable
 * when other work shares the cores. Bare tokenisation of the same text is the yardstick.
 */
final class ExtractionCpuBenchmark implements Microbenchmark {
    private final MicroData data;
    private final Rates rates = new Rates(4, 6);

    ExtractionCpuBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "extraction-cpu";
    }

    @Override
    public String about() {
        return "quotes, dates, amounts and the tokenizer on the cleaned seeds, per CPU second";
    }

    @Override
    public void run(PrintStream out) {
        List<CleanedSeed> seeds = CleanedSeed.all(data);
        QuoteExtractor quotes = new QuoteExtractor();
        DateExtractor dates = new DateExtractor();
        AmountExtractor amounts = new AmountExtractor(LanguagePacks.discover());
        Tokenizer tokenizer = new Tokenizer();
        double q = rates.perCpuSecond(seeds, s -> quotes.extract(s.text(), s.lang(), s.mentions()).size());
        double d = rates.perCpuSecond(seeds, s -> dates.extract(s.text(), s.lang(), "2024-11-13").size());
        double a = rates.perCpuSecond(seeds, s -> amounts.extract(s.text(), s.lang()).size());
        double t = rates.perCpuSecond(seeds, s -> tokenizer.tokens(s.text()).size());
        out.printf(Locale.ROOT, "articles per CPU second, one thread: quotes %.0f, dates %.0f, amounts %.0f; tokenizer %.0f%n",
                q, d, a, t);
    }
}
