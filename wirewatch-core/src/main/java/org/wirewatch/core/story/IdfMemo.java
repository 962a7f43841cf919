package org.wirewatch.core.story;

import java.util.Arrays;

/**
 * {@link Rarity#idfOf} remembered by document frequency while the number of units counted stays
 * the same, which it does for the whole placing of one unit: a story's entity fit
 * ({@code StoryClusterer.focus}) weighs every entity of every candidate story, and a logarithm per
 * entity was a tenth of placing's CPU time at 50,000 articles. The values are the very doubles
 * {@link Rarity#idfOf} gives. Not thread-safe: one clusterer owns one.
 */
final class IdfMemo {
    /** Frequencies up to this are remembered; rarer-than-common terms are nearly all below it. */
    private static final int SIZE = 1 << 12;

    private final Rarity rarity;
    private final double[] idf = new double[SIZE];
    private final int[] documentsAt = new int[SIZE];

    IdfMemo(Rarity rarity) {
        this.rarity = rarity;
        Arrays.fill(documentsAt, -1);
    }

    double of(int df) {
        if (df >= SIZE) return rarity.idfOf(df);
        int documents = rarity.documents();
        if (documentsAt[df] != documents) {
            idf[df] = rarity.idfOf(df);
            documentsAt[df] = documents;
        }
        return idf[df];
    }
}
