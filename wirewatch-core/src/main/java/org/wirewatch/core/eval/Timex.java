package org.wirewatch.core.eval;

import java.util.Locale;

/**
 * A temporal expression, gold or predicted: span [start, end), TimeML type (null when not given)
 * and normalised value (null when not given).
 */
record Timex(int start, int end, String type, String value) {

    boolean sameSpan(Timex other) {
        return start == other.start && end == other.end;
    }

    boolean overlaps(Timex other) {
        return start < other.end && other.start < end;
    }

    /** Values compare after trimming and upper-casing ("2024-07-08t10:00" is "2024-07-08T10:00"); null never matches. */
    boolean sameValue(Timex other) {
        return value != null && other.value != null && normalised(value).equals(normalised(other.value));
    }

    /** ISO-8601 durations ("P3D", "PT2H", "PXY"), but not the TimeML references PRESENT_REF/PAST_REF/FUTURE_REF. */
    boolean looksLikeDuration() {
        return value != null && normalised(value).matches("P(T?[0-9X.,]+[YMWDHS]|T?X+).*");
    }

    private static String normalised(String v) {
        return v.trim().toUpperCase(Locale.ROOT);
    }
}
