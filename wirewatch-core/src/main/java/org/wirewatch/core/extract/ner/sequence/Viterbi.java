package org.wirewatch.core.extract.ner.sequence;

/**
 * The best tag sequence under per-token scores and first-order transition scores, with the
 * BILOU constraints as hard limits (an I never follows O), so every result decodes to whole spans.
 * Stateless.
 */
final class Viterbi {
    private static final float NEVER = Float.NEGATIVE_INFINITY;
    private static final boolean[][] ALLOWED = allowedTable();

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
        float[][] score = new float[n][k];
        int[][] back = new int[n][k];
        for (int t = 0; t < k; t++) {
            score[0][t] = ALLOWED[Bilou.START][t] ? emission[0][t] + transitions[Bilou.START * k + t] : NEVER;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < k; t++) {
                float top = NEVER;
                int arg = 0;
                for (int p = 0; p < k; p++) {
                    if (!ALLOWED[p][t] || score[i - 1][p] == NEVER) continue;
                    float s = score[i - 1][p] + transitions[p * k + t];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                score[i][t] = top == NEVER ? NEVER : top + emission[i][t];
                back[i][t] = arg;
            }
        }
        int last = 0;
        float top = NEVER;
        for (int t = 0; t < k; t++) {
            if (Bilou.canEnd(t) && score[n - 1][t] > top) {
                top = score[n - 1][t];
                last = t;
            }
        }
        best[n - 1] = last;
        for (int i = n - 1; i > 0; i--) best[i - 1] = back[i][best[i]];
        return best;
    }

    private static boolean[][] allowedTable() {
        boolean[][] table = new boolean[Bilou.COUNT + 1][Bilou.COUNT];
        for (int p = 0; p <= Bilou.COUNT; p++) for (int t = 0; t < Bilou.COUNT; t++) table[p][t] = Bilou.allowed(p, t);
        return table;
    }
}
