package org.wirewatch.core.model;

/** Argument checks at API boundaries; each message names the offending parameter. */
public final class Check {
    private Check() {}

    public static <T> T notNullParam(T value, String name) {
        if (value == null) throw new IllegalArgumentException(name + " must not be null");
        return value;
    }

    public static void isTrue(boolean condition, String format, Object... args) {
        if (!condition) throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
    }

    public static void span(int start, int end, int length, String what) {
        isTrue(start >= 0 && start <= end && end <= length,
                "%s span [%d,%d) outside text of length %d", what, start, end, length);
    }
}
