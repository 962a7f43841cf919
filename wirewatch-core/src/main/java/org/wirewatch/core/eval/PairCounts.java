package org.wirewatch.core.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Check;

/**
 * Pairwise precision, recall and F1 of a clustering against gold clusters: over every pair of
 * items, a pair the system puts together is right when gold puts it together too. Unlike BCubed,
 * which averages over items, this counts pairs, so it says directly how many gold links (an
 * article and its translation) were made. With no pair on a side, that side's score is 0.
 */
public record PairCounts(double precision, double recall, double f1, long goldPairs, long predictedPairs, long sharedPairs) {

    /** Labels as in {@link BCubed#of}: one gold and one predicted label per item, compared for equality only. */
    public static PairCounts of(List<String> gold, List<String> predicted) {
        Check.isTrue(gold.size() == predicted.size(), "%d gold labels but %d predicted", gold.size(), predicted.size());
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predictedSize = new HashMap<>();
        Map<List<String>, Integer> both = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            goldSize.merge(gold.get(i), 1, Integer::sum);
            predictedSize.merge(predicted.get(i), 1, Integer::sum);
            both.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
        }
        long g = pairs(goldSize), p = pairs(predictedSize), shared = pairs(both);
        double precision = p == 0 ? 0 : (double) shared / p;
        double recall = g == 0 ? 0 : (double) shared / g;
        double f = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairCounts(precision, recall, f, g, p, shared);
    }

    private static long pairs(Map<?, Integer> sizes) {
        long n = 0;
        for (int size : sizes.values()) n += (long) size * (size - 1) / 2;
        return n;
    }
}
