package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CorrelationTest {
    private static final double EPS = 1e-9;

    @Test
    void pearson_matches_hand_computation() {
        // means 2.5 and 5; Σdxdy = 4.5+0.5+0+6 = 11, Σdx² = 5, Σdy² = 26 → r = 11/√130
        Correlation r = Correlation.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9});
        assertEquals(11 / Math.sqrt(130), r.value().getAsDouble(), EPS);
        assertEquals(4, r.n());
        assertEquals("0.9648", r.toText());
    }

    @Test
    void perfectly_reversed_is_minus_one() {
        assertEquals(-1, Correlation.pearson(new double[] {0, 0.5, 1}, new double[] {3, 2, 1}).value().getAsDouble(), EPS);
    }

    @Test
    void ties_share_their_average_rank() {
        assertArrayEquals(new double[] {1, 4, 2.5, 2.5}, Correlation.ranks(new double[] {10, 30, 20, 20}), EPS);
    }

    @Test
    void spearman_is_pearson_of_ranks() {
        // ranks x = 1, 2.5, 2.5, 4; y = 1, 3, 2, 4 → Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5 → 4.5/√22.5
        Correlation rho = Correlation.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4});
        assertEquals(4.5 / Math.sqrt(22.5), rho.value().getAsDouble(), EPS);
    }

    @Test
    void spearman_ignores_monotone_distortion() {
        Correlation rho = Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {1, 8, 27, 1000});
        assertEquals(1, rho.value().getAsDouble(), EPS);
    }

    @Test
    void undefined_cases_say_why() {
        Correlation one = Correlation.pearson(new double[] {0.5}, new double[] {2});
        assertFalse(one.isDefined());
        assertEquals("undefined (fewer than 2 pairs (n=1))", one.toText());

        Correlation flat = Correlation.pearson(new double[] {0.1, 0.1, 0.1}, new double[] {1, 2, 3});
        assertEquals("predicted scores are constant", flat.undefinedReason());

        Correlation flatGold = Correlation.spearman(new double[] {0.1, 0.2, 0.3}, new double[] {2, 2, 2});
        assertEquals("gold scores are constant", flatGold.undefinedReason());
    }
}
