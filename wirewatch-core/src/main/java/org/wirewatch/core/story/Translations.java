package org.wirewatch.core.story;

import java.util.List;

/**
 * Tells a translation from an independent report in another language: a translation names the
 * same entities in the same order, gives the same amounts, is about as long, and appears within
 * days. Thread-safe: keeps no state.
 */
final class Translations {
    private static final long MAX_GAP_MINUTES = 3 * 24 * 60;
    private static final double MAX_LENGTH_RATIO = 2.5;
    private static final int MIN_ENTITIES = 3;

    private final Similarity similarity;

    Translations(Similarity similarity) {
        this.similarity = similarity;
    }

    /** 0 (not a translation) to 1; 0 for the same language or an unknown one. */
    double agreement(Similarity.Weighted x, Similarity.Weighted y) {
        Evidence a = x.evidence(), b = y.evidence();
        if (a.lang() == null || b.lang() == null || a.lang().equals(b.lang())) return 0;
        if (a.hasTime() && b.hasTime() && Math.abs(a.minute() - b.minute()) > MAX_GAP_MINUTES) return 0;
        double longer = Math.max(a.length(), b.length()), shorter = Math.max(1, Math.min(a.length(), b.length()));
        if (longer / shorter > MAX_LENGTH_RATIO) return 0;
        int fewer = Math.min(a.entityOrder().size(), b.entityOrder().size());
        if (fewer < MIN_ENTITIES) return 0;
        double order = (double) commonSubsequence(a.entityOrder(), b.entityOrder()) / fewer;
        double entities = similarity.score(x, y).entities();
        double amounts = a.amounts().isEmpty() || b.amounts().isEmpty() ? 1 : Similarity.overlap(a.amounts(), b.amounts());
        return (0.5 * order + 0.5 * entities) * (0.6 + 0.4 * amounts);
    }

    /** Length of the longest common subsequence (both lists are at most a few dozen ids). */
    static int commonSubsequence(List<String> a, List<String> b) {
        int[] row = new int[b.size() + 1];
        for (String x : a) {
            int diagonal = 0;
            for (int j = 1; j <= b.size(); j++) {
                int above = row[j];
                row[j] = x.equals(b.get(j - 1)) ? diagonal + 1 : Math.max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.size()];
    }
}
