package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wirewatch.core.model.Check;

/**
 * The confusion matrix of snippet checks, summed over pages (micro average): a wanted snippet
 * found is a true positive, missed a false negative; an unwanted snippet found is a false
 * positive, absent a true negative. Every ratio is 0 when its denominator is 0.
 */
record SnippetCounts(int tp, int fp, int fn, int tn) {
    static final SnippetCounts ZERO = new SnippetCounts(0, 0, 0, 0);

    SnippetCounts {
        Check.isTrue(tp >= 0 && fp >= 0 && fn >= 0 && tn >= 0, "negative count in %d/%d/%d/%d", tp, fp, fn, tn);
    }

    SnippetCounts plus(SnippetCounts o) {
        return new SnippetCounts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
    }

    double precision() {
        return ratio(tp, tp + fp);
    }

    double recall() {
        return ratio(tp, tp + fn);
    }

    double f1() {
        return ratio(2.0 * tp, 2.0 * tp + fp + fn);
    }

    double accuracy() {
        return ratio(tp + tn, tp + fp + fn + tn);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tp", tp);
        json.put("fp", fp);
        json.put("fn", fn);
        json.put("tn", tn);
        json.put("precision", precision());
        json.put("recall", recall());
        json.put("f1", f1());
        json.put("accuracy", accuracy());
        return json;
    }
}
