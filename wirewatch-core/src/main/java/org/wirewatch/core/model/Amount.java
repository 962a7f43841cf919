package org.wirewatch.core.model;

/** A number with what it counts; {@code count} is a GDELT-style category (KILL, WOUND, …) or null. */
public record Amount(int start, int end, String text, double value, String object, String count) {}
