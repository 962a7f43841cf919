package org.wirewatch.core.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Check;
import org.wirewatch.core.model.Segment;

/**
 * Assigns stories across a whole batch held in memory, as {@code analyze} does when no index is
 * given. Unlike a stream, a batch can be clustered independently of the order it came in: rarity
 * is counted over the whole batch first, articles are then placed in order of publication (undated
 * ones first, then by id), and every story id is resolved through merges at the end. An undated
 * article linked to a dated one (a translation or a copy, in either direction) is given its day
 * through the {@link Redating}, as a stream does ({@link StoryStream}). The articles come back in
 * input order. Thread-safe: keeps no state between calls ({@link #placer} gives a run of its own).
 */
public final class StoryBatch {
    private final StorySettings settings;
    private final EvidenceReader reader;
    private final Redating redating;

    /** A batch that sets an inherited date without running any stage again ({@link Redating#DATE_ONLY}). */
    public StoryBatch(LanguagePacks packs, StorySettings settings) {
        this(packs, settings, Redating.DATE_ONLY);
    }

    public StoryBatch(LanguagePacks packs, StorySettings settings, Redating redating) {
        this.settings = Check.notNullParam(settings, "settings");
        this.reader = new EvidenceReader(Check.notNullParam(packs, "packs"));
        this.redating = Check.notNullParam(redating, "redating");
    }

    /** The articles with their stories set, and the stories. */
    public record Result(List<Article> articles, List<Story> stories) {
        public Result {
            articles = List.copyOf(articles);
            stories = List.copyOf(stories);
        }
    }

    /** Articles read back without their analysed text: each article's text is cut again, once. */
    public Result assign(List<Article> articles) {
        Check.notNullParam(articles, "articles");
        List<List<Evidence>> units = new ArrayList<>(articles.size());
        for (Article a : articles) units.add(reader.units(a, null));
        return assign(articles, units);
    }

    /** {@code units.get(i)}: the evidence of {@code articles.get(i)}, read once for both passes. */
    private Result assign(List<Article> articles, List<List<Evidence>> units) {
        StoryClusterer clusterer = new StoryClusterer(settings, reader, new Rarity(), false);
        for (List<Evidence> u : units) clusterer.countRarity(u);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) order.add(i);
        order.sort(Comparator.comparingLong((Integer i) -> minuteOrFirst(articles.get(i))).thenComparing(i -> articles.get(i).id())
                .thenComparingInt(i -> i));
        Article[] placed = new Article[articles.size()];
        Map<String, String> days = new HashMap<>();
        for (int i : order) {
            placed[i] = clusterer.addUnits(articles.get(i), units.get(i));
            for (StoryClusterer.Dating d : clusterer.datingOf(placed[i])) days.putIfAbsent(d.articleId(), d.day());
        }
        List<Article> out = new ArrayList<>(placed.length);
        for (Article a : placed) {
            String day = a.published() == null ? days.get(a.id()) : null;
            out.add(resolved(day == null ? a : redating.redate(a, day), clusterer));
        }
        return new Result(out, clusterer.stories());
    }

    /** A run that holds every article it takes and places them all when it finishes. */
    public StoryPlacer placer() {
        return new Held();
    }

    private final class Held implements StoryPlacer {
        private final List<Article> held = new ArrayList<>();
        /** The evidence of each held article, read as it comes while its analysed text is at hand. */
        private final List<List<Evidence>> units = new ArrayList<>();
        private List<Story> stories = List.of();

        @Override
        public void accept(Article analysed, AnalysedText text, java.util.function.Consumer<Article> out) {
            held.add(Check.notNullParam(analysed, "analysed"));
            units.add(reader.units(analysed, text));
        }

        @Override
        public void finish(java.util.function.Consumer<Article> out) {
            Result result = assign(held, units);
            held.clear();
            units.clear();
            stories = result.stories();
            result.articles().forEach(out);
        }

        @Override
        public List<Story> stories() {
            return stories;
        }
    }

    /**
     * Undated articles go first: nothing says they are newer than the dated ones, and an article
     * placed earlier is the one a later copy or translation points at.
     */
    private static long minuteOrFirst(Article a) {
        return Minutes.of(a.published());
    }

    private static Article resolved(Article a, StoryClusterer clusterer) {
        List<Segment> segments = a.segments().stream()
                .map(s -> s.story() == null ? s : s.withStory(clusterer.resolve(s.story())))
                .toList();
        Article withSegments = a.withSegments(segments);
        return withSegments.withStory(clusterer.resolve(a.story()), a.duplicateOf(), a.translationOf());
    }
}
