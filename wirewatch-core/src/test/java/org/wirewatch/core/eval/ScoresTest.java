package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScoresTest {
    private static final double EPS = 1e-9;

    @Test
    void precision_recall_f1_from_counts() {
        Scores s = new Scores(10, 8, 6);
        assertEquals(0.75, s.precision(), EPS);          // 6/8
        assertEquals(0.6, s.recall(), EPS);              // 6/10
        assertEquals(12.0 / 18, s.f1(), EPS);            // 2·0.75·0.6/1.35 = 2·6/(10+8)
    }

    @Test
    void nothing_predicted_is_zero_precision_not_nan() {
        Scores s = new Scores(5, 0, 0);
        assertEquals(0, s.precision());
        assertEquals(0, s.recall());
        assertEquals(0, s.f1());
        assertEquals(0, Scores.ZERO.f1());
    }

    @Test
    void sums_add_counts_not_ratios() {
        Scores s = new Scores(2, 1, 1).plus(new Scores(2, 3, 1));
        assertEquals(new Scores(4, 4, 2), s);
        assertEquals(0.5, s.f1(), EPS);     // micro: 2·2/(4+4), not the mean of 2/3 and 2/5
    }

    @Test
    void correct_cannot_exceed_predicted() {
        assertThrows(IllegalArgumentException.class, () -> new Scores(3, 1, 2));
    }
}
