package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.wirewatch.core.lang.LanguageGuess;
import org.wirewatch.core.lang.LanguageIdentifier;

/**
 * Language identification on the raw seeds and on the example corpus: the cost of loading Lingua's
 * models (only true in a fresh JVM, so run it alone), then documents per second on one and two
 * threads, of the document's language alone and with every paragraph's.
 */
final class LanguageIdBenchmark implements Microbenchmark {
    private final MicroData data;
    private final Rates rates = new Rates(3, 5);

    LanguageIdBenchmark(MicroData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public String about() {
        return "LanguageIdentifier load cost and heap, identify() and paragraphs() docs/s (fresh JVM)";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        List<String> docs = new ArrayList<>();
        for (Path p : data.seeds()) docs.add(MicroData.read(p));
        long chars = docs.stream().mapToLong(String::length).sum();

        long heapBefore = Rates.usedHeap();
        long t0 = System.nanoTime();
        LanguageIdentifier languages = new LanguageIdentifier();
        long constructed = System.nanoTime();
        languages.identify("Photo credit: Getty Images");   // letters cannot settle this: forces the model load
        long loaded = System.nanoTime();
        long heapAfter = Rates.usedHeap();
        print(out, "construct %.1f ms; first model use (load) %.2f s; heap %d MB -> %d MB (+%d MB)",
                (constructed - t0) / 1e6, (loaded - constructed) / 1e9, heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20);

        ToLongFunction<String> identify = d -> languages.identify(d).isPresent() ? 1 : 0;
        ToLongFunction<String> both = d -> languages.paragraphs(d, languages.identify(d).map(LanguageGuess::lang).orElse(null)).size();
        print(out, "identify(): %.0f docs/s, 1 thread; %d seed docs of %d chars on average (only a sample is read)",
                rates.perSecond(docs, identify), docs.size(), chars / docs.size());
        print(out, "identify() + paragraphs(): %.0f docs/s, 1 thread", rates.perSecond(docs, both));
        print(out, "identify() + paragraphs() on 2 threads: %.0f docs/s", rates.parallel(docs, 2, both));

        List<String> examples = new ArrayList<>();
        for (Path p : data.exampleTexts()) examples.add(MicroData.read(p));
        print(out, "examples/corpus (%d .txt): identify() %.0f docs/s, identify() + paragraphs() %.0f docs/s",
                examples.size(), rates.perSecond(examples, identify), rates.perSecond(examples, both));
    }

    private static void print(PrintStream out, String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
