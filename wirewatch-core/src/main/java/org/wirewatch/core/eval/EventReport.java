package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The events scores (evaldata README, "Events" / "Score"): typed right / don't-care / wrong
 * predictions and found gold events, overall and per type; untyped figures; argument precision
 * of the right predictions and their date accuracy; and the wrong and missed events by name.
 * Every ratio is printed beside the counts it comes from.
 *
 * @param outOfScope predicted events left out because trigger and evidence lie outside the annotated region
 */
public record EventReport(int docs, int failedDocs, int textMismatches, int skippedLines, List<String> errors,
                          int outOfScope, List<TypeCounts> byType, Untyped untyped, Arguments arguments,
                          List<String> wrong, List<String> missed) {
    public EventReport {
        errors = List.copyOf(errors);
        byType = List.copyOf(byType);
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
    }

    /** The typed figures over every type. */
    public TypeCounts typed() {
        TypeCounts all = new TypeCounts("all", 0, 0, 0, 0, 0);
        for (TypeCounts t : byType) all = all.plus(t);
        return all;
    }

    /**
     * Typed counts. Precision leaves don't-care predictions out; recall is over scored gold events.
     *
     * @param gold  scored gold events of the type
     * @param found those some prediction of the type is compatible with
     */
    public record TypeCounts(String type, int gold, int found, int right, int dontCare, int wrong) {
        public double precision() {
            return ratio(right, right + wrong);
        }

        public double recall() {
            return ratio(found, gold);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        TypeCounts plus(TypeCounts o) {
            return new TypeCounts(type, gold + o.gold, found + o.found, right + o.right, dontCare + o.dontCare, wrong + o.wrong);
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("gold", gold);
            json.put("found", found);
            json.put("right", right);
            json.put("dont_care", dontCare);
            json.put("wrong", wrong);
            json.put("precision", precision());
            json.put("recall", recall());
            json.put("f1", f1());
            return json;
        }

        static final class Builder {
            private int gold, found, right, dontCare, wrong;

            void gold(boolean isFound) {
                gold++;
                if (isFound) found++;
            }

            void right() {
                right++;
            }

            void dontCare() {
                dontCare++;
            }

            void wrong() {
                wrong++;
            }

            TypeCounts build(String type) {
                return new TypeCounts(type, gold, found, right, dontCare, wrong);
            }
        }
    }

    /**
     * Types ignored: predictions in scope compatible with any gold mention ({@code counted}), and
     * gold events with participants that some prediction is compatible with ({@code found}).
     */
    public record Untyped(int predictions, int counted, int gold, int found) {
        public double precision() {
            return ratio(counted, predictions);
        }

        public double recall() {
            return ratio(found, gold);
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("predictions", predictions);
            json.put("counted", counted);
            json.put("gold", gold);
            json.put("found", found);
            json.put("precision", precision());
            json.put("recall", recall());
            return json;
        }

        static final class Builder {
            private int predictions, counted, gold, found;

            void prediction(boolean isCounted) {
                predictions++;
                if (isCounted) counted++;
            }

            void gold(boolean isFound) {
                gold++;
                if (isFound) found++;
            }

            Untyped build() {
                return new Untyped(predictions, counted, gold, found);
            }
        }
    }

    /** How many of a right prediction's values were given ({@code judged}) and how many were right. */
    public record Judged(int judged, int right) {
        public double share() {
            return ratio(right, judged);
        }

        Judged add(boolean given, boolean isRight) {
            return given ? new Judged(judged + 1, right + (isRight ? 1 : 0)) : this;
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("judged", judged);
            json.put("right", right);
            json.put("share", share());
            return json;
        }
    }

    /**
     * Arguments of the right predictions: actor against arg0, target against arg1 and arg2 (and
     * arg1 alone), location against the gold location, each a precision over non-null values;
     * date accuracy over the predictions whose gold events have a calendar time.
     */
    public record Arguments(Judged actor, Judged target, Judged targetArg1, Judged location, Judged date) {
        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("actor", actor.toJson());
            json.put("target", target.toJson());
            json.put("target_arg1", targetArg1.toJson());
            json.put("location", location.toJson());
            json.put("date", date.toJson());
            return json;
        }

        static final class Builder {
            private Judged actor = new Judged(0, 0), target = actor, targetArg1 = actor, location = actor, date = actor;

            void actor(boolean given, boolean right) {
                actor = actor.add(given, right);
            }

            void target(boolean given, boolean right, boolean rightAsArg1) {
                target = target.add(given, right);
                targetArg1 = targetArg1.add(given, rightAsArg1);
            }

            void location(boolean given, boolean right) {
                location = location.add(given, right);
            }

            void date(boolean right) {
                date = date.add(true, right);
            }

            Arguments build() {
                return new Arguments(actor, target, targetArg1, location, date);
            }
        }
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        TypeCounts all = typed();
        out.append(String.format(Locale.ROOT, "Events: typed mentions in the annotated region, %d documents%n", docs));
        out.append(String.format(Locale.ROOT, "  %-24s %5s %5s %5s %9s %5s %9s %7s %7s%n",
                "type", "gold", "found", "right", "dont-care", "wrong", "precision", "recall", "f1"));
        for (TypeCounts t : byType) typeRow(out, t);
        typeRow(out, all);
        out.append(String.format(Locale.ROOT, "untyped (for information): precision %s (%d/%d predictions), recall %s (%d/%d gold events)%n",
                ReportText.number(untyped.precision()), untyped.counted(), untyped.predictions(),
                ReportText.number(untyped.recall()), untyped.found(), untyped.gold()));
        out.append(String.format(Locale.ROOT, "arguments of the %d right predictions (precision):%n", all.right()));
        judgedRow(out, "actor (arg0)", arguments.actor());
        judgedRow(out, "target (arg1+arg2)", arguments.target());
        judgedRow(out, "target (arg1)", arguments.targetArg1());
        judgedRow(out, "location", arguments.location());
        judgedRow(out, "date accuracy", arguments.date());
        if (outOfScope > 0) out.append(String.format(Locale.ROOT, "%d predicted events outside the annotated region, not scored%n", outOfScope));
        ReportText.documentProblems(out, failedDocs, textMismatches);
        listed(out, "wrong predictions", wrong);
        listed(out, "missed gold events", missed);
        ReportText.problems(out, skippedLines, errors);
        return out.toString();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("task", "events");
        json.put("docs", docs);
        json.put("typed", typed().toJson());
        Map<String, Object> types = new LinkedHashMap<>();
        for (TypeCounts t : byType) types.put(t.type(), t.toJson());
        json.put("by_type", types);
        json.put("untyped", untyped.toJson());
        json.put("arguments", arguments.toJson());
        json.put("out_of_scope", outOfScope);
        json.put("wrong", wrong);
        json.put("missed", missed);
        json.put("failed_docs", failedDocs);
        json.put("text_mismatches", textMismatches);
        json.put("skipped_lines", skippedLines);
        json.put("errors", errors);
        return json;
    }

    private static void typeRow(StringBuilder out, TypeCounts t) {
        out.append(String.format(Locale.ROOT, "  %-24s %5d %5d %5d %9d %5d %9s %7s %7s%n", t.type(), t.gold(), t.found(), t.right(),
                t.dontCare(), t.wrong(), ReportText.number(t.precision()), ReportText.number(t.recall()), ReportText.number(t.f1())));
    }

    private static void judgedRow(StringBuilder out, String label, Judged j) {
        out.append(String.format(Locale.ROOT, "  %-20s %s (%d/%d)%n", label, ReportText.number(j.share()), j.right(), j.judged()));
    }

    private static void listed(StringBuilder out, String what, List<String> lines) {
        out.append(String.format(Locale.ROOT, "%s (%d):%n", what, lines.size()));
        for (String line : lines) out.append("  ").append(line).append(System.lineSeparator());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
