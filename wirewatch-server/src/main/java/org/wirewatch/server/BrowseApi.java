package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.WirewatchIndex;

/** /api/search, /api/stories, /api/entities, /api/quotes, /api/events: the read-only views the web UI is built on. */
final class BrowseApi {
    /** /api/quotes looks at most this many of the newest matching articles. */
    static final int QUOTE_ARTICLES = 1_000;

    private final WirewatchIndex index;
    private final StoryViews stories;
    private final EntityPages entities;
    private final EventViews events;
    private final ServerSettings settings;
    private final JsonReplies replies;

    BrowseApi(WirewatchIndex index, StoryViews stories, EntityPages entities, EventViews events, ServerSettings settings,
              JsonReplies replies) {
        this.index = index;
        this.stories = stories;
        this.entities = entities;
        this.events = events;
        this.settings = settings;
        this.replies = replies;
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
        body.put("entity_names", entities.names(result));
        replies.send(ctx, body);
    }

    void storyList(Context ctx) throws IOException {
        replies.send(ctx, stories.list(Paging.of(ctx, settings.maxPageSize())));
    }

    void story(Context ctx) throws IOException {
        replies.send(ctx, stories.story(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no story " + ctx.pathParam("id"))));
    }

    void entity(Context ctx) throws IOException {
        replies.send(ctx, entities.page(ctx.pathParam("id")).orElseThrow(() -> new NotFoundResponse("no entity " + ctx.pathParam("id"))));
    }

    /** Quotes from the newest matching articles (filters as /api/search; speaker= names the speaker in any language). */
    void quotes(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        SearchRequest filter = Filters.of(ctx);
        List<QuoteView> all = new ArrayList<>();
        for (SearchResult.Hit h : index.search(filter.page(0, QUOTE_ARTICLES)).hits()) {
            Article a = h.article();
            for (QuoteView q : QuoteView.allIn(a)) if (filter.speaker() == null || speakerMatches(q, filter)) all.add(q);
        }
        replies.send(ctx, Listing.page(all, paging));
    }

    /** Events by date, oldest first (type=, entity= in any language, from/to on the event's date). */
    void events(Context ctx) throws IOException {
        Paging paging = Paging.of(ctx, settings.maxPageSize());
        replies.send(ctx, Listing.page(events.search(Filters.events(ctx)), paging));
    }

    /** The article matched because one of its quotes is the speaker's; keep only those quotes. */
    private boolean speakerMatches(QuoteView q, SearchRequest filter) {
        if (q.speakerId() == null) return false;
        return q.speakerId().equals(filter.speaker()) || entities.resolves(filter.speaker(), q.speakerId());
    }
}
