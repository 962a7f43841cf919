package org.wirewatch.core.extract.ner.sequence;

/**
 * The best tag sequence under per-token scores and first-order transition scores, with the
 * BILOU constraints as hard limits (an I never follows O), so every result decodes to whole spans.
 * Stateless.
 */
final class Viterbi {
    private static final float NEVER = Float.NEGATIVE_INFINITY;
    private static final boolean[][] ALLOWED = allowedTable();
    /** For each tag, the tags that may come before it, in increasing order (the order ties are broken in). */
    private static final int[][] BEFORE = predecessors();

    private Viterbi() {}

    /**
     * @param emission    {@code emission[i][t]}: the score of tag t on token i
     * @param transitions {@code transitions[prev * COUNT + next]}, prev {@link Bilou#START} for the first token
     */
    static int[] decode(float[][] emission, float[] transitions) {
        int n = emission.length;
        int k = Bilou.COUNT;
        int[] best = new int[n];
        if (n == 0) return best;
        float[] score = new float[n * k];   // score[i * k + t], back likewise: two arrays, not 2n
        int[] back = new int[n * k];
        for (int t = 0; t < k; t++) {
            score[t] = ALLOWED[Bilou.START][t] ? emission[0][t] + transitions[Bilou.START * k + t] : NEVER;
        }
        for (int i = 1; i < n; i++) {
            int here = i * k;
            int before = here - k;
            float[] e = emission[i];
            for (int t = 0; t < k; t++) {
                float top = NEVER;
                int arg = 0;
                for (int p : BEFORE[t]) {
                    float previous = score[before + p];
                    if (previous == NEVER) continue;
                    float s = previous + transitions[p * k + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                score[here + t] = top == NEVER ? NEVER : top + e[t];
                back[here + t] = arg;
            }
        }
        int last = 0;
        float top = NEVER;
        int end = (n - 1) * k;
        for (int t = 0; t < k; t++) {
            if (Bilou.canEnd(t) && score[end + t] > top) {
                top = score[end + t];
                last = t;
            }
        }
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i * k + best[i]];
        return best;
    }

    private static int[][] predecessors() {
        int[][] before = new int[Bilou.COUNT][];
        for (int t = 0; t < Bilou.COUNT; t++) {
            IntList p = new IntList(Bilou.COUNT);
            for (int q = 0; q < Bilou.COUNT; q++) if (ALLOWED[q][t]) p.add(q);
            before[t] = p.toArray();
        }
        return before;
    }

    private static boolean[][] allowedTable() {
        boolean[][] table = new boolean[Bilou.COUNT + 1][Bilou.COUNT];
        for (int p = 0; p <= Bilou.COUNT; p++) for (int t = 0; t < Bilou.COUNT; t++) table[p][t] = Bilou.allowed(p, t);
        return table;
    }
}
