package org.wirewatch.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * The quotes one speaker gave, across languages, newest first. The speaker is named in any
 * language or script, or by id; resolved like {@link EntityProfiles}. Feed articles with
 * {@link #add}; not thread-safe.
 */
public final class SpeakerQuotes {
    /** One quote with the article it came from (its id, language and published date). */
    public record Found(String articleId, String lang, String published, Quote quote) {}

    private final EntityQuery speaker;
    private final List<Found> found = new ArrayList<>();

    public SpeakerQuotes(KnowledgeBase kb, NameKeys keys, String speaker) {
        this.speaker = new EntityQuery(kb, keys, speaker);
    }

    public void add(Article article) {
        for (Quote q : article.quotes()) {
            if (q.speaker() != null && speaker.matches(q.speaker().id(), q.speaker().name(), null)) found.add(new Found(article.id(), article.lang(), article.published(), q));
        }
    }

    /** Newest first; quotes from articles without a date last. */
    public List<Found> quotes() {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Found::published, Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed());
        return sorted;
    }
}
