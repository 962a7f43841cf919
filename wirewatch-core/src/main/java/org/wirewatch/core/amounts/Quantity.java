package org.wirewatch.core.amounts;

/**
 * A number read from tokens {@code [first, end)}: its value with any multiplier applied, and
 * whether it was four bare digits that could be a year.
 */
record Quantity(int first, int end, double value, boolean yearLike) {}
