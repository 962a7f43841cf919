package org.wirewatch.core.eval;

/** A character span [start, end) of a text; an empty span (a bare position) counts as its one character. */
record TextSpan(int start, int end) {
    TextSpan {
        if (start < 0 || end < start) throw new GoldFormatException("span [" + start + "," + end + ") is not a span");
    }

    /** At least one character in common. */
    boolean overlaps(TextSpan other) {
        return start < other.effectiveEnd() && other.start < effectiveEnd();
    }

    /** {@code other} lies wholly inside this span. */
    boolean contains(TextSpan other) {
        return start <= other.start && other.effectiveEnd() <= effectiveEnd();
    }

    boolean containsPosition(int position) {
        return start <= position && position < effectiveEnd();
    }

    private int effectiveEnd() {
        return Math.max(end, start + 1);
    }
}
