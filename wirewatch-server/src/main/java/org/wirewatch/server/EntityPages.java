package org.wirewatch.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * Everything the entity page shows, gathered from the newest stored articles mentioning it: its
 * profile (names by language, offices over time), its quotes, the entities named beside it, its
 * mentions month by month, the events it takes part in, and where it is mentioned (each mention points at its span).
 */
final class EntityPages {
    /** How many of the newest articles mentioning the entity a page is built from. */
    static final int ARTICLES = 500;
    static final int MENTIONS_SHOWN = 100;

    record Related(String id, String name, long articles) {}

    record Period(String month, int articles, int mentions) {}

    /** @param sentiment how the mention's sentence portrays the entity; null where its language has no tone */
    record MentionView(String articleId, String lang, String published, String title, String text, int start, int end, String sentiment) {}

    record EntityPage(EntityProfile profile, List<QuoteView> quotes, List<Related> coOccurring, List<Period> mentionsOverTime,
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
    Optional<EntityPage> page(String idOrName) throws IOException {
        SearchResult found = index.search(SearchRequest.all().withEntity(idOrName).page(0, ARTICLES));
        EntityProfiles profiles = new EntityProfiles(kb, keys, idOrName);
        SpeakerQuotes said = new SpeakerQuotes(kb, keys, idOrName);
        Map<String, String> names = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        for (SearchResult.Hit h : found.hits()) {
            Article a = h.article();
            articles.add(a);
            profiles.add(a);
            said.add(a);
            for (Mention m : a.entities()) if (m.id() != null && m.name() != null) names.putIfAbsent(m.id(), m.name());
        }
        Optional<EntityProfile> profile = profiles.profile();
        if (profile.isEmpty()) return Optional.empty();
        String id = profile.get().id();
        List<QuoteView> quotes = new ArrayList<>();
        for (SpeakerQuotes.Found q : said.quotes()) {
            Article a = articles.stream().filter(x -> x.id().equals(q.articleId())).findFirst().orElseThrow();
            quotes.add(QuoteView.of(a, q.quote()));
        }
        return Optional.of(new EntityPage(profile.get(), quotes, related(id, found, names), periods(id, articles),
                mentions(id, articles), events.of(articles, new EventSearch.Filter(null, id, null, null)), articles.stream().limit(50).map(ArticleSummary::of).toList(),
                SentimentViews.of(id, articles)));
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

    /** Whether a name a user gave resolves to this entity id (through the knowledge base). */
    boolean resolves(String name, String id) {
        return filter.ids(name).contains(id);
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

    private static List<Period> periods(String id, List<Article> articles) {
        Map<String, int[]> byMonth = new TreeMap<>();
        for (Article a : articles) {
            if (a.published() == null || a.published().length() < 7) continue;
            int mentions = (int) a.entities().stream().filter(m -> id.equals(m.id())).count();
            int[] counts = byMonth.computeIfAbsent(a.published().substring(0, 7), k -> new int[2]);
            counts[0]++;
            counts[1] += mentions;
        }
        List<Period> out = new ArrayList<>();
        byMonth.forEach((month, c) -> out.add(new Period(month, c[0], c[1])));
        return out;
    }

    private static List<MentionView> mentions(String id, List<Article> articles) {
        List<MentionView> out = new ArrayList<>();
        for (Article a : articles) {
            for (Mention m : a.entities()) {
                if (!id.equals(m.id())) continue;
                out.add(new MentionView(a.id(), a.lang(), a.published(), a.title(), m.text(), m.start(), m.end(), m.sentiment()));
                if (out.size() >= MENTIONS_SHOWN) return out;
            }
        }
        return out;
    }
}
