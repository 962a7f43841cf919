package org.wirewatch.core.clean;

/**
 * One non-blank line of the input.
 *
 * @param number 1-based line number in the input
 * @param start  offset of the line's first non-blank char in the input
 * @param end    offset just past its last non-blank char
 * @param text   the line with runs of whitespace collapsed to one space; what the cleaned text keeps
 * @param norm   {@link Norm} form for matching cues; empty for very long lines, which are never furniture
 * @param words  number of whitespace-separated tokens that hold a letter or digit
 */
record Line(int number, int start, int end, String text, String norm, int words) {

    /** Lines longer than this are body text whatever they say, so they skip cue matching. */
    static final int MAX_MATCHED_CHARS = 2_000;

    boolean endsSentence() {
        return LineShape.endsSentence(text);
    }

    /** A line of running text: a sentence of some length, or a long line however it ends. */
    boolean isProse() {
        return (endsSentence() && words >= 4) || words > 25;
    }
}
