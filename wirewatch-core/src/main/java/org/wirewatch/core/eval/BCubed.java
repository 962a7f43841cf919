package org.wirewatch.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Check;

/**
 * BCubed precision, recall and F1 of a clustering against gold clusters (Bagga &amp; Baldwin 1998),
 * averaged over items: for item i with predicted cluster C(i) and gold cluster L(i),
 * precision_i = |C(i) ∩ L(i)| / |C(i)| and recall_i = |C(i) ∩ L(i)| / |L(i)|.
 * F1 is the harmonic mean of the two averages. With no items all three are 0.
 */
public record BCubed(double precision, double recall, double f1, int items) {

    /**
     * @param gold      the gold cluster label of each item
     * @param predicted the predicted cluster label of each item, in the same order; labels are
     *                  only compared for equality, so a singleton needs a label of its own
     */
    public static BCubed of(List<String> gold, List<String> predicted) {
        Check.isTrue(gold.size() == predicted.size(), "%d gold labels but %d predicted", gold.size(), predicted.size());
        int n = gold.size();
        if (n == 0) return new BCubed(0, 0, 0, 0);
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<List<String>, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            both.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        double p = 0, r = 0;
        for (int i = 0; i < n; i++) {
            double shared = both.get(List.of(gold.get(i), predicted.get(i)));
            p += shared / predictedSize.get(predicted.get(i));
            r += shared / goldSize.get(gold.get(i));
        }
        p /= n;
        r /= n;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new BCubed(p, r, f, n);
    }
}
