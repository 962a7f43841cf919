package org.wirewatch.core.extract.ner.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NameTypeModel}: a multi-class perceptron whose weights are averaged over every
 * step (Collins 2002), which generalises far better than the last weights. The examples are
 * shuffled with a fixed seed each epoch, so the same examples give the same model.
 */
public final class AveragedPerceptron {
    private static final NameKind[] KINDS = NameKind.values();

    private final WordFeatures features;
    private final int epochs;
    private final long seed;

    public AveragedPerceptron(WordFeatures features, int epochs, long seed) {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
        this.features = features;
        this.epochs = epochs;
        this.seed = seed;
    }

    public NameTypeModel train(List<LabelledWord> examples) {
        int[][] encoded = new int[examples.size()][];
        for (int i = 0; i < examples.size(); i++) encoded[i] = features.of(examples.get(i).word());
        float[] w = new float[features.buckets() * KINDS.length];
        // Sum over steps of each update times its step: the average is w - u / steps (no per-step copy).
        double[] u = new double[w.length];
        List<Integer> order = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) order.add(i);
        Random random = new Random(seed);
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                int gold = examples.get(i).kind().ordinal();
                int guess = argmax(w, encoded[i]);
                if (guess != gold) {
                    for (int f : encoded[i]) {
                        w[f * KINDS.length + gold] += 1;
                        u[f * KINDS.length + gold] += step;
                        w[f * KINDS.length + guess] -= 1;
                        u[f * KINDS.length + guess] -= step;
                    }
                }
                step++;
            }
        }
        float[] averaged = new float[w.length];
        for (int i = 0; i < w.length; i++) averaged[i] = (float) (w[i] - u[i] / step);
        return NameTypeModel.quantise(features, averaged);
    }

    private static int argmax(float[] w, int[] feats) {
        float[] s = new float[KINDS.length];
        for (int f : feats) for (int k = 0; k < KINDS.length; k++) s[k] += w[f * KINDS.length + k];
        int best = 0;
        for (int k = 1; k < s.length; k++) if (s[k] > s[best]) best = k;
        return best;
    }
}
