package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * TempEval-3 style scores for DATE and TIME expressions.
 *
 * @param strict           exact span match
 * @param relaxed          overlapping spans
 * @param value            overlapping span and equal normalised value (the "value F1")
 * @param valueAccuracy    of the relaxed matches, the share whose value is right; empty when nothing matched
 * @param ignoredPredicted predictions left out of scoring: duration values, or spans that only overlap gold DURATION/SET
 */
public record DateReport(Scores strict, Scores relaxed, Scores value, OptionalDouble valueAccuracy, int docs,
                         int ignoredPredicted, int failedDocs, int textMismatches, int skippedLines, List<String> errors) {

    public DateReport {
        errors = List.copyOf(errors);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Dates: TempEval-3 style over DATE/TIME expressions, %d documents%n", docs));
        out.append(ReportText.scoresHeader());
        out.append(ReportText.scoresRow("strict span", strict));
        out.append(ReportText.scoresRow("relaxed span", relaxed));
        out.append(ReportText.scoresRow("value", value));
        out.append(String.format(Locale.ROOT, "value accuracy (of relaxed matches): %s%n",
                valueAccuracy.isPresent() ? ReportText.number(valueAccuracy.getAsDouble()) : "undefined (no relaxed matches)"));
        if (relaxed.predicted() == 0) {
            out.append(String.format(Locale.ROOT, "predicted 0 date expressions (no extractor produced dates)%n"));
        }
        if (ignoredPredicted > 0) {
            out.append(String.format(Locale.ROOT, "%d predicted expressions not scored (durations, or only overlapping gold DURATION/SET)%n",
                    ignoredPredicted));
        }
        ReportText.documentProblems(out, failedDocs, textMismatches);
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "dates");
        json.put("types", List.of("DATE", "TIME"));
        json.put("docs", docs);
        json.put("strict", strict.toJson());
        json.put("relaxed", relaxed.toJson());
        json.put("value", value.toJson());
        json.put("value_accuracy", valueAccuracy.isPresent() ? valueAccuracy.getAsDouble() : null);
        json.put("ignored_predicted", ignoredPredicted);
        json.put("failed_docs", failedDocs);
        json.put("text_mismatches", textMismatches);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }
}
