package org.wirewatch.core.extract.dates;

/**
 * A token for date matching: a run of letters (apostrophes inside kept: "п'ятницю", "we'll"),
 * a run of digits, or one other visible character. {@code sentence} numbers the tense scope the
 * token is in (its sentence, cut at full stops; see {@link Words}), for tense cues.
 */
record Word(int start, int end, String lower, Kind kind, boolean capital, int sentence) {
    enum Kind { LETTERS, DIGITS, MARK }

    boolean letters() {
        return kind == Kind.LETTERS;
    }

    boolean digits() {
        return kind == Kind.DIGITS;
    }

    /** The number a digit run spells, or -1 for anything else or a run too long to be a date part. */
    int number() {
        return kind == Kind.DIGITS && lower.length() <= 4 ? Integer.parseInt(lower) : -1;
    }

    boolean is(String mark) {
        return lower.equals(mark);
    }
}
