package org.wirewatch.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.story.TrendSettings;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;

/** /api/search, /api/stories, /api/entities, /api/quotes, /api/events: the read-only views the web UI is built on. */
final class BrowseApi {
    /** A story page's timeline shows this many articles unless limit= says otherwise. */
    static final int STORY_TIMELINE = 100;
    /** /api/quotes reads matching articles this many at a time, newest first, until its page is full. */
    static final int QUOTE_BATCH = 100;

    private final ArticleIndex index;
    private final StoryViews stories;
    private final TrendingViews trending;
    private final HomeViews home;
    private final EntityPages entities;
    private final EventViews events;
    private final ServerSettings settings;
    private final JsonReplies replies;
    /** /api/quotes totals, counted once per commit and filter. */
    private final PerCommit<QuoteFilter, Long> quoteTotals;

    /** What a quote total is counted for: the articles' filter and the speaker ids (null: any). */
    private record QuoteFilter(SearchRequest filter, Set<String> speakers) {}

    BrowseApi(ArticleIndex index, StoryViews stories, EntityPages entities, EventViews events, ServerSettings settings,
              JsonReplies replies) {
        this.index = index;
        this.stories = stories;
        this.trending = new TrendingViews(index, stories);
        this.home = new HomeViews(index, stories);
        this.entities = entities;
        this.events = events;
        this.settings = settings;
        this.replies = replies;
        this.quoteTotals = new PerCommit<>(index, q -> index.quoteCount(q.filter(), q.speakers()));
    }

    void search(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        SearchResult result = index.search(Filters.of(ctx).page(paging.offset(), paging.limit()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("items", result.hits().stream().map(SearchResult.Hit::article).toList());
        Map<String, List<SearchResult.Snippet>> highlights = new LinkedHashMap<>();
        for (SearchResult.Hit h : result.hits()) highlights.put(h.article().id(), h.snippets());
        body.put("highlights", highlights);
        Map<String, List<SearchResult.Match>> matched = new LinkedHashMap<>();
        for (SearchResult.Hit h : result.hits()) matched.put(h.article().id(), h.matched());
        body.put("matched", matched);
        body.put("facets", result.facets());
        body.put("facets_estimated", result.facetsEstimated());
        body.put("entity_names", entities.names(result));
        replies.send(ctx, body);
    }

    /**
     * Newest first (only the stories with an article matching the filters of /api/search, when some are given), or with
     * {@code sort=trending} by trending score over a window ({@code window}, {@code history} in hours; {@code now}).
     */
    void storyList(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        String sort = ctx.queryParam("sort");
        if (sort == null || sort.isBlank() || sort.equals("newest")) {
            SearchRequest filter = Filters.of(ctx);
            replies.send(ctx, HomeViews.filters(filter) ? home.stories(filter, paging) : stories.list(paging));
        } else if (sort.equals("trending")) {
            replies.send(ctx, trending.list(trendSettings(ctx), blankToNull(ctx.queryParam("now")), paging));
        } else {
            throw new BadRequestResponse("sort must be newest or trending, not '" + sort + "'");
        }
    }

    private static TrendSettings trendSettings(Context ctx) {
        TrendSettings defaults = TrendSettings.defaults();
        try {
            return new TrendSettings(hours(ctx, "window", defaults.windowHours()), hours(ctx, "history", defaults.historyHours()),
                    defaults.breaking());
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
    }

    private static int hours(Context ctx, String name, int fallback) {
        String value = blankToNull(ctx.queryParam(name));
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number of hours, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Matching articles per day by language (filters as /api/search): the home page's trend chart. */
    void trend(Context ctx) throws IOException {
        replies.send(ctx, home.trend(Filters.of(ctx)));
    }

    void story(Context ctx) throws IOException {
        replies.send(ctx, stories.story(ctx.pathParam("id"), Paging.of(ctx, settings.maxPageSize(), STORY_TIMELINE)).orElseThrow(() -> new NotFoundResponse("no story " + ctx.pathParam("id"))));
    }

    void entity(Context ctx) throws IOException {
        replies.send(ctx, entities.page(ctx.pathParam("id"), Paging.of(ctx, settings.maxPageSize())).orElseThrow(() -> new NotFoundResponse("no entity " + ctx.pathParam("id"))));
    }

    /**
     * Quotes from the matching articles, newest first (filters as /api/search; speaker= names the
     * speaker in any language). The total counts every matching quote in the store (the quote lines of
     * the articles' digests), once per commit and filter; the page reads articles newest first only until it is full.
     */
    void quotes(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        SearchRequest filter = Filters.of(ctx);
        Set<String> speakers = filter.speaker() == null ? null : speakerIds(filter.speaker());
        long total = quoteTotals.get(new QuoteFilter(filter.page(0, 0), speakers));
        int want = paging.offset() + paging.limit();
        List<QuoteView> found = new ArrayList<>();
        for (int from = 0; found.size() < want && from < SearchRequest.MAX_WINDOW; from += QUOTE_BATCH) {
            List<SearchResult.Hit> hits = index.page(filter.page(from, Math.min(QUOTE_BATCH, SearchRequest.MAX_WINDOW - from))).hits();
            for (SearchResult.Hit h : hits) {
                for (QuoteView q : QuoteView.allIn(h.article())) if (speakers == null || speakers.contains(q.speakerId())) found.add(q);
            }
            if (hits.size() < QUOTE_BATCH) break;
        }
        List<QuoteView> page = found.subList(Math.min(paging.offset(), found.size()), Math.min(want, found.size()));
        replies.send(ctx, new Listing<>(total, List.copyOf(page)));
    }

    /** Events by date, oldest first, each with its reports across articles (type=, entity= in any language, from/to on the event's date). */
    void events(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        replies.send(ctx, Listing.page(events.linked(Filters.events(ctx)), paging));
    }

    /** The ids a speaker named by a user may have: the name as given (an id) and what the knowledge base resolves it to. */
    private Set<String> speakerIds(String name) {
        Set<String> ids = new HashSet<>(entities.ids(name));
        ids.add(name);
        return ids;
    }
}
