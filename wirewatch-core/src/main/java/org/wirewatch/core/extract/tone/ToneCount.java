package org.wirewatch.core.extract.tone;

import org.wirewatch.core.model.ToneScore;

/**
 * Adds up sentiment words the way GDELT's V1.5TONE counts them, per 100 words, with one change:
 * a word counts by its strength, a word of valence 2 (VADER's "good", "hurt") as one word, a
 * valence of 4 as two, so that "catastrophe" weighs more than "concern". Not thread-safe: one per
 * span being counted.
 */
final class ToneCount {
    /** The valence that counts as one word. */
    static final double ONE_WORD = 2.0;

    private double positive;
    private double negative;
    private int words;

    void add(ToneHit hit) {
        if (hit.valence() > 0) positive += hit.valence() / ONE_WORD;
        else negative += -hit.valence() / ONE_WORD;
    }

    void words(int n) {
        words += n;
    }

    void add(ToneCount other) {
        positive += other.positive;
        negative += other.negative;
        words += other.words;
    }

    ToneScore score(int start, int end) {
        if (words == 0) return new ToneScore(start, end, 0, 0, 0, 0, 0);
        double pos = round(100 * positive / words);
        double neg = round(100 * negative / words);
        return new ToneScore(start, end, round(pos - neg), pos, neg, round(pos + neg), words);
    }

    /** Four decimals: enough for any comparison, and records stay short. */
    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
