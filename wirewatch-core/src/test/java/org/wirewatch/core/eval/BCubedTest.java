package org.wirewatch.core.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
    private static final double EPS = 1e-9;

    @Test
    void item_averaged_precision_and_recall() {
        // gold A={1,2,3} B={4,5} C={6}; predicted X={1,2} Y={3,4,5,6}
        // precision per item: 1, 1, 1/4, 2/4, 2/4, 1/4 → 3.5/6 = 7/12
        // recall per item:    2/3, 2/3, 1/3, 1, 1, 1 → (14/3)/6 = 7/9
        // F1 = 2·(7/12)·(7/9) / (7/12 + 7/9) = 2/3
        BCubed b = BCubed.of(List.of("A", "A", "A", "B", "B", "C"), List.of("X", "X", "Y", "Y", "Y", "Y"));
        assertEquals(7.0 / 12, b.precision(), EPS);
        assertEquals(7.0 / 9, b.recall(), EPS);
        assertEquals(2.0 / 3, b.f1(), EPS);
        assertEquals(6, b.items());
    }

    @Test
    void all_singletons_are_precise_but_miss_recall() {
        // gold {1,2} {3}: recall 1/2, 1/2, 1 → 2/3
        BCubed b = BCubed.of(List.of("A", "A", "B"), List.of("s1", "s2", "s3"));
        assertEquals(1, b.precision(), EPS);
        assertEquals(2.0 / 3, b.recall(), EPS);
        assertEquals(0.8, b.f1(), EPS);
    }

    @Test
    void label_names_do_not_matter_only_grouping() {
        BCubed b = BCubed.of(List.of("A", "A", "B"), List.of("B", "B", "A"));
        assertEquals(1, b.f1(), EPS);
    }
}
