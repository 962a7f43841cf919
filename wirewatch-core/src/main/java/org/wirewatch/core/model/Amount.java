package org.wirewatch.core.model;

/**
 * A number with what it counts: "90 drones" is (90, "drone"). {@code object} is the counted noun's
 * lemma in English where known; {@code approximate} is set by "more than", "at least", "около"…;
 * {@code count} is a GDELT-style category (KILL, WOUND, EVACUATE, …) or null.
 */
public record Amount(int start, int end, String text, double value, String object, boolean approximate, String count) {
    public Amount {
        Check.isTrue(start >= 0 && start <= end, "amount [%d,%d)", start, end);
    }
}
