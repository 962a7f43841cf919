package org.wirewatch.bench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a throughput run found. {@link #toJson()} has exactly the documented keys; a stage without a
 * figure maps to null (and reads "not measured" in the text), never to an invented number.
 *
 * @param articlesPerS         whole pipeline (read, analyse on {@code threads} threads, serialise)
 * @param mbPerS               the same over the UTF-8 size of the input texts (MB = 10^6 bytes)
 * @param tokenizeArticlesPerS StandardAnalyzer over the same texts on the same threads
 * @param liveHeapMb           heap in use after a full GC at the end, corpus and models still loaded (text report only)
 * @param stages               articles/s of each stage alone on one thread, in pipeline order
 */
public record BenchReport(String corpus, int articles, double megabytes, int threads, int warmups, double warmupSeconds, int runs,
                          double articlesPerS, double mbPerS, double tokenizeArticlesPerS, double peakHeapMb, double liveHeapMb,
                          Map<String, Double> stages) {

    public BenchReport {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));   // keeps order and nulls
    }

    /** Whole pipeline over bare tokenisation: 1.0 would be as fast as reading every word once. */
    public double ratio() {
        return tokenizeArticlesPerS == 0 ? 0 : articlesPerS / tokenizeArticlesPerS;
    }

    /** The documented JSON object: articles, threads, articles_per_s, mb_per_s, tokenize_articles_per_s, ratio, peak_heap_mb, stages. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", articles);
        json.put("threads", threads);
        json.put("articles_per_s", round(articlesPerS, 1));
        json.put("mb_per_s", round(mbPerS, 2));
        json.put("tokenize_articles_per_s", round(tokenizeArticlesPerS, 1));
        json.put("ratio", round(ratio(), 4));
        json.put("peak_heap_mb", round(peakHeapMb, 1));
        Map<String, Object> perStage = new LinkedHashMap<>();
        stages.forEach((name, value) -> perStage.put(name, value == null ? null : round(value, 1)));
        json.put("stages", perStage);
        return json;
    }

    public String toText() {
        double bytesPerArticle = articles == 0 ? 0 : megabytes / articles;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "wirewatch bench: %,d articles, %.1f MB (%s)%n", articles, megabytes, corpus));
        s.append(String.format(Locale.ROOT, "median of %d runs, after %.0f s of warm-up of all the work and %d more run%s of each%n%n",
                runs, warmupSeconds, warmups, warmups == 1 ? "" : "s"));
        s.append(String.format(Locale.ROOT, "%-34s %12s %9s%n", "stage (1 thread)", "articles/s", "MB/s"));
        stages.forEach((name, perSecond) -> s.append(perSecond == null
                ? String.format(Locale.ROOT, "%-34s %12s%n", name, "not measured")
                : String.format(Locale.ROOT, "%-34s %,12.1f %9.2f%n", name, perSecond, perSecond * bytesPerArticle)));
        s.append('\n');
        s.append(String.format(Locale.ROOT, "%-34s %,12.1f %9.2f%n", "whole pipeline (" + threads + " threads)", articlesPerS, mbPerS));
        s.append(String.format(Locale.ROOT, "%-34s %,12.1f %9.2f%n", "per thread", articlesPerS / threads, mbPerS / threads));
        s.append(String.format(Locale.ROOT, "%-34s %,12.1f %9.2f%n", "tokenizer yardstick (" + threads + " threads)",
                tokenizeArticlesPerS, tokenizeArticlesPerS * bytesPerArticle));
        s.append(String.format(Locale.ROOT, "%-34s %12.4f%n", "ratio pipeline / tokenizer", ratio()));
        s.append(String.format(Locale.ROOT, "%-34s %12.1f%n", "peak heap (MB)", peakHeapMb));
        s.append(String.format(Locale.ROOT, "%-34s %12.1f%n", "live heap after GC (MB)", liveHeapMb));
        s.append(String.format(Locale.ROOT, "%-34s %12s%n", "max heap (MB)",
                String.format(Locale.ROOT, "%.0f", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0))));
        return s.toString();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
