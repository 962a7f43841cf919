package org.wirewatch.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of a three-way sentiment classification (negative, neutral, positive): per-class
 * precision, recall and F1, macro-F1 over the three, F1(P,N) (the mean F1 of positive and
 * negative, RuSentNE's measure) and the confusion matrix. A gold item with no prediction counts
 * against its class's recall only. Not thread-safe: one per report being built.
 */
final class ThreeClasses {
    static final List<String> CLASSES = List.of("negative", "neutral", "positive");

    /** confusion[gold][predicted], predicted index 3 = no prediction. */
    private final int[][] confusion = new int[3][4];

    void add(String gold, String predicted) {
        confusion[index(gold)][predicted == null ? 3 : index(predicted)]++;
    }

    /** The class of a tone cut at ±cut: at most -cut negative, at least +cut positive. */
    static String cut(double tone, double cut) {
        return tone <= -cut ? "negative" : tone >= cut ? "positive" : "neutral";
    }

    private static int index(String label) {
        int i = CLASSES.indexOf(label);
        if (i < 0) throw new IllegalArgumentException("not a sentiment class: " + label);
        return i;
    }

    Scores scores(String label) {
        int c = index(label);
        int gold = 0, predicted = 0;
        for (int p = 0; p < 4; p++) gold += confusion[c][p];
        for (int g = 0; g < 3; g++) predicted += confusion[g][c];
        return new Scores(gold, predicted, confusion[c][c]);
    }

    double macroF1() {
        return (scores("negative").f1() + scores("neutral").f1() + scores("positive").f1()) / 3;
    }

    double f1PosNeg() {
        return (scores("negative").f1() + scores("positive").f1()) / 2;
    }

    int total() {
        int n = 0;
        for (int[] row : confusion) for (int v : row) n += v;
        return n;
    }

    int unpredicted() {
        int n = 0;
        for (int[] row : confusion) n += row[3];
        return n;
    }

    String toText(String indent) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%smacro-F1 %s   F1(P,N) %s%n", indent, ReportText.number(macroF1()), ReportText.number(f1PosNeg())));
        out.append(indent).append(ReportText.scoresHeader().substring(2));
        for (String c : CLASSES) out.append(indent).append(ReportText.scoresRow(c, scores(c)).substring(2));
        out.append(String.format(Locale.ROOT, "%sconfusion (rows gold, columns predicted: negative neutral positive none)%n", indent));
        for (int g = 0; g < 3; g++) {
            out.append(String.format(Locale.ROOT, "%s  %-9s %6d %7d %8d %5d%n", indent, CLASSES.get(g), confusion[g][0], confusion[g][1],
                    confusion[g][2], confusion[g][3]));
        }
        return out.toString();
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("macro_f1", macroF1());
        json.put("f1_pos_neg", f1PosNeg());
        Map<String, Object> per = new LinkedHashMap<>();
        for (String c : CLASSES) per.put(c, scores(c).toJson());
        json.put("classes", per);
        Map<String, Object> matrix = new LinkedHashMap<>();
        for (int g = 0; g < 3; g++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int p = 0; p < 3; p++) row.put(CLASSES.get(p), confusion[g][p]);
            row.put("none", confusion[g][3]);
            matrix.put(CLASSES.get(g), row);
        }
        json.put("confusion", matrix);
        return json;
    }
}
