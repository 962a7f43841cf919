package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Correlation of predicted similarity with the negated gold "overall" score (so higher means
 * more similar on both sides). Correlations are over scored pairs only.
 *
 * @param scorerAvailable false when no scorer was given: nothing was scored and both correlations say so
 * @param pairs           gold pairs read
 * @param scored          pairs the scorer gave a valid score in [0, 1]
 * @param byLangPair      correlations per language pair ("en-ru"); empty when the gold gives no languages
 * @param failedPairs     pairs where the scorer threw or returned a score outside [0, 1]
 */
public record SimilarityReport(boolean scorerAvailable, int pairs, int scored, Correlation pearson, Correlation spearman,
                               Map<String, Correlation> byLangPair, int failedPairs, int skippedLines, List<String> errors) {

    static final String NO_SCORER = "no similarity scorer available yet";

    public SimilarityReport {
        byLangPair = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLangPair));
        errors = List.copyOf(errors);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "Similarity: correlation with SemEval-2022 Task 8 \"overall\" (negated, so higher = more similar), %d pairs%n", pairs));
        if (!scorerAvailable) {
            out.append(String.format(Locale.ROOT, "%s: read %d gold pairs, scored none%n", NO_SCORER, pairs));
        } else {
            out.append(String.format(Locale.ROOT, "scored %d of %d pairs%n", scored, pairs));
            out.append(String.format(Locale.ROOT, "  pearson   %s%n", pearson.toText()));
            out.append(String.format(Locale.ROOT, "  spearman  %s%n", spearman.toText()));
            byLangPair.forEach((langs, r) -> out.append(String.format(Locale.ROOT, "  %-8s  pearson %s%s%n", langs, r.toText(),
                    r.isDefined() ? " (n=" + r.n() + ")" : "")));
        }
        if (failedPairs > 0) {
            out.append(String.format(Locale.ROOT, "the scorer failed on %d pairs (left out)%n", failedPairs));
        }
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "similarity");
        json.put("gold", "overall, negated");
        json.put("scorer_available", scorerAvailable);
        json.put("pairs", pairs);
        json.put("scored", scored);
        json.put("pearson", correlationJson(pearson));
        json.put("spearman", correlationJson(spearman));
        Map<String, Object> langs = new LinkedHashMap<>();
        byLangPair.forEach((key, r) -> langs.put(key, correlationJson(r)));
        json.put("by_lang_pair", langs);
        json.put("failed_pairs", failedPairs);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }

    /** {"value": 0.81, "n": 120} or {"value": null, "n": 1, "undefined": "fewer than 2 pairs (n=1)"}. */
    private static Map<String, Object> correlationJson(Correlation r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", r.isDefined() ? r.value().getAsDouble() : null);
        json.put("n", r.n());
        if (!r.isDefined()) json.put("undefined", r.undefinedReason());
        return json;
    }
}
