package org.wirewatch.core.extract.amounts;

/**
 * A number read from tokens {@code [first, end)}: its value with any multiplier applied, whether it
 * was four bare digits that could be a year, and whether it is only approximate by itself: a range
 * ("10 to 15", valued at its lower end) or a vague number ("dozens", "сотни").
 */
record Quantity(int first, int end, double value, boolean yearLike, boolean approximate) {
    Quantity(int first, int end, double value, boolean yearLike) {
        this(first, end, value, yearLike, false);
    }
}
