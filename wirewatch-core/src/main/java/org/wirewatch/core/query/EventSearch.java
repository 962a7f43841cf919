package org.wirewatch.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirewatch.core.eventlink.EventLinker;
import org.wirewatch.core.eventlink.LinkedEvent;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Event;
import org.wirewatch.core.model.Mention;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * The events of many articles that pass a filter: a type, an entity taking part (as actor,
 * target, place or source; named in any language or by id, resolved like {@link SpeakerQuotes})
 * and a range of days. Each event comes with the sentences that tell it. Feed articles with
 * {@link #add}; not thread-safe.
 */
public final class EventSearch {
    /** One event with its article and the text of its evidence sentences; {@code number} is its place among the article's events, from 1. */
    public record Found(String articleId, String lang, String published, Event event, List<String> evidence, int number) {
        /** "article-id:n", the event's id in exports. */
        public String id() {
            return articleId + ":" + number;
        }
    }

    /** What to keep: each part null for "any"; {@code from}/{@code to} are ISO days, inclusive. */
    public record Filter(String type, String entity, String from, String to) {}

    private final Filter filter;
    private final EntityQuery entity;
    private final List<Found> found = new ArrayList<>();

    public EventSearch(KnowledgeBase kb, NameKeys keys, Filter filter) {
        this.filter = filter;
        this.entity = filter.entity() == null ? null : new EntityQuery(kb, keys, filter.entity());
    }

    public void add(Article article) {
        int number = 0;
        for (Event e : article.events()) {
            number++;
            if (filter.type() != null && !filter.type().equalsIgnoreCase(e.type())) continue;
            if (!inRange(e.date()) || entity != null && !involves(article, e)) continue;
            List<String> sentences = e.evidence().stream().map(s -> article.text().substring(s.start(), s.end())).toList();
            found.add(new Found(article.id(), article.lang(), article.published(), e, sentences, number));
        }
    }

    /** By date, oldest first; events without a date last. */
    public List<Found> events() {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing((Found f) -> f.event().date(), Comparator.nullsLast(Comparator.<String>naturalOrder())));
        return sorted;
    }

    /** The events found, reports of one happening across articles and languages linked into one. */
    public List<LinkedEvent<Found>> linked(EventLinker linker) {
        return linker.link(events(), Found::event, Found::articleId, Found::id);
    }

    /** A day range compares by prefix: "2024-07" is within 2024-07-01..2024-07-31. An undated event passes only an open range. */
    private boolean inRange(String date) {
        if (filter.from() == null && filter.to() == null) return true;
        if (date == null) return false;
        if (filter.from() != null && date.compareTo(filter.from().substring(0, Math.min(date.length(), filter.from().length()))) < 0) return false;
        return filter.to() == null || date.compareTo(filter.to()) <= 0 || filter.to().startsWith(date);
    }

    private boolean involves(Article article, Event e) {
        List<String> ids = new ArrayList<>(e.locations());
        ids.add(e.actor());
        ids.add(e.target());
        ids.add(e.source());
        for (String id : ids) {
            if (id == null) continue;
            String name = article.entities().stream().filter(m -> id.equals(m.id())).map(Mention::name).findFirst().orElse(null);
            if (entity.matches(id, name, null)) return true;
        }
        return false;
    }
}
