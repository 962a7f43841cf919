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
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.model.RawArticle;

/**
 * Scores entity mentions' {@code sentiment} against entity-sentiment gold (the rules of
 * {@code evaldata/README.md}, "entity-sentiment-en.jsonl"): a gold target is covered when a
 * predicted mention overlaps it by at least one character; its predicted class is the sentiment of
 * the mention overlapping it most (then the nearest start); an uncovered target, or one whose
 * mention has no sentiment, is a false negative of its class and no one's false positive.
 * Per-class P/R/F1, macro-F1, F1(P,N) and coverage, over all targets and over those that got a
 * sentiment, and per target type where the gold gives types. Second, the classifier alone, the
 * task's own measure (target-dependent sentiment): each gold target span asked of the analysed
 * article directly ({@link SpanClassifier}), whether or not the recogniser found it. Thread-safe:
 * keeps no state between calls.
 */
public final class EntitySentimentEvaluation {
    private EntitySentimentEvaluation() {}

    /** How the analysed article's sentence portrays a span; null when it cannot say. */
    @FunctionalInterface
    public interface SpanClassifier {
        String label(Article article, int start, int end);
    }

    public static EntitySentimentReport run(Path gold, Function<RawArticle, Article> analyze, SpanClassifier spans) throws IOException {
        Check.notNullParam(gold, "gold");
        Check.notNullParam(analyze, "analyze");
        Check.notNullParam(spans, "spans");
        GoldFile<SentimentTarget.Doc> file = GoldLines.read(gold, SentimentTarget.Doc::parse);
        List<String> errors = new ArrayList<>(file.errors());
        ThreeClasses all = new ThreeClasses();
        ThreeClasses covered = new ThreeClasses();
        Map<String, ThreeClasses> byType = new TreeMap<>();
        ThreeClasses onGold = new ThreeClasses();
        Map<String, ThreeClasses> byTypeOnGold = new TreeMap<>();
        int targets = 0, coveredTargets = 0, failed = 0, mismatched = 0;
        for (SentimentTarget.Doc doc : file.items()) {
            Article a = Predictions.analyze(analyze, doc.article(), errors);
            if (a == null) failed++;
            else if (!a.text().equals(doc.article().text())) mismatched++;
            List<Mention> mentions = a == null ? List.of() : a.entities();
            for (SentimentTarget t : doc.targets()) {
                targets++;
                Mention m = overlapping(mentions, t);
                String predicted = m == null ? null : m.sentiment();
                if (m != null) coveredTargets++;
                all.add(t.polarity(), predicted);
                if (predicted != null) covered.add(t.polarity(), predicted);
                if (t.type() != null) byType.computeIfAbsent(t.type(), k -> new ThreeClasses()).add(t.polarity(), predicted);
                String direct = a == null ? null : spans.label(a, t.start(), t.end());
                onGold.add(t.polarity(), direct);
                if (t.type() != null) byTypeOnGold.computeIfAbsent(t.type(), k -> new ThreeClasses()).add(t.polarity(), direct);
            }
        }
        return new EntitySentimentReport(file.items().size(), targets, coveredTargets, all, covered, byType, onGold, byTypeOnGold,
                failed, mismatched, file.skippedLines(), errors);
    }

    /** The mention overlapping the target most, then the one starting nearest to it; null when none overlaps. */
    static Mention overlapping(List<Mention> mentions, SentimentTarget t) {
        Mention best = null;
        int bestOverlap = 0, bestDistance = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            int overlap = Math.min(m.end(), t.end()) - Math.max(m.start(), t.start());
            if (overlap <= 0) continue;
            int distance = Math.abs(m.start() - t.start());
            if (overlap > bestOverlap || overlap == bestOverlap && distance < bestDistance) {
                best = m;
                bestOverlap = overlap;
                bestDistance = distance;
            }
        }
        return best;
    }
}
