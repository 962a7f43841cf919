package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tone against gold: Pearson's r and three-class macro-F1, over all lines, per source and (where
 * the gold has "mixed" labels) without them.
 *
 * @param missing lines whose record had no tone (scored as 0)
 * @param cut     the cut applied to the predicted tone (on the product's per-100-words scale)
 */
public record ToneReport(int lines, int missing, int failed, double cut, Part all, Map<String, Part> bySource, Part withoutMixed,
                         int skippedLines, List<String> errors) {

    /** One group of lines: how many, r, and the classification. */
    record Part(int n, Correlation pearson, ThreeClasses classes) {
        void text(StringBuilder out, String label) {
            out.append(String.format(Locale.ROOT, "%s (%d lines): pearson %s%n", label, n, pearson.toText()));
            out.append(classes.toText("  "));
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lines", n);
            json.put("pearson", pearson.isDefined() ? pearson.value().getAsDouble() : null);
            json.putAll(classes.toJson());
            return json;
        }
    }

    public ToneReport {
        bySource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
        errors = List.copyOf(errors);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Tone: record tone.tone (GDELT V1.5TONE, per 100 words) against gold tone, %d lines%n", lines));
        out.append(String.format(Locale.ROOT, "classes: gold cut at ±%s (or its labels, mixed = neutral); predicted cut at ±%s per 100 words%n",
                ToneEvaluation.GOLD_CUT, cut));
        out.append(String.format(Locale.ROOT, "lines without a predicted tone (scored 0): %d%n", missing));
        all.text(out, "all");
        bySource.forEach((source, part) -> part.text(out, "source " + source));
        if (withoutMixed != null) withoutMixed.text(out, "without mixed");
        ReportText.documentProblems(out, failed, 0);
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "tone");
        json.put("scale", "tone.tone, per 100 words");
        json.put("cut", cut);
        json.put("lines", lines);
        json.put("missing", missing);
        json.put("all", all.json());
        Map<String, Object> sources = new LinkedHashMap<>();
        bySource.forEach((k, v) -> sources.put(k, v.json()));
        json.put("by_source", sources);
        json.put("without_mixed", withoutMixed == null ? null : withoutMixed.json());
        json.put("failed", failed);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }
}
