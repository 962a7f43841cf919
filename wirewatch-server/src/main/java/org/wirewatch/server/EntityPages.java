package org.wirewatch.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.core.query.EntityProfile;
import org.wirewatch.core.query.EntityProfiles;
import org.wirewatch.core.query.EventSearch;
import org.wirewatch.core.query.SpeakerQuotes;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.index.EntityFilter;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.WirewatchIndex;

/**
 * Everything the entity page shows, computed over every stored article that mentions it: its
 * profile (names by language, offices over time) and its counts (articles, mentions per day and
 * per month, quotes, how it is portrayed) from one pass over the articles' digests; the entities
 * named beside it from the index's facets; and one page (offset, limit; newest first) of its
 * articles with their mentions of it and the events it takes part in there, and a page of its
 * quotes, each with its total.
 */
final class EntityPages {
    /** @param sentiment how the mention's sentence portrays the entity; null where its language has no tone */
    record MentionView(String articleId, String lang, String published, String title, String text, int start, int end, String sentiment) {}

    record Related(String id, String name, long articles) {}

    /**
     * @param articlesTotal articles mentioning the entity; {@code articles} and {@code mentions} are the page's
     * @param quotesTotal   its quotes in all stored articles; {@code quotes} are those of the page of articles quoting it
     */
    record EntityPage(EntityProfile profile, long articlesTotal, long mentionsTotal, long quotesTotal, long eventsTotal,
                      int offset, int limit, List<QuoteView> quotes, List<Related> coOccurring,
                      List<EntityTally.Month> mentionsOverTime, List<EntityTally.Day> mentionsPerDay,
                      List<MentionView> mentions, List<EventViews.EventView> events, List<ArticleSummary> articles,
                      List<SentimentViews.Row> sentiment) {}

    private final WirewatchIndex index;
    private final KnowledgeBase kb;
    private final NameKeys keys;
    private final EntityFilter filter;
    private final EventViews events;

    EntityPages(WirewatchIndex index, KnowledgeBase kb, NameKeys keys, EventViews events) {
        this.index = index;
        this.events = events;
        this.kb = kb;
        this.keys = keys;
        this.filter = new EntityFilter(kb, keys);
    }

    /** The page of the entity named or identified so; empty when no stored article and no knowledge-base entry knows it. */
    Optional<EntityPage> page(String idOrName, Paging paging) throws IOException {
        EntityProfiles profiles = new EntityProfiles(kb, keys, idOrName);
        List<String> known = filter.ids(idOrName);
        EntityTally[] tally = {known.isEmpty() ? null : new EntityTally(known.get(0))};
        // an entity the knowledge base knows: only its own mentions need reading (the profile is of it alone)
        String only = known.isEmpty() ? null : known.get(0);
        index.forEachDigest(SearchRequest.all().withEntity(idOrName), only, d -> {
            Article skeleton = d.skeleton();
            profiles.add(skeleton);
            if (tally[0] != null) tally[0].add(d, skeleton);
        });
        Optional<EntityProfile> profile = profiles.profile().map(EntityPages::condensed);
        if (profile.isEmpty()) return Optional.empty();
        String id = profile.get().id();
        if (tally[0] == null || !tally[0].id().equals(id)) {
            // a name the knowledge base does not know: which id it is became clear only after the first pass
            EntityTally second = new EntityTally(id);
            index.forEachDigest(SearchRequest.all().withEntity(id), id, d -> second.add(d, d.skeleton()));
            tally[0] = second;
        }
        SearchResult found = index.search(SearchRequest.all().withEntity(id).page(paging.offset(), paging.limit()));
        List<Article> articles = found.hits().stream().map(SearchResult.Hit::article).toList();
        Map<String, String> names = new HashMap<>();
        for (Article a : articles) for (Mention m : a.entities()) if (m.id() != null && m.name() != null) names.putIfAbsent(m.id(), m.name());
        // the events of this page of its articles; their total counts every stored article's events it takes part in
        List<EventViews.EventView> pageEvents = events.of(articles, new EventSearch.Filter(null, id, null, null));
        return Optional.of(new EntityPage(profile.get(), found.total(), tally[0].mentions(), tally[0].quotes(), tally[0].events(),
                paging.offset(), paging.limit(), quotes(id, paging), related(id, found, names), tally[0].perMonth(), tally[0].perDay(),
                mentions(id, articles), pageEvents, articles.stream().map(ArticleSummary::of).toList(), tally[0].sentiment()));
    }

    /**
     * One office per holder, role and body as the articles give it, from the first day an article
     * gave it to the last (the article cited is the first): over every stored article the same
     * title recurs thousands of times. The knowledge base's offices stay as they are.
     */
    static EntityProfile condensed(EntityProfile p) {
        Map<List<String>, EntityProfile.Office> byOffice = new java.util.LinkedHashMap<>();
        List<EntityProfile.Office> out = new ArrayList<>();
        for (EntityProfile.Office o : p.offices()) {
            if ("kb".equals(o.source())) {
                out.add(o);
                continue;
            }
            byOffice.merge(java.util.Arrays.asList(o.holder(), o.role(), o.org()), o, (a, b) -> new EntityProfile.Office(a.holder(), a.role(), a.org(),
                    a.from(), b.from() == null ? a.to() : b.from(), a.source()));
        }
        out.addAll(byOffice.values());
        out.sort(java.util.Comparator.comparing(EntityProfile.Office::from, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return new EntityProfile(p.id(), p.type(), p.name(), p.namesByLanguage(), out, p.mentions(), p.articles());
    }

    /** The quotes of one page (newest first) of the articles quoting the entity. */
    private List<QuoteView> quotes(String id, Paging paging) throws IOException {
        SpeakerQuotes said = new SpeakerQuotes(kb, keys, id);
        Map<String, Article> byId = new HashMap<>();
        for (SearchResult.Hit h : index.search(SearchRequest.all().withSpeaker(id).page(paging.offset(), paging.limit())).hits()) {
            said.add(h.article());
            byId.put(h.article().id(), h.article());
        }
        List<QuoteView> quotes = new ArrayList<>();
        for (SpeakerQuotes.Found q : said.quotes()) quotes.add(QuoteView.of(byId.get(q.articleId()), q.quote()));
        return quotes;
    }

    /** Display names of the entities in a result's entity facet: the knowledge base's, else the one articles gave. */
    Map<String, String> names(SearchResult result) {
        Map<String, String> fromArticles = new HashMap<>();
        for (SearchResult.Hit h : result.hits()) {
            for (Mention m : h.article().entities()) if (m.id() != null && m.name() != null) fromArticles.putIfAbsent(m.id(), m.name());
        }
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (SearchResult.FacetCount c : result.facets().getOrDefault("entity", List.of())) {
            names.put(c.value(), kb.byId(c.value()).map(KbEntity::name).orElse(fromArticles.getOrDefault(c.value(), c.value())));
        }
        return names;
    }

    /** The entity ids a name a user gave resolves to (through the knowledge base). */
    List<String> ids(String name) {
        return filter.ids(name);
    }

    private List<Related> related(String id, SearchResult found, Map<String, String> names) {
        List<Related> out = new ArrayList<>();
        for (SearchResult.FacetCount c : found.facets().getOrDefault("entity", List.of())) {
            if (c.value().equals(id)) continue;
            String name = kb.byId(c.value()).map(KbEntity::name).orElse(names.getOrDefault(c.value(), c.value()));
            out.add(new Related(c.value(), name, c.count()));
        }
        return out;
    }

    private static List<MentionView> mentions(String id, List<Article> articles) {
        List<MentionView> out = new ArrayList<>();
        for (Article a : articles) {
            for (Mention m : a.entities()) {
                if (!id.equals(m.id())) continue;
                out.add(new MentionView(a.id(), a.lang(), a.published(), a.title(), m.text(), m.start(), m.end(), m.sentiment()));
            }
        }
        return out;
    }
}
