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
import org.wirewatch.index.EntitySummary;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;

/**
 * Everything the entity page shows, counted over every stored article that mentions it: its
 * profile (names by language, offices over time), its counts (articles, mentions per day and per
 * month, quotes, how it is portrayed) and the entities named beside it, from the summary the
 * index keeps of it ({@link EntitySummary}: one look-up, however many articles mention it); and one page (offset, limit; newest first) of its
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

    private final ArticleIndex index;
    private final KnowledgeBase kb;
    private final NameKeys keys;
    private final EntityFilter filter;
    private final EventViews events;

    EntityPages(ArticleIndex index, KnowledgeBase kb, NameKeys keys, EventViews events) {
        this.index = index;
        this.events = events;
        this.kb = kb;
        this.keys = keys;
        this.filter = new EntityFilter(kb, keys);
    }

    /** The page of the entity named or identified so; empty when no stored article and no knowledge-base entry knows it. */
    Optional<EntityPage> page(String idOrName, Paging paging) throws IOException {
        Optional<String> resolved = resolve(idOrName);
        if (resolved.isEmpty()) return Optional.empty();
        String id = resolved.get();
        EntitySummary summary = index.entitySummary(id).orElse(null);
        Optional<EntityProfile> kbOnly = kb.byId(id).isPresent() ? new EntityProfiles(kb, keys, id).profile() : Optional.empty();
        Optional<EntityProfile> profile = SummaryProfile.of(id, kbOnly, summary, kb).map(EntityPages::condensed);
        if (profile.isEmpty()) return Optional.empty();
        SearchResult found = index.page(SearchRequest.all().withEntity(id).page(paging.offset(), paging.limit()));
        List<Article> articles = found.hits().stream().map(SearchResult.Hit::article).toList();
        Map<String, String> names = new HashMap<>();
        for (Article a : articles) for (Mention m : a.entities()) if (m.id() != null && m.name() != null) names.putIfAbsent(m.id(), m.name());
        // the events of this page of its articles; their total counts every stored article's events it takes part in
        List<EventViews.EventView> pageEvents = events.of(articles, new EventSearch.Filter(null, id, null, null));
        long mentions = summary == null ? 0 : summary.mentions();
        long quotes = summary == null ? 0 : summary.quotes();
        long eventsTotal = summary == null ? 0 : summary.events();
        List<Related> related = summary == null ? List.of() : related(summary, paging.limit() == 0 ? 999 : 19, names);
        return Optional.of(new EntityPage(profile.get(), found.total(), mentions, quotes, eventsTotal,
                paging.offset(), paging.limit(), quotes(id, paging), related,
                summary == null ? List.of() : EntityTally.perMonth(summary), summary == null ? List.of() : EntityTally.perDay(summary),
                mentions(id, articles), pageEvents, articles.stream().map(ArticleSummary::of).toList(),
                summary == null ? List.of() : EntityTally.sentiment(summary)));
    }

    /**
     * The entity id a user's id or name stands for: the knowledge base's, an id articles gave, or
     * else the id most of the mentions matching the name by cross-script key carry (one pass over
     * the digests of the articles the name finds: the slower way, for names, not ids).
     */
    private Optional<String> resolve(String idOrName) throws IOException {
        List<String> known = filter.ids(idOrName);
        if (!known.isEmpty()) return Optional.of(known.get(0));
        String asked = idOrName.strip();
        if (index.entitySummary(asked).isPresent()) return Optional.of(asked);
        EntityProfiles profiles = new EntityProfiles(kb, keys, idOrName);
        index.forEachDigest(SearchRequest.all().withEntity(idOrName), null, d -> profiles.add(d.skeleton()));
        return profiles.profile().map(EntityProfile::id);
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
        for (SearchResult.Hit h : index.page(SearchRequest.all().withSpeaker(id).page(paging.offset(), paging.limit())).hits()) {
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

    /** The entities named beside it most often (articles mentioning both; ties by id), at most {@code top}. */
    private List<Related> related(EntitySummary summary, int top, Map<String, String> names) {
        List<Related> out = new ArrayList<>();
        summary.together().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> out.add(new Related(e.getKey(), kb.byId(e.getKey()).map(KbEntity::name).orElse(names.getOrDefault(e.getKey(), e.getKey())),
                        e.getValue())));
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
