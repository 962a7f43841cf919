package org.wirewatch.core.model;

/**
 * The tone of a span of text (an article, a segment, a sentence) in the sense of GDELT's V1.5TONE:
 * {@code positive} and {@code negative} are the share of the span's words that carry positive and
 * negative sentiment, per 100 words, each word weighted by its strength; {@code tone} is positive
 * minus negative, {@code polarity} positive plus negative, {@code words} the words counted.
 * A span without words has all zeros.
 *
 * @param start offset of the span's first character in the article text
 * @param end   offset after its last character
 */
public record ToneScore(int start, int end, double tone, double positive, double negative, double polarity, int words) {
    public ToneScore {
        Check.isTrue(start >= 0 && start <= end, "tone span [%d,%d)", start, end);
        Check.isTrue(positive >= 0 && negative >= 0 && words >= 0, "tone scores must not be negative: %s/%s/%s", positive, negative, words);
    }
}
