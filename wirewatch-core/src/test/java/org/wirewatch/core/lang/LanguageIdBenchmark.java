package org.wirewatch.core.lang;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Throughput and memory of language identification on the seed articles. Not a unit test (its name
 * keeps it out of the default surefire run); run it alone, so no other test has loaded Lingua:
 * {@code mvn -B -q -o -pl wirewatch-core test -Dtest=LanguageIdBenchmark}
 */
class LanguageIdBenchmark {
    private static final double WARM_UP_SECONDS = 3;
    private static final double MEASURE_SECONDS = 5;

    @Test
    void throughput_and_heap() throws Exception {
        List<String> docs = new ArrayList<>();
        for (Path p : SeedArticlesTest.seeds()) docs.add(SeedArticlesTest.read(p));
        long chars = docs.stream().mapToLong(String::length).sum();

        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        LanguageIdentifier languages = new LanguageIdentifier();
        long constructed = System.nanoTime();
        languages.identify("Photo credit: Getty Images");   // needs the model: forces the load
        long loaded = System.nanoTime();
        long heapAfter = usedHeap();
        print("construct %.1f ms; first model use (load) %.2f s; heap %d MB -> %d MB (+%d MB)",
                (constructed - t0) / 1e6, (loaded - constructed) / 1e9,
                heapBefore >> 20, heapAfter >> 20, (heapAfter - heapBefore) >> 20);

        double identify = docsPerSecond(docs, languages::identify);
        print("identify(): %.0f docs/s, 1 thread; %d seed docs of %d chars on average (only a sample is read)",
                identify, docs.size(), chars / docs.size());
        double both = docsPerSecond(docs, d -> languages.paragraphs(d, languages.identify(d).map(LanguageGuess::lang).orElse(null)));
        print("identify() + paragraphs(): %.0f docs/s, 1 thread", both);
        LinguaModel lingua = languages.decider().lingua();
        List<String> samples = docs.stream().map(d -> DocumentSample.of(d, LanguageIdentifier.SAMPLE_LETTERS)).toList();
        double linguaSample = docsPerSecond(samples, lingua::confidences);
        print("Lingua alone on the same %d-letter samples (if letters never decided): %.0f docs/s", LanguageIdentifier.SAMPLE_LETTERS, linguaSample);
        double linguaWhole = docsPerSecond(docs, lingua::confidences);
        print("Lingua alone on whole documents: %.0f docs/s", linguaWhole);
        print("identify() + paragraphs() on 2 threads: %.0f docs/s", parallel(docs, 2,
                d -> languages.paragraphs(d, languages.identify(d).map(LanguageGuess::lang).orElse(null))));
        print("Lingua on samples, 2 threads: %.0f docs/s", parallel(samples, 2, lingua::confidences));

        List<String> examples = new ArrayList<>();
        try (var files = java.nio.file.Files.list(ExampleCorpusLanguageTest.CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                examples.add(java.nio.file.Files.readString(p));
            }
        }
        print("examples/corpus (%d .txt; 2 of them need Lingua for the document): identify() %.0f docs/s, "
                        + "identify() + paragraphs() %.0f docs/s",
                examples.size(), docsPerSecond(examples, languages::identify),
                docsPerSecond(examples, d -> languages.paragraphs(d, languages.identify(d).map(LanguageGuess::lang).orElse(null))));
    }

    private static double docsPerSecond(List<String> docs, Consumer<String> work) {
        run(docs, work, WARM_UP_SECONDS);
        return run(docs, work, MEASURE_SECONDS);
    }

    private static double run(List<String> docs, Consumer<String> work, double seconds) {
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long n = 0;
        while (System.nanoTime() < deadline) {
            for (String d : docs) work.accept(d);
            n += docs.size();
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double parallel(List<String> docs, int threads, Consumer<String> work) throws Exception {
        run(docs, work, WARM_UP_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Double>> rates = new ArrayList<>();
            for (int i = 0; i < threads; i++) rates.add(pool.submit(() -> run(docs, work, MEASURE_SECONDS)));
            double total = 0;
            for (Future<Double> r : rates) total += r.get();
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void print(String format, Object... args) {
        System.out.println("[lang-bench] " + String.format(Locale.ROOT, format, args));
    }

}
