package org.wirewatch.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.RawArticle;

/**
 * BCubed precision/recall/F1 (item-averaged) and pairwise precision/recall/F1 of the {@link
 * Article#story()} ids a system assigns, against gold stories read from a cluster file, a pair
 * file, or a docs file and a gold file joined by article id (docs/eval-formats.md). Story ids are
 * compared only for equality; an article that comes back without one is its own singleton.
 * Thread-safe: keeps no state between calls.
 */
public final class StoryEvaluation {
    private StoryEvaluation() {}

    /**
     * Scores a stage that links one article at a time. {@code analyze} is called once per distinct
     * article, in the order articles first appear in the file, on the calling thread, so a
     * stateful incremental linker sees the whole corpus in sequence.
     */
    public static StoryReport run(Path gold, Function<RawArticle, Article> analyze) throws IOException {
        Check.notNullParam(analyze, "analyze");
        return evaluate(gold, GoldLines.read(Check.notNullParam(gold, "gold"), StoryLine::parse), (articles, errors) -> {
            List<Article> out = new ArrayList<>();
            for (RawArticle a : articles) out.add(Predictions.analyze(analyze, a, errors));
            return out;
        });
    }

    /**
     * Scores a stage that clusters the whole corpus at once. {@code analyzeAll} gets every distinct
     * article and returns analysed articles matched back by id, in any order; an article missing
     * from the result counts as failed and unlinked.
     */
    public static StoryReport runBatch(Path gold, Function<List<RawArticle>, List<Article>> analyzeAll) throws IOException {
        return runBatch(gold, GoldLines.read(Check.notNullParam(gold, "gold"), StoryLine::parse), analyzeAll);
    }

    /**
     * Like {@link #runBatch(Path, Function)}, with the articles in {@code docs} (id, text and
     * optionally lang, title, published; no story) and their stories in {@code gold} (id and
     * story; no text), joined by id: the two-file form of the dev sets
     * ({@code xling.docs.jsonl} + {@code xling.gold.jsonl}).
     */
    public static StoryReport runBatch(Path gold, Path docs, Function<List<RawArticle>, List<Article>> analyzeAll) throws IOException {
        return runBatch(gold, StoryDocs.join(Check.notNullParam(gold, "gold"), Check.notNullParam(docs, "docs")), analyzeAll);
    }

    private static StoryReport runBatch(Path gold, GoldFile<StoryLine> lines, Function<List<RawArticle>, List<Article>> analyzeAll) {
        Check.notNullParam(analyzeAll, "analyzeAll");
        return evaluate(gold, lines, (articles, errors) -> {
            List<Article> result;
            try {
                result = analyzeAll.apply(articles);
            } catch (RuntimeException e) {
                errors.add(gold + ": analysis failed: " + e);
                result = null;
            }
            Map<String, Article> byId = new HashMap<>();
            if (result != null) for (Article a : result) if (a != null) byId.putIfAbsent(a.id(), a);
            List<Article> out = new ArrayList<>();
            for (RawArticle a : articles) out.add(byId.get(a.id()));
            long missing = out.stream().filter(a -> a == null).count();
            if (result != null && missing > 0) errors.add(gold + ": " + missing + " articles missing from the analysis result");
            return out;
        });
    }

    /** Gets one analysed article (or null) per gold article, in order, adding failures to the error list. */
    @FunctionalInterface
    private interface Predict {
        List<Article> apply(List<RawArticle> articles, List<String> errors);
    }

    private static StoryReport evaluate(Path gold, GoldFile<StoryLine> file, Predict predict) {
        StoryGold stories = StoryGold.of(file.items());
        List<String> errors = new ArrayList<>(file.errors());
        errors.addAll(stories.notes());
        List<RawArticle> articles = stories.articles();
        List<Article> analysed = predict.apply(articles, errors);
        List<String> predicted = new ArrayList<>(articles.size());
        int unlinked = 0, failed = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = analysed.get(i);
            if (a == null) failed++;
            String story = a == null ? null : a.story();
            if (story == null || story.isBlank()) {
                unlinked++;
                // Prefixes keep a singleton's label from colliding with a real story id.
                predicted.add("singleton:" + i);
            } else {
                predicted.add("story:" + story);
            }
        }
        BCubed scores = BCubed.of(stories.clusters(), predicted);
        return new StoryReport(scores, PairCounts.of(stories.clusters(), predicted), articles.size(), new HashSet<>(stories.clusters()).size(),
                new HashSet<>(predicted).size(), unlinked, stories.pairs(), stories.contradictions(), failed,
                file.skippedLines(), errors);
    }
}
