package org.wirewatch.server;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.core.query.EntityProfile;
import org.wirewatch.core.query.EntityProfiles;
import org.wirewatch.index.EntityFilter;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;

/**
 * The entity page's lists, each over every stored article naming the entity and each paged
 * ({@code offset}, {@code limit}; {@code total} counts them all): its offices as periods
 * ({@code /api/entities/{id}/roles}), its quotes with each saying once
 * ({@code /api/entities/{id}/quotes}), the entities named beside it ({@code …/entities}) and its
 * stories ({@code …/stories}). {@code {id}} is an id or a name in any language, as for
 * {@code /api/entities/{id}}. Names are given in the reader's language: {@code lang=}, else the
 * first language of the request's {@code Accept-Language}, else English.
 */
final class EntityDetailsApi {
    /** Quotes are read from the articles quoting the entity this many at a time, newest first. */
    static final int QUOTE_BATCH = 100;

    private final ArticleIndex index;
    private final KnowledgeBase kb;
    private final NameKeys keys;
    private final EntityFilter filter;
    private final RoleLabels labels;
    private final UnaryOperator<String> survivor;
    private final ServerSettings settings;
    private final JsonReplies replies;

    EntityDetailsApi(ArticleIndex index, KnowledgeBase kb, NameKeys keys, RoleLabels labels, UnaryOperator<String> survivor,
                     ServerSettings settings, JsonReplies replies) {
        this.index = index;
        this.kb = kb;
        this.keys = keys;
        this.filter = new EntityFilter(kb, keys);
        this.labels = labels;
        this.survivor = survivor;
        this.settings = settings;
        this.replies = replies;
    }

    void roles(Context ctx) throws IOException {
        String id = resolve(ctx);
        RolePeriods periods = new RolePeriods(id, kb, labels, readerLanguage(ctx));
        index.forEachDigest(SearchRequest.all().withEntity(id), id, periods::add);
        replies.send(ctx, page(periods.periods(), ctx));
    }

    /** The sayings of every stored article quoting the entity (up to the index's deepest page, 10,000 articles). */
    void quotes(Context ctx) throws IOException {
        String id = resolve(ctx);
        QuoteGroups groups = new QuoteGroups(id, readerLanguage(ctx));
        SearchRequest quoting = SearchRequest.all().withSpeaker(id);
        for (int from = 0; from < SearchRequest.MAX_WINDOW; from += QUOTE_BATCH) {
            List<SearchResult.Hit> hits = index.page(quoting.page(from, Math.min(QUOTE_BATCH, SearchRequest.MAX_WINDOW - from))).hits();
            for (SearchResult.Hit h : hits) groups.add(h.article());
            if (hits.size() < QUOTE_BATCH) break;
        }
        replies.send(ctx, page(groups.groups(), ctx));
    }

    void entities(Context ctx) throws IOException {
        replies.send(ctx, page(neighbours(ctx).entities(), ctx));
    }

    void stories(Context ctx) throws IOException {
        replies.send(ctx, page(neighbours(ctx).stories(), ctx));
    }

    private EntityNeighbours neighbours(Context ctx) throws IOException {
        String id = resolve(ctx);
        EntityNeighbours found = new EntityNeighbours(id, kb, survivor);
        index.forEachDigest(SearchRequest.all().withEntity(id), found::add);
        return found;
    }

    private <T> Listing<T> page(List<T> all, Context ctx) {
        return Listing.page(all, Paging.of(ctx, settings.maxPageSize()));
    }

    /** The entity's id as its page shows it: the knowledge base's, else the one the articles naming it mostly give. */
    private String resolve(Context ctx) throws IOException {
        String asked = ctx.pathParam("id");
        EntityProfiles profiles = new EntityProfiles(kb, keys, asked);
        if (filter.ids(asked).isEmpty()) index.forEachDigest(SearchRequest.all().withEntity(asked), d -> profiles.add(d.skeleton()));
        return profiles.profile().map(EntityProfile::id).orElseThrow(() -> new NotFoundResponse("no entity " + asked));
    }

    /** {@code lang=}, else the first language the browser asks for, else English. */
    static String readerLanguage(Context ctx) {
        String asked = ctx.queryParam("lang");
        if (asked == null || asked.isBlank()) {
            String header = ctx.header("Accept-Language");
            asked = header == null || header.isBlank() ? "en" : header.split(",")[0].split(";")[0];
        }
        String primary = asked.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : "en";
    }
}
