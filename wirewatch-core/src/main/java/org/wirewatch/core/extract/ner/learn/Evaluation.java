package org.wirewatch.core.extract.ner.learn;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well a model types held-out words: accuracy, precision and recall per kind, and how
 * precision and coverage of the name kinds change when only predictions with at least a given
 * margin are trusted (the way the recogniser uses the model).
 */
public record Evaluation(int total, int correct, Map<NameKind, int[]> counts, List<Threshold> thresholds) {

    /** Name predictions (not NOT_A_NAME) with margin at least {@code margin}: how many, and how many right. */
    public record Threshold(double margin, int predicted, int right, int names) {
        public double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        /** Share of the true names that were predicted with their kind at this margin. */
        public double coverage() {
            return names == 0 ? 0 : (double) right / names;
        }
    }

    public static Evaluation of(NameTypeModel model, List<LabelledWord> test, double... margins) {
        Map<NameKind, int[]> counts = new EnumMap<>(NameKind.class); // {true positives, predicted, gold}
        for (NameKind k : NameKind.values()) counts.put(k, new int[3]);
        int correct = 0;
        int names = 0;
        int[] predicted = new int[margins.length];
        int[] right = new int[margins.length];
        for (LabelledWord w : test) {
            Prediction p = model.predict(w.word());
            counts.get(w.kind())[2]++;
            counts.get(p.kind())[1]++;
            if (p.kind() == w.kind()) {
                correct++;
                counts.get(p.kind())[0]++;
            }
            if (w.kind() != NameKind.NOT_A_NAME) names++;
            for (int i = 0; i < margins.length; i++) {
                if (p.kind() == NameKind.NOT_A_NAME || p.margin() < margins[i]) continue;
                predicted[i]++;
                if (p.kind() == w.kind()) right[i]++;
            }
        }
        List<Threshold> thresholds = new java.util.ArrayList<>();
        for (int i = 0; i < margins.length; i++) thresholds.add(new Threshold(margins[i], predicted[i], right[i], names));
        return new Evaluation(test.size(), correct, counts, List.copyOf(thresholds));
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public double precision(NameKind k) {
        int[] c = counts.get(k);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    public double recall(NameKind k) {
        int[] c = counts.get(k);
        return c[2] == 0 ? 0 : (double) c[0] / c[2];
    }

    public String toText() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %d words, accuracy %.3f%n", total, accuracy()));
        for (NameKind k : NameKind.values()) {
            out.append(String.format(Locale.ROOT, "  %-13s P %.3f  R %.3f  (%d)%n", k, precision(k), recall(k), counts.get(k)[2]));
        }
        for (Threshold t : thresholds) {
            out.append(String.format(Locale.ROOT, "  names at margin >= %.1f: precision %.3f, coverage %.3f%n",
                    t.margin(), t.precision(), t.coverage()));
        }
        return out.toString();
    }
}
