package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchingTest {

    @Test
    void finds_the_maximum_where_greedy_would_not() {
        // predicted 0 fits gold 0 and 1; predicted 1 fits only gold 0. Greedy 0→0 leaves 1 unmatched.
        boolean[][] fits = {{true, true}, {true, false}};
        assertEquals(2, Matching.maximum(2, 2, (p, g) -> fits[p][g]));
    }

    @Test
    void one_prediction_covers_at_most_one_gold_item() {
        assertEquals(1, Matching.maximum(1, 3, (p, g) -> true));
    }
}
