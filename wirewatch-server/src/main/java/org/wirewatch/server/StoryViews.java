package org.wirewatch.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.WirewatchIndex;

/**
 * Stories as the stored articles' {@code story} field groups them (an article without one is a
 * story of its own): the newest first, each with a headline per language, its languages, sources
 * and time span, a timeline across languages and its events by date. The one place that knows how stories are
 * formed for display. A story merged into another after its articles were stored is shown under
 * the surviving id, with the articles of both ({@link StoryMerges}); its old id finds the survivor.
 */
final class StoryViews {
    /** How many of the newest articles the story list is built from. */
    static final int LIST_WINDOW = 2_000;
    /** The most articles one story page shows. */
    static final int STORY_ARTICLES = 500;

    record StoryView(String id, int articles, Map<String, String> headlines, List<String> languages, List<String> sources,
                     String first, String last) {}

    record StoryPage(StoryView story, List<ArticleSummary> timeline, List<QuoteView> quotes, List<EventViews.EventView> events) {}

    private final WirewatchIndex index;
    private final EventViews events;
    private final StoryMerges merges;

    StoryViews(WirewatchIndex index, EventViews events, StoryMerges merges) {
        this.index = index;
        this.events = events;
        this.merges = merges;
    }

    /** Stories with their newest article first, built from the newest {@link #LIST_WINDOW} articles. */
    Listing<StoryView> list(Paging paging) throws IOException {
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(index.storiesNewestFirst(LIST_WINDOW).stream().map(this::survivor).toList()));
        List<StoryView> page = new ArrayList<>();
        int to = Math.min(paging.offset() + paging.limit(), ids.size());
        for (int i = Math.min(paging.offset(), ids.size()); i < to; i++) page.add(view(ids.get(i), articles(ids.get(i))));
        return new Listing<>(ids.size(), page);
    }

    /** The story {@code asked} goes by now (itself, or the story it was merged into). */
    Optional<StoryPage> story(String asked) throws IOException {
        String id = survivor(asked);
        List<Article> articles = articles(id);
        if (articles.isEmpty()) return Optional.empty();
        List<QuoteView> quotes = new ArrayList<>();
        for (Article a : articles) quotes.addAll(QuoteView.allIn(a));
        return Optional.of(new StoryPage(view(id, articles), articles.stream().map(ArticleSummary::of).toList(), quotes,
                events.of(articles, EventViews.all())));
    }

    /** The story's articles, those stored under the ids merged into it included, oldest first (undated last), with the story's id. */
    private List<Article> articles(String storyId) throws IOException {
        List<String> ids = new ArrayList<>();
        ids.add(storyId);
        ids.addAll(merges.mergedInto(storyId));
        List<Article> all = new ArrayList<>();
        for (String id : ids) {
            for (SearchResult.Hit h : index.search(SearchRequest.all().withStory(id).page(0, STORY_ARTICLES)).hits()) {
                Article a = h.article();
                all.add(id.equals(storyId) ? a : a.withStory(storyId, a.duplicateOf(), a.translationOf()));
            }
        }
        all.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return all.size() > STORY_ARTICLES ? all.subList(0, STORY_ARTICLES) : all;
    }

    private String survivor(String storyId) {
        String id = merges.survivor(storyId);
        return id == null ? storyId : id;
    }

    private static StoryView view(String id, List<Article> articles) {
        Map<String, String> headlines = new TreeMap<>();
        LinkedHashSet<String> sources = new LinkedHashSet<>();
        String first = null;
        String last = null;
        for (Article a : articles) {
            String lang = a.lang() == null ? "und" : a.lang();
            if (a.title() != null && !a.title().isBlank()) headlines.putIfAbsent(lang, a.title());
            if (a.source() != null) sources.add(a.source());
            if (a.published() != null) {
                if (first == null || a.published().compareTo(first) < 0) first = a.published();
                if (last == null || a.published().compareTo(last) > 0) last = a.published();
            }
        }
        List<String> languages = articles.stream().map(a -> a.lang() == null ? "und" : a.lang()).distinct().sorted().toList();
        return new StoryView(id, articles.size(), headlines, languages, List.copyOf(sources), first, last);
    }
}
