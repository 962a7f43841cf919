package org.wirewatch.core.extract.tone;

import java.util.Locale;

/**
 * A target-sentiment model's confusion on held-out targets (rows gold, columns predicted:
 * negative, neutral, positive), with the figures of {@code eval entity-sentiment}: per-class F1,
 * macro-F1 and F1(P,N). Immutable.
 */
public record SentimentScore(int[][] confusion) {
    public SentimentScore {
        int[][] copy = new int[3][];
        for (int g = 0; g < 3; g++) copy[g] = confusion[g].clone();
        confusion = copy;
    }

    public double f1(int c) {
        int gold = 0, predicted = 0;
        for (int k = 0; k < 3; k++) {
            gold += confusion[c][k];
            predicted += confusion[k][c];
        }
        return gold + predicted == 0 ? 0 : 2.0 * confusion[c][c] / (gold + predicted);
    }

    public double macroF1() {
        return (f1(0) + f1(1) + f1(2)) / 3;
    }

    public double f1PosNeg() {
        return (f1(0) + f1(2)) / 2;
    }

    public String toText() {
        return String.format(Locale.ROOT, "macro-F1 %.4f  F1(P,N) %.4f  F1 negative %.4f neutral %.4f positive %.4f",
                macroF1(), f1PosNeg(), f1(0), f1(1), f1(2));
    }
}
