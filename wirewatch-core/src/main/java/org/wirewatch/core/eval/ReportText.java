package org.wirewatch.core.eval;

import java.util.List;
import java.util.Locale;

/** Shared pieces of the human-readable reports: one number format, one table layout, the error list. */
final class ReportText {
    /** Enough errors to diagnose a broken file without burying the scores. */
    static final int ERRORS_SHOWN = 20;

    private ReportText() {}

    static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }

    static String scoresHeader() {
        return String.format(Locale.ROOT, "  %-14s %7s %9s %7s %9s %7s %7s%n", "", "gold", "predicted", "correct", "precision", "recall", "f1");
    }

    static String scoresRow(String label, Scores s) {
        return String.format(Locale.ROOT, "  %-14s %7d %9d %7d %9s %7s %7s%n", label, s.gold(), s.predicted(), s.correct(),
                number(s.precision()), number(s.recall()), number(s.f1()));
    }

    /** The skipped-line count always, then the first errors. */
    /** Documents the analyser failed on, or whose text it changed so that offsets no longer line up. */
    static void documentProblems(StringBuilder out, int failedDocs, int textMismatches) {
        if (failedDocs > 0) {
            out.append(String.format(Locale.ROOT, "analysis failed on %d documents (scored as predicting nothing)%n", failedDocs));
        }
        if (textMismatches > 0) {
            out.append(String.format(Locale.ROOT,
                    "%d documents came back with text different from the gold text; their offsets may not line up (analyse raw text)%n",
                    textMismatches));
        }
    }

    static void problems(StringBuilder out, int skippedLines, List<String> errors) {
        out.append(String.format(Locale.ROOT, "skipped gold lines: %d%n", skippedLines));
        if (errors.isEmpty()) return;
        out.append(String.format(Locale.ROOT, "errors (%d):%n", errors.size()));
        errors.stream().limit(ERRORS_SHOWN).forEach(e -> out.append("  ").append(e).append(System.lineSeparator()));
        if (errors.size() > ERRORS_SHOWN) {
            out.append(String.format(Locale.ROOT, "  … and %d more%n", errors.size() - ERRORS_SHOWN));
        }
    }
}
