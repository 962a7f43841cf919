package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Category scores: per category and summed over all (micro average), with the articles the
 * analyser failed on and the gold lines that could not be read.
 */
public record CategoryReport(int articles, int failed, Map<String, Scores> byCategory, int skippedLines, List<String> errors) {
    public CategoryReport {
        byCategory = Map.copyOf(byCategory);
        errors = List.copyOf(errors);
    }

    /** Every category's counts added up. */
    public Scores micro() {
        return byCategory.values().stream().reduce(Scores.ZERO, Scores::plus);
    }

    /** The scores of one category; zero when neither side used it. */
    public Scores category(String id) {
        return byCategory.getOrDefault(id, Scores.ZERO);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "categories: %d articles%n", articles));
        out.append(ReportText.scoresHeader());
        byCategory.keySet().stream().sorted().forEach(id -> out.append(ReportText.scoresRow(id, byCategory.get(id))));
        out.append(ReportText.scoresRow("micro", micro()));
        ReportText.documentProblems(out, failed, 0);
        out.append(String.format(Locale.ROOT, "skipped gold lines: %d%n", skippedLines));
        errors.stream().limit(ReportText.ERRORS_SHOWN).forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("articles", articles);
        json.put("failed", failed);
        Map<String, Object> per = new LinkedHashMap<>();
        byCategory.keySet().stream().sorted().forEach(id -> per.put(id, byCategory.get(id).toJson()));
        json.put("categories", per);
        json.put("micro", micro().toJson());
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }
}
