package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.lang.LanguagePacks;

/**
 * {@link DateExtractor#extract} on the raw seed articles, one thread, with the built-in word lists
 * and with the morphological dictionaries; in seed articles per second and in 4-KB articles per
 * second (the seeds are longer than a typical news page).
 */
final class DateExtractorBenchmark implements Microbenchmark {
    private final MicroData data;
    private final Rates rates = new Rates(2, 5);

    private record Doc(String text, String lang) {}

    DateExtractorBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public String about() {
        return "DateExtractor.extract on the raw seeds, with word lists and with dictionaries";
    }

    @Override
    public void run(PrintStream out) {
        List<Doc> docs = new ArrayList<>();
        for (Path p : data.seeds()) docs.add(new Doc(MicroData.read(p), MicroData.seedLang(p)));
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        measure(out, "word lists", new DateExtractor(), docs, chars);
        measure(out, "with dictionaries", new DateExtractor(LanguagePacks.discover()), docs, chars);
    }

    private void measure(PrintStream out, String label, DateExtractor extractor, List<Doc> docs, long chars) {
        double articles = rates.perSecond(docs, d -> extractor.extract(d.text(), d.lang(), "2024-11-13").size());
        double per4k = articles * chars / docs.size() / 4096.0;
        out.printf(Locale.ROOT, "DateExtractor.extract (%s): %.0f seed articles/s, %.0f 4-KB articles/s%n", label, articles, per4k);
    }
}
