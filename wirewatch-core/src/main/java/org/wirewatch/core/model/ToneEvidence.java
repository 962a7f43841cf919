package org.wirewatch.core.model;

/**
 * A word or phrase that carried tone: the sentiment word with the words that changed it ("not a
 * success", "very good"), and its valence after them, on the lexicon's scale (-4 very negative
 * to +4 very positive; VADER's).
 */
public record ToneEvidence(int start, int end, String text, double valence) {
    public ToneEvidence {
        Check.isTrue(start >= 0 && start <= end, "tone evidence [%d,%d)", start, end);
        Check.notNullParam(text, "text");
    }
}
