package org.wirewatch.core.lang;

/**
 * A bounded, body-like sample of a document for identifying its language. Identifying the whole
 * text costs time in proportion to its length (Lingua: ~450 seed documents/s whole against ~3,000/s
 * on 1,000 characters), and the first prose of an article already says its language for certain.
 * Short lines are skipped because they are mostly page furniture in any language: language
 * switchers ("ua en ru"), photo captions, counters, times.
 */
final class DocumentSample {
    private DocumentSample() {}

    /** Lines with fewer letters than this are not prose. */
    static final int PROSE_LINE_LETTERS = 20;

    /**
     * The document's prose lines, in order, until {@code maxLetters} letters are collected; if it has
     * no prose line, its beginning up to {@code maxLetters} letters.
     */
    static String of(CharSequence text, int maxLetters) {
        StringBuilder sample = new StringBuilder(Math.min(text.length(), maxLetters * 5 / 4));
        int letters = 0;
        int n = text.length();
        int lineStart = 0;
        while (lineStart < n && letters < maxLetters) {
            int lineEnd = lineStart;
            int lineLetters = 0;
            while (lineEnd < n && text.charAt(lineEnd) != '\n') {
                if (Character.isLetter(text.charAt(lineEnd))) lineLetters++;
                lineEnd++;
            }
            if (lineLetters >= PROSE_LINE_LETTERS) {
                letters += append(sample, text, lineStart, lineEnd, maxLetters - letters);
                sample.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        if (sample.length() > 0) return sample.toString();
        append(sample, text, 0, n, maxLetters);
        return sample.toString();
    }

    /** Appends text[from, to) up to {@code budget} letters, ending at a word boundary; returns letters taken. */
    private static int append(StringBuilder out, CharSequence text, int from, int to, int budget) {
        int letters = 0;
        int end = from;
        while (end < to && letters < budget) {
            if (Character.isLetter(text.charAt(end))) letters++;
            end++;
        }
        while (end < to && Character.isLetter(text.charAt(end))) end++;   // finish the word
        out.append(text, from, end);
        return letters;
    }
}
