package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exact-span NER scores over PER/ORG/LOC.
 *
 * @param micro          all three types pooled
 * @param byType         PER, ORG and LOC, always all three, in that order
 * @param byLang         per document language; empty when no document named one ("und" holds those that did not)
 * @param docs           gold documents scored
 * @param failedDocs     documents whose analysis threw or returned nothing (scored as predicting nothing)
 * @param textMismatches documents whose analysed text differs from the gold text, so offsets may not line up
 * @param skippedLines   malformed gold lines
 * @param errors         one message per skipped line or failed document
 */
public record NerReport(Scores micro, Map<String, Scores> byType, Map<String, Scores> byLang, int docs,
                        int failedDocs, int textMismatches, int skippedLines, List<String> errors) {

    public NerReport {
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byLang = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLang));
        errors = List.copyOf(errors);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "NER: exact-span match over PER/ORG/LOC, %d documents%n", docs));
        out.append(ReportText.scoresHeader());
        out.append(ReportText.scoresRow("micro", micro));
        byType.forEach((type, s) -> out.append(ReportText.scoresRow(type, s)));
        byLang.forEach((lang, s) -> out.append(ReportText.scoresRow("lang " + lang, s)));
        if (micro.predicted() == 0) {
            out.append(String.format(Locale.ROOT, "predicted 0 mentions (no extractor produced entities)%n"));
        }
        ReportText.documentProblems(out, failedDocs, textMismatches);
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "ner");
        json.put("match", "exact span and type, PER/ORG/LOC");
        json.put("docs", docs);
        json.put("micro", micro.toJson());
        json.put("by_type", scoresJson(byType));
        json.put("by_lang", scoresJson(byLang));
        json.put("failed_docs", failedDocs);
        json.put("text_mismatches", textMismatches);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }

    private static Map<String, Object> scoresJson(Map<String, Scores> scores) {
        Map<String, Object> json = new LinkedHashMap<>();
        scores.forEach((key, s) -> json.put(key, s.toJson()));
        return json;
    }
}
