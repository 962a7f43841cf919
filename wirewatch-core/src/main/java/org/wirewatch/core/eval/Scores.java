package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.wirewatch.core.model.Check;

/**
 * The counts behind precision, recall and F1.
 *
 * <p>Zero denominators are defined rather than NaN, so sums and JSON stay well formed:
 * precision is 0 when nothing was predicted, recall is 0 when there is no gold, and F1 is 0
 * when both are 0. Reports print the counts beside the ratios, so "precision 0, predicted 0"
 * can never be read as a measured failure.
 *
 * @param gold      items in the gold data
 * @param predicted items the system produced
 * @param correct   predicted items that match a gold item one-to-one
 */
public record Scores(int gold, int predicted, int correct) {
    public static final Scores ZERO = new Scores(0, 0, 0);

    public Scores {
        Check.isTrue(gold >= 0 && predicted >= 0 && correct >= 0, "negative count in %d/%d/%d", gold, predicted, correct);
        Check.isTrue(correct <= gold && correct <= predicted,
                "correct %d exceeds gold %d or predicted %d", correct, gold, predicted);
    }

    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) correct / gold;
    }

    /** The harmonic mean of precision and recall, written as 2c/(g+p) so it needs no special case but 0/0. */
    public double f1() {
        return gold + predicted == 0 ? 0 : 2.0 * correct / (gold + predicted);
    }

    public Scores plus(Scores other) {
        return new Scores(gold + other.gold, predicted + other.predicted, correct + other.correct);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("gold", gold);
        json.put("predicted", predicted);
        json.put("correct", correct);
        json.put("precision", precision());
        json.put("recall", recall());
        json.put("f1", f1());
        return json;
    }
}
