package org.wirewatch.core.eval;

import java.util.Arrays;

/**
 * The size of a maximum one-to-one matching between predicted and gold items. One-to-one
 * keeps "correct" at most min(gold, predicted), so one long prediction overlapping two gold
 * expressions is credited once; a maximum matching (not a greedy one) makes the score
 * independent of the order the items come in.
 */
final class Matching {
    private Matching() {}

    @FunctionalInterface
    interface Compatible {
        boolean test(int predicted, int gold);
    }

    /** Kuhn's augmenting paths: O(p·g·(p+g)), ample for the handful of items in one document. */
    static int maximum(int predicted, int gold, Compatible compatible) {
        int[] goldTakenBy = new int[gold];
        Arrays.fill(goldTakenBy, -1);
        int matched = 0;
        for (int p = 0; p < predicted; p++) {
            if (augment(p, new boolean[gold], goldTakenBy, compatible)) matched++;
        }
        return matched;
    }

    private static boolean augment(int p, boolean[] visited, int[] goldTakenBy, Compatible compatible) {
        for (int g = 0; g < goldTakenBy.length; g++) {
            if (visited[g] || !compatible.test(p, g)) continue;
            visited[g] = true;
            if (goldTakenBy[g] < 0 || augment(goldTakenBy[g], visited, goldTakenBy, compatible)) {
                goldTakenBy[g] = p;
                return true;
            }
        }
        return false;
    }
}
