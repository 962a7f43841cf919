package org.wirewatch.core.extract.ner.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Structured averaged perceptron (Collins 2002): decode each training sentence with the current
 * weights, and where the best sequence differs from the gold one, add the gold sequence's features
 * and subtract the predicted one's. The model is the average of the weights over all steps, kept
 * with the usual lazy trick (a second sum of step × change) so averaging costs nothing per step.
 * Updates are whole numbers, so training is exact and the same data and seed give the same bytes.
 *
 * <p>Documents are read in order, sentence by sentence, and the history features come from the
 * model's own predictions on earlier sentences, exactly as when tagging.
 */
public final class SequenceTrainer {
    /** Told after each pass. */
    public interface Progress {
        void epoch(int epoch, int sentences, int mistakes, double seconds);
    }

    private final TrainingSettings settings;
    private final FeatureExtractor features;

    public SequenceTrainer(TrainingSettings settings, FeatureExtractor features) {
        this.settings = settings;
        this.features = features;
    }

    /** Documents as lists of aligned sentences, in text order, all in the target convention. */
    SequenceModel train(String lang, List<List<AlignedSentence>> documents, Progress progress) {
        int[] domains = new int[documents.size()];
        Arrays.fill(domains, FeatureExtractor.TARGET);
        return train(lang, documents, domains, progress);
    }

    /**
     * @param domains for each document, {@link FeatureExtractor#SOURCE} or {@link FeatureExtractor#TARGET}:
     *                the convention its annotation follows (used with {@link FeatureGroups#ADAPT})
     */
    SequenceModel train(String lang, List<List<AlignedSentence>> documents, int[] domains, Progress progress) {
        List<List<int[][]>> fixed = staticFeatures(documents);
        int k = Bilou.COUNT;
        float[] w = new float[(1 << settings.bits()) * k];
        double[] wSteps = new double[w.length];
        float[] trans = new float[(k + 1) * k];
        double[] tSteps = new double[trans.length];
        SequenceModel live = new SequenceModel(lang, FeatureExtractor.FEATURE_SET, features.groups(), settings.bits(), w, trans);
        int mask = (1 << settings.bits()) - 1;
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) order.add(d);
        Random random = new Random(settings.seed());
        long step = 1;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long began = System.nanoTime();
            Collections.shuffle(order, random);
            int sentences = 0;
            int mistakes = 0;
            for (int d : order) {
                DocumentState doc = new DocumentState();
                List<AlignedSentence> sents = documents.get(d);
                for (int s = 0; s < sents.size(); s++) {
                    AlignedSentence sentence = sents.get(s);
                    if (sentence.tokens().isEmpty()) continue;
                    int[][] f = features.inDomain(features.withHistory(fixed.get(d).get(s), sentence.tokens(), doc), domains[d]);
                    int[] predicted = live.decode(f);
                    int[] gold = sentence.tags();
                    if (!Arrays.equals(predicted, gold)) {
                        mistakes++;
                        update(f, gold, predicted, w, wSteps, trans, tSteps, mask, step);
                    }
                    SequenceTagger.remember(sentence.tokens(), Bilou.decode(predicted), doc);
                    sentences++;
                    step++;
                }
            }
            progress.epoch(epoch, sentences, mistakes, (System.nanoTime() - began) / 1e9);
        }
        return new SequenceModel(lang, FeatureExtractor.FEATURE_SET, features.groups(), settings.bits(),
                average(w, wSteps, step), average(trans, tSteps, step));
    }

    private List<List<int[][]>> staticFeatures(List<List<AlignedSentence>> documents) {
        List<List<int[][]>> out = new ArrayList<>(documents.size());
        for (List<AlignedSentence> doc : documents) {
            DocumentState state = new DocumentState();
            List<int[][]> perSentence = new ArrayList<>(doc.size());
            for (AlignedSentence s : doc) perSentence.add(features.staticFeatures(s.tokens(), state));
            out.add(perSentence);
        }
        return out;
    }

    private static void update(int[][] f, int[] gold, int[] predicted, float[] w, double[] wSteps, float[] trans, double[] tSteps,
                               int mask, long step) {
        int k = Bilou.COUNT;
        for (int i = 0; i < gold.length; i++) {
            int prevGold = i == 0 ? Bilou.START : gold[i - 1];
            int prevPredicted = i == 0 ? Bilou.START : predicted[i - 1];
            if (gold[i] == predicted[i] && prevGold == prevPredicted) continue;
            add(trans, tSteps, prevGold * k + gold[i], 1, step);
            add(trans, tSteps, prevPredicted * k + predicted[i], -1, step);
            if (gold[i] == predicted[i]) continue;
            for (int h : f[i]) {
                int base = (h & mask) * k;
                add(w, wSteps, base + gold[i], 1, step);
                add(w, wSteps, base + predicted[i], -1, step);
            }
        }
    }

    private static void add(float[] w, double[] steps, int index, int delta, long step) {
        w[index] += delta;
        steps[index] += (double) step * delta;
    }

    /** The average over all steps of each weight: w − Σ(step·Δ)/steps. */
    private static float[] average(float[] w, double[] steps, long total) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) avg[i] = w[i] == 0 && steps[i] == 0 ? 0f : (float) (w[i] - steps[i] / total);
        return avg;
    }
}
