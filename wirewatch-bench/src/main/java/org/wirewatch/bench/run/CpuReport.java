package org.wirewatch.bench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a CPU-time run found ({@link CpuBench}).
 *
 * @param msPerArticle CPU milliseconds per article of the calling thread, median over the runs:
 *                     {@link #WHOLE} first, then each stage alone in pipeline order
 */
public record CpuReport(String corpus, int articles, int warmups, double warmupSeconds, int runs, Map<String, Double> msPerArticle) {
    /** The key of {@code Pipeline.analyze} as a whole. */
    public static final String WHOLE = "analyze";

    public CpuReport {
        msPerArticle = Collections.unmodifiableMap(new LinkedHashMap<>(msPerArticle));
    }

    /** articles, runs, cpu_ms_per_article (analyze and every stage). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", articles);
        json.put("runs", runs);
        Map<String, Object> ms = new LinkedHashMap<>();
        msPerArticle.forEach((name, value) -> ms.put(name, Math.round(value * 10_000) / 10_000.0));
        json.put("cpu_ms_per_article", ms);
        return json;
    }

    public String toText() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "wirewatch bench --cpu: %,d articles (%s)%n", articles, corpus));
        s.append(String.format(Locale.ROOT, "CPU time of the one measuring thread; median of %d runs, after %.0f s of warm-up and %d more run%s of each%n%n",
                runs, warmupSeconds, warmups, warmups == 1 ? "" : "s"));
        s.append(String.format(Locale.ROOT, "%-34s %14s%n", "(1 thread)", "CPU ms/article"));
        msPerArticle.forEach((name, ms) -> s.append(String.format(Locale.ROOT, "%-34s %14.4f%n",
                name.equals(WHOLE) ? "whole pipeline (Pipeline.analyze)" : name, ms)));
        return s.toString();
    }
}
