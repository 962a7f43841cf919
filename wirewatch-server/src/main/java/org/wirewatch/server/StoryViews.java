package org.wirewatch.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;

/**
 * Stories as the stored articles' {@code story} field groups them (an article without one is a
 * story of its own): the newest first, each with a headline per language, its languages, sources
 * and time span, a timeline across languages and its events by date, all counted over every stored
 * article of the story (its articles' digests), the timeline a page at a time. The one place that knows how stories are
 * formed for display. A story merged into another after its articles were stored is shown under
 * the surviving id, with the articles of both ({@link StoryMerges}); its old id finds the survivor. A story page also sums
 * up every article of the story ({@link StoryOverview}) and links its events into happenings.
 */
final class StoryViews {
    record StoryView(String id, int articles, Map<String, String> headlines, List<String> languages, List<String> sources,
                     String first, String last) {}

    /**
     * @param timeline one page (offset, limit) of the story's articles, oldest first; {@code story.articles} counts them all
     * @param events   the events of the timeline's page, one per report
     * @param overview over every article of the story: top entities, places, amounts once, translations and copies, growth
     * @param linkedEvents over every article of the story: each happening once, with its reports
     */
    record StoryPage(StoryView story, int offset, int limit, List<ArticleSummary> timeline, List<QuoteView> quotes,
                     List<EventViews.EventView> events, StoryOverview.Summary overview, List<EventViews.LinkedEventView> linkedEvents) {}

    /** A story page lists this many reports of each happening (mention_count counts them all). */
    static final int REPORTS_SHOWN = 10;

    private final ArticleIndex index;
    private final EventViews events;
    private final StoryMerges merges;
    private final KnowledgeBase kb;
    /** Story totals by index version and filter (its paging left out): each counted once per commit. */
    private final Map<Counted, Long> counted = new java.util.concurrent.ConcurrentHashMap<>();

    private record Counted(long version, SearchRequest filter) {}

    /** Totals kept at most (older commits' included); past it all are dropped and counted again as asked. */
    private static final int COUNTED_FILTERS = 256;

    StoryViews(ArticleIndex index, EventViews events, StoryMerges merges, KnowledgeBase kb) {
        this.index = index;
        this.events = events;
        this.merges = merges;
        this.kb = kb;
    }

    /** Stories with their newest article first, over every stored article; the total counts every story. */
    Listing<StoryView> list(Paging paging) throws IOException {
        return list(SearchRequest.all(), paging);
    }

    /**
     * The stories with an article matching {@code filter}, newest matching article first, one card per
     * story as it goes now (merged stories once): the page read from the index's newest-first order
     * until it is full; the total counts every such story.
     */
    Listing<StoryView> list(SearchRequest filter, Paging paging) throws IOException {
        int want = paging.offset() + paging.limit();
        List<String> ids = survivorsNewestFirst(filter, want);
        List<StoryView> page = new ArrayList<>();
        for (int i = Math.min(paging.offset(), ids.size()); i < Math.min(want, ids.size()); i++) page.add(view(ids.get(i)));
        return new Listing<>(total(filter), page);
    }

    /**
     * Every story with a matching article, merged ones once, counted from the index's story values
     * when a commit lands and kept until the next. Stories merged by articles placed but not yet
     * committed count from that commit on.
     */
    private long total(SearchRequest filter) throws IOException {
        Counted key = new Counted(index.version(), filter.page(0, 0));
        Long kept = counted.get(key);
        if (kept != null) return kept;
        Set<String> survivors = new java.util.HashSet<>();
        index.forEachStoryId(filter, id -> survivors.add(survivor(id)));
        if (counted.size() >= COUNTED_FILTERS) counted.clear();
        counted.put(key, (long) survivors.size());
        return survivors.size();
    }

    /** The story {@code asked} goes by now (itself, or the story it was merged into), with one page of its timeline. */
    Optional<StoryPage> story(String asked, Paging paging) throws IOException {
        String id = survivor(asked);
        StoryView view = view(id);
        if (view.articles() == 0) return Optional.empty();
        List<Article> articles = timeline(id, paging);
        List<QuoteView> quotes = new ArrayList<>();
        for (Article a : articles) quotes.addAll(QuoteView.allIn(a));
        StoryOverview overview = new StoryOverview(kb);
        for (String stored : storedIds(id)) index.forEach(SearchRequest.all().withStory(stored), overview::add);
        return Optional.of(new StoryPage(view, paging.offset(), paging.limit(), articles.stream().map(ArticleSummary::of).toList(), quotes,
                events.of(articles, EventViews.all()), overview.summary(this::outside), trimmed(events.linked(overview.articlesWithEvents(), EventViews.all()))));
    }

    /** Happenings keep their counts but list only their first reports: a story of hundreds of articles tells one meeting hundreds of times. */
    private static List<EventViews.LinkedEventView> trimmed(List<EventViews.LinkedEventView> linked) {
        return linked.stream().map(e -> e.mentions().size() <= REPORTS_SHOWN ? e : new EventViews.LinkedEventView(e.id(), e.type(), e.cameo(),
                e.actor(), e.target(), e.location(), e.locations(), e.date(), e.mentionCount(), e.articleCount(), e.languages(), e.names(),
                e.mentions().subList(0, REPORTS_SHOWN))).toList();
    }

    /** An article outside the story that one of its articles translates or copies, named for display (null when not stored). */
    private StoryOverview.ArticleRef outside(String articleId) {
        try {
            return index.get(articleId).map(StoryOverview::ref).orElse(null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Story ids as survivors, newest first, each once; asks the index for more when merged ids collapse into one. */
    private List<String> survivorsNewestFirst(SearchRequest filter, int want) throws IOException {
        int asked = want;
        while (true) {
            List<String> stored = index.storiesNewestFirst(filter, asked);
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(stored.stream().map(this::survivor).toList()));
            if (ids.size() >= want || stored.size() < asked) return ids;
            asked = asked * 2;
        }
    }

    /** One page of the story's articles, those stored under the ids merged into it included, oldest first (undated last). */
    private List<Article> timeline(String storyId, Paging paging) throws IOException {
        List<Article> all = new ArrayList<>();
        int window = paging.offset() + paging.limit();
        for (String id : storedIds(storyId)) {
            for (SearchResult.Hit h : index.searchOldestFirst(SearchRequest.all().withStory(id).page(0, window)).hits()) {
                Article a = h.article();
                all.add(id.equals(storyId) ? a : a.withStory(storyId, a.duplicateOf(), a.translationOf()));
            }
        }
        all.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return all.subList(Math.min(paging.offset(), all.size()), Math.min(window, all.size()));
    }

    private List<String> storedIds(String storyId) {
        List<String> ids = new ArrayList<>();
        ids.add(storyId);
        ids.addAll(merges.mergedInto(storyId));
        return ids;
    }

    String survivor(String storyId) {
        String id = merges.survivor(storyId);
        return id == null ? storyId : id;
    }

    /** The story's headline per language (its oldest article's), languages, sources and span, over all its articles' digests. */
    StoryView view(String id) throws IOException {
        Map<String, String[]> headlines = new TreeMap<>();
        Set<String> languages = new TreeSet<>();
        Set<String> sources = new LinkedHashSet<>();
        String[] span = new String[2];
        int[] count = {0};
        for (String stored : storedIds(id)) {
            index.forEachDigest(SearchRequest.all().withStory(stored), d -> {
                count[0]++;
                String lang = d.lang() == null ? "und" : d.lang();
                languages.add(lang);
                if (d.source() != null) sources.add(d.source());
                if (d.title() != null && !d.title().isBlank()) {
                    String[] h = headlines.get(lang);
                    if (h == null || earlier(d.published(), h[0])) headlines.put(lang, new String[] {d.published(), d.title()});
                }
                if (d.published() != null) {
                    if (span[0] == null || d.published().compareTo(span[0]) < 0) span[0] = d.published();
                    if (span[1] == null || d.published().compareTo(span[1]) > 0) span[1] = d.published();
                }
            });
        }
        Map<String, String> titles = new TreeMap<>();
        headlines.forEach((lang, h) -> titles.put(lang, h[1]));
        return new StoryView(id, count[0], titles, List.copyOf(languages), List.copyOf(sources), span[0], span[1]);
    }

    /** Undated articles come after dated ones, as in the timeline. */
    private static boolean earlier(String a, String b) {
        if (a == null) return false;
        return b == null || a.compareTo(b) < 0;
    }
}
