package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/**
 * Scores the record's {@code tone} against tone gold (the rules of {@code evaldata/README.md},
 * "tone-en.jsonl"): records are matched to gold lines by id; the predicted tone is the record's
 * {@code tone.tone} (GDELT's V1.5TONE tone, per 100 words), 0 for a record without one (counted);
 * Pearson's r over all lines and per source; three-class macro-F1 with both sides cut at ±0.05
 * (the gold labels instead where the file has them, "mixed" as neutral), the prediction on the
 * product's scale unless another cut is given; and the same without "mixed" lines where there are
 * any. Thread-safe: keeps no state between calls.
 */
public final class ToneEvaluation {
    /** VADER's cut, which the gold classes use. */
    static final double GOLD_CUT = 0.05;

    private ToneEvaluation() {}

    /**
     * @param analyze called once per gold line, in file order, on the calling thread
     * @param cut     where the predicted tone turns positive or negative, on the product's scale
     */
    public static ToneReport run(Path gold, Function<RawArticle, Article> analyze, double cut) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        Check.isTrue(cut >= 0, "cut must not be negative: %s", cut);
        GoldFile<ToneGold> file = GoldLines.read(gold, ToneGold::parse);
        List<String> errors = new ArrayList<>(file.errors());
        List<ToneGold> lines = file.items();
        double[] predicted = new double[lines.size()];
        int missing = 0;
        int failed = 0;
        for (int i = 0; i < lines.size(); i++) {
            Article a = Predictions.analyze(analyze, lines.get(i).article(), errors);
            if (a == null) failed++;
            if (a == null || a.tone() == null) missing++;
            else predicted[i] = a.tone().tone();
        }
        ToneReport.Part all = part(lines, predicted, cut, g -> true);
        Map<String, ToneReport.Part> bySource = new TreeMap<>();
        for (ToneGold g : lines) {
            if (g.source() != null) bySource.computeIfAbsent(g.source(), s -> part(lines, predicted, cut, x -> s.equals(x.source())));
        }
        boolean anyMixed = lines.stream().anyMatch(ToneGold::mixed);
        ToneReport.Part withoutMixed = anyMixed ? part(lines, predicted, cut, g -> !g.mixed()) : null;
        return new ToneReport(lines.size(), missing, failed, cut, all, bySource, withoutMixed, file.skippedLines(), errors);
    }

    private static ToneReport.Part part(List<ToneGold> lines, double[] predicted, double cut, java.util.function.Predicate<ToneGold> keep) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (keep.test(lines.get(i))) members.add(i);
        double[] x = new double[members.size()];
        double[] y = new double[members.size()];
        ThreeClasses classes = new ThreeClasses();
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            x[k] = predicted[i];
            y[k] = lines.get(i).tone();
            classes.add(lines.get(i).goldClass(), ThreeClasses.cut(predicted[i], cut));
        }
        return new ToneReport.Part(members.size(), Correlation.pearson(x, y), classes);
    }
}
