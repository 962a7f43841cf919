package org.wirewatch.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.eventlink.LinkedEvent;
import org.wirewatch.core.query.EventSearch;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.linguistics.names.NameKeys;
import org.wirewatch.index.SearchRequest;
import org.wirewatch.index.SearchResult;
import org.wirewatch.index.ArticleIndex;

/**
 * Events as pages show them: each with its article (id, title, language), display names for the
 * entity ids it refers to, the text of its amounts, and its evidence sentences with their offsets
 * into the article text so a page can link to and highlight them; and happenings with their reports
 * linked across articles and languages. Oldest first, undated last.
 */
final class EventViews {
    /** /api/events looks at most this many of the newest articles that tell of a matching event. */
    static final int EVENT_ARTICLES = 1_000;

    record EvidenceView(int start, int end, String text) {}

    record EventView(String articleId, String title, String lang, String published, Event event, Map<String, String> names,
                     List<String> amounts, List<EvidenceView> evidence) {}

    /** One happening with its reports across articles and languages ({@link EventLinker}); names cover every id of every report. */
    record LinkedEventView(String id, String type, String cameo, String actor, String target, String location, List<String> locations,
                           String date, int mentionCount, int articleCount, List<String> languages, Map<String, String> names,
                           List<EventView> mentions) {}

    private final ArticleIndex index;
    private final KnowledgeBase kb;
    private final NameKeys keys;
    private final EventLinker linker;

    EventViews(ArticleIndex index, KnowledgeBase kb, NameKeys keys) {
        this.index = index;
        this.kb = kb;
        this.keys = keys;
        this.linker = new EventLinker(kb);
    }

    /** Happenings passing the filter among the newest articles that tell of such events, each with its reports. */
    List<LinkedEventView> linked(EventSearch.Filter filter) throws IOException {
        return linked(articles(filter), filter);
    }

    /** Happenings passing the filter told by the given articles, each with its reports. */
    List<LinkedEventView> linked(List<Article> found, EventSearch.Filter filter) {
        Searched searched = search(found, filter);
        List<LinkedEventView> out = new ArrayList<>();
        for (LinkedEvent<EventSearch.Found> e : searched.search().linked(linker)) {
            List<EventView> mentions = e.mentions().stream().map(f -> view(searched, f)).toList();
            Map<String, String> names = new HashMap<>();
            for (EventView m : mentions) m.names().forEach(names::putIfAbsent);
            out.add(new LinkedEventView(e.id(), e.type(), e.cameo(), e.actor(), e.target(), e.location(), e.locations(), e.date(),
                    mentions.size(), (int) mentions.stream().map(EventView::articleId).distinct().count(),
                    mentions.stream().map(EventView::lang).filter(java.util.Objects::nonNull).distinct().sorted().toList(), names, mentions));
        }
        return out;
    }

    private List<Article> articles(EventSearch.Filter filter) throws IOException {
        SearchRequest articles = SearchRequest.all().withEventType(filter.type()).withEntity(filter.entity()).page(0, EVENT_ARTICLES);
        List<Article> found = new ArrayList<>();
        for (SearchResult.Hit h : index.page(articles).hits()) found.add(h.article());
        return found;
    }

    /** Events of the given articles passing the filter. */
    List<EventView> of(List<Article> articles, EventSearch.Filter filter) {
        Searched searched = search(articles, filter);
        List<EventView> out = new ArrayList<>();
        for (EventSearch.Found f : searched.search().events()) out.add(view(searched, f));
        return out;
    }

    /** The articles' events passing the filter, with the articles by id to show each event with its own. */
    private record Searched(EventSearch search, Map<String, Article> byId) {}

    private Searched search(List<Article> articles, EventSearch.Filter filter) {
        EventSearch search = new EventSearch(kb, keys, filter);
        Map<String, Article> byId = new HashMap<>();
        for (Article a : articles) {
            search.add(a);
            byId.put(a.id(), a);
        }
        return new Searched(search, byId);
    }

    static EventSearch.Filter all() {
        return new EventSearch.Filter(null, null, null, null);
    }

    private EventView view(Searched searched, EventSearch.Found f) {
        return view(searched.byId().get(f.articleId()), f.event());
    }

    private EventView view(Article a, Event e) {
        List<EvidenceView> evidence = new ArrayList<>();
        for (Event.Evidence s : e.evidence()) evidence.add(new EvidenceView(s.start(), s.end(), a.text().substring(s.start(), s.end())));
        List<String> amounts = new ArrayList<>();
        for (int i : e.amounts()) if (i >= 0 && i < a.amounts().size()) amounts.add(a.amounts().get(i).text());
        return new EventView(a.id(), a.title(), a.lang(), a.published(), e, names(a, e), amounts, evidence);
    }

    /** Display names of the ids the event refers to: the knowledge base's English name, else the article's. */
    private Map<String, String> names(Article a, Event e) {
        List<String> ids = new ArrayList<>(e.locations());
        ids.add(e.actor());
        ids.add(e.target());
        ids.add(e.location());
        ids.add(e.source());
        Map<String, String> names = new HashMap<>();
        for (String id : ids) {
            if (id == null || names.containsKey(id)) continue;
            String fromArticle = a.entities().stream().filter(m -> id.equals(m.id()) && m.name() != null).map(Mention::name).findFirst().orElse(id);
            names.put(id, kb.byId(id).map(KbEntity::name).orElse(fromArticle));
        }
        return names;
    }
}
