package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.wirewatch.core.model.Check;

/**
 * Pearson (and Spearman) correlation between a {@link PairScorer}'s scores and SemEval-2022
 * Task 8 "overall" gold. The gold runs from 1 (very similar) to 4 (very dissimilar), so it is
 * negated before correlating; correlation ignores the rest of any affine rescaling. A correlation
 * that cannot be computed (under 2 scored pairs, or a constant side) is reported as undefined
 * with its reason. Thread-safe: keeps no state between calls.
 */
public final class SimilarityEvaluation {
    private SimilarityEvaluation() {}

    /**
     * @param scorer called once per gold pair, in file order, on the calling thread
     * @throws IOException when the gold file cannot be read at all (bad lines are reported, not thrown)
     */
    public static SimilarityReport run(Path gold, PairScorer scorer) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(scorer, "scorer");
        GoldFile<SimilarityPair> file = GoldLines.read(gold, SimilarityPair::parse);
        List<String> errors = new ArrayList<>(file.errors());
        List<SimilarityPair> scoredPairs = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        int failed = 0;
        for (SimilarityPair pair : file.items()) {
            OptionalDouble score;
            try {
                score = scorer.score(pair.a(), pair.b());
            } catch (RuntimeException e) {
                errors.add(pair.a().origin() + ": scorer failed on pair " + pair.pairId() + ": " + e);
                failed++;
                continue;
            }
            if (score == null || score.isEmpty()) continue;
            double s = score.getAsDouble();
            if (!(s >= 0 && s <= 1)) {   // also rejects NaN
                errors.add(pair.a().origin() + ": scorer gave " + s + " for pair " + pair.pairId() + ", outside [0, 1]");
                failed++;
                continue;
            }
            scoredPairs.add(pair);
            scores.add(s);
        }
        boolean anyLang = file.items().stream().anyMatch(p -> p.a().lang() != null || p.b().lang() != null);
        Map<String, List<Integer>> groups = new TreeMap<>();
        if (anyLang) {
            // Every language pair in the gold is listed, so one the scorer skipped shows up as undefined.
            for (SimilarityPair pair : file.items()) groups.put(pair.langPair(), new ArrayList<>());
            for (int i = 0; i < scoredPairs.size(); i++) groups.get(scoredPairs.get(i).langPair()).add(i);
        }
        Map<String, Correlation> byLangPair = new TreeMap<>();
        groups.forEach((langs, members) -> byLangPair.put(langs, pearson(scoredPairs, scores, members)));
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < scoredPairs.size(); i++) all.add(i);
        double[][] xy = columns(scoredPairs, scores, all);
        return new SimilarityReport(true, file.items().size(), scoredPairs.size(), Correlation.pearson(xy[0], xy[1]),
                Correlation.spearman(xy[0], xy[1]), byLangPair, failed, file.skippedLines(), errors);
    }

    /**
     * The report when no scorer exists yet: the gold is still read (so format errors show up)
     * but nothing is scored, and both correlations say why.
     */
    public static SimilarityReport withoutScorer(Path gold) throws IOException {
        Check.notNullParam(gold, "gold");
        GoldFile<SimilarityPair> file = GoldLines.read(gold, SimilarityPair::parse);
        Correlation none = Correlation.undefined(0, SimilarityReport.NO_SCORER);
        return new SimilarityReport(false, file.items().size(), 0, none, none, Map.of(), 0, file.skippedLines(), file.errors());
    }

    private static Correlation pearson(List<SimilarityPair> pairs, List<Double> scores, List<Integer> members) {
        double[][] xy = columns(pairs, scores, members);
        return Correlation.pearson(xy[0], xy[1]);
    }

    /** x = predicted similarity, y = -overall, for the chosen pairs. */
    private static double[][] columns(List<SimilarityPair> pairs, List<Double> scores, List<Integer> members) {
        double[] x = new double[members.size()];
        double[] y = new double[members.size()];
        for (int k = 0; k < members.size(); k++) {
            x[k] = scores.get(members.get(k));
            y[k] = -pairs.get(members.get(k)).overall();
        }
        return new double[][] {x, y};
    }
}
