package org.wirewatch.core.extract.tone;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Chooses the offset of the neutral class's score by cross-validation on the training targets:
 * trained with class weights, a model still calls too few or too many targets polar for F1 over
 * the positive and negative classes, the figure the task is scored by. Folds are whole sentences
 * (a sentence's targets share its words), every fifth sentence held out in turn; the offset with
 * the best pooled F1(P,N) over the held-out targets wins, the one nearest 0 on a tie. Stateless.
 */
final class NeutralOffset {
    static final int FOLDS = 5;
    static final double[] GRID = {-2, -1.5, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 1};

    private NeutralOffset() {}

    /**
     * @param sentenceOf each target's sentence index, so that folds keep sentences whole
     * @param fit        trains weights (3 per slot) on some targets
     */
    static double choose(SentimentTraining.Examples all, List<Integer> sentenceOf,
                         BiFunction<SentimentTraining.Examples, PrintWriter, float[]> fit, PrintWriter progress) {
        int[][][] confusion = new int[GRID.length][3][3];
        PrintWriter quiet = new PrintWriter(PrintWriter.nullWriter());
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> train = new ArrayList<>(), held = new ArrayList<>();
            for (int i = 0; i < sentenceOf.size(); i++) (sentenceOf.get(i) % FOLDS == fold ? held : train).add(i);
            float[] w = fit.apply(all.subset(train), quiet);
            for (int i : held) {
                double[] z = scores(w, all.slots().get(i), all.values().get(i));
                for (int o = 0; o < GRID.length; o++) confusion[o][all.gold().get(i)][best(z, GRID[o])]++;
            }
            progress.printf(Locale.ROOT, "neutral offset: fold %d/%d trained%n", fold + 1, FOLDS);
            progress.flush();
        }
        int chosen = 0;
        for (int o = 0; o < GRID.length; o++) {
            double f = new SentimentScore(confusion[o]).f1PosNeg(), b = new SentimentScore(confusion[chosen]).f1PosNeg();
            progress.printf(Locale.ROOT, "neutral offset %+.2f: cross-validated F1(P,N) %.4f%n", GRID[o], f);
            if (f > b || (f == b && Math.abs(GRID[o]) < Math.abs(GRID[chosen]))) chosen = o;
        }
        progress.printf(Locale.ROOT, "neutral offset chosen: %+.2f%n", GRID[chosen]);
        progress.flush();
        return GRID[chosen];
    }

    private static double[] scores(float[] w, int[] slots, float[] values) {
        double[] z = new double[3];
        for (int k = 0; k < slots.length; k++) for (int c = 0; c < 3; c++) z[c] += w[slots[k] * 3 + c] * values[k];
        return z;
    }

    private static int best(double[] z, double neutralOffset) {
        double n = z[1] + neutralOffset;
        return z[0] >= n && z[0] >= z[2] ? 0 : n >= z[2] ? 1 : 2;
    }
}
