package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entity sentiment against gold, two ways. On the recogniser's mentions (what a record carries):
 * the classification over all gold targets (uncovered ones count against recall), over the
 * targets that got a sentiment, and per target type. On the gold targets (the classifier alone,
 * asked about each gold span): {@code onGold} and its per-type figures.
 */
public record EntitySentimentReport(int docs, int targets, int covered, ThreeClasses all, ThreeClasses withSentiment,
                                    Map<String, ThreeClasses> byType, ThreeClasses onGold, Map<String, ThreeClasses> byTypeOnGold,
                                    int failed, int textMismatches, int skippedLines, List<String> errors) {

    public EntitySentimentReport {
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byTypeOnGold = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byTypeOnGold));
        errors = List.copyOf(errors);
    }

    public double coverage() {
        return targets == 0 ? 0 : (double) covered / targets;
    }

    public double macroF1() {
        return all.macroF1();
    }

    public double f1PosNeg() {
        return all.f1PosNeg();
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Entity sentiment: %d documents, %d gold targets%n", docs, targets));
        out.append(String.format(Locale.ROOT, "on the gold targets (each gold span asked of the classifier, %d without a prediction):%n",
                onGold.unpredicted())).append(onGold.toText("  "));
        types(out, byTypeOnGold);
        out.append(String.format(Locale.ROOT, "on the recogniser's mentions: coverage %s (%d targets overlapped by a predicted mention)%n",
                ReportText.number(coverage()), covered));
        out.append("all targets (uncovered = no prediction):\n").append(all.toText("  "));
        out.append(String.format(Locale.ROOT, "targets that got a sentiment (%d):%n", withSentiment.total())).append(withSentiment.toText("  "));
        types(out, byType);
        ReportText.documentProblems(out, failed, textMismatches);
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    private static void types(StringBuilder out, Map<String, ThreeClasses> byType) {
        byType.forEach((type, c) -> {
            out.append(String.format(Locale.ROOT, "  type %s (%d targets, %d without a prediction): macro-F1 %s  F1(P,N) %s%n", type, c.total(),
                    c.unpredicted(), ReportText.number(c.macroF1()), ReportText.number(c.f1PosNeg())));
        });
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "entity-sentiment");
        json.put("docs", docs);
        json.put("targets", targets);
        json.put("covered", covered);
        json.put("coverage", coverage());
        json.put("all", all.toJson());
        json.put("with_sentiment", withSentiment.toJson());
        Map<String, Object> types = new LinkedHashMap<>();
        byType.forEach((k, v) -> types.put(k, v.toJson()));
        json.put("by_type", types);
        json.put("gold_targets", onGold.toJson());
        Map<String, Object> goldTypes = new LinkedHashMap<>();
        byTypeOnGold.forEach((k, v) -> goldTypes.put(k, v.toJson()));
        json.put("gold_targets_by_type", goldTypes);
        json.put("failed", failed);
        json.put("text_mismatches", textMismatches);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }
}
