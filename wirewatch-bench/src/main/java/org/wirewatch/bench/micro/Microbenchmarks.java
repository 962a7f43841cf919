package org.wirewatch.bench.micro;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The micro-benchmarks {@code wirewatch bench --micro NAME|all} runs, by name. Each one measures a
 * hot spot on real text (the seeds, the example corpus) or a generated corpus; the whole-pipeline
 * and per-stage figures come from {@code wirewatch bench} itself, the Spark job's from
 * {@code org.wirewatch.spark.SparkBenchmark} in the Spark module (which depends on this one).
 */
public final class Microbenchmarks {
    private final List<Microbenchmark> all;

    public Microbenchmarks(MicroData data) {
        all = List.of(new TextSplitterBenchmark(data), new LanguageIdBenchmark(data), new NamesBenchmark(data),
                new KnowledgeBaseBenchmark(), new NameModelBenchmark(data), new QuoteExtractorBenchmark(data),
                new DateExtractorBenchmark(data), new ExtractionCpuBenchmark(data), new IndexBenchmark());
    }

    public List<Microbenchmark> all() {
        return all;
    }

    public List<String> names() {
        return all.stream().map(Microbenchmark::name).toList();
    }

    public Optional<Microbenchmark> find(String name) {
        return all.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /** "name — about" lines, for help and for an unknown name. */
    public String listing() {
        StringBuilder s = new StringBuilder();
        for (Microbenchmark b : all) s.append(String.format(Locale.ROOT, "  %-15s %s%n", b.name(), b.about()));
        return s.toString();
    }

    /**
     * Runs one benchmark, or all of them in turn for {@code "all"}, printing a heading before each.
     * With "all", one that cannot run (its data missing) is reported on {@code out} and the rest go on.
     *
     * @return how many failed
     * @throws IllegalArgumentException for a name that is neither a benchmark nor "all"
     */
    public int run(String nameOrAll, PrintStream out) {
        List<Microbenchmark> chosen = nameOrAll.equals("all") ? all
                : List.of(find(nameOrAll).orElseThrow(() -> new IllegalArgumentException("no micro-benchmark " + nameOrAll)));
        int failed = 0;
        for (Microbenchmark b : chosen) {
            out.printf(Locale.ROOT, "== %s: %s%n", b.name(), b.about());
            try {
                b.run(out);
            } catch (Exception e) {
                failed++;
                out.printf(Locale.ROOT, "%s failed: %s%n", b.name(), e.getMessage() == null ? e.toString() : e.getMessage());
            }
            out.flush();
        }
        return failed;
    }
}
