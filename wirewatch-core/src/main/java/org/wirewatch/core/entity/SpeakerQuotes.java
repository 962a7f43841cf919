package org.wirewatch.core.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Quote;
import org.wirewatch.core.names.NameKeys;

/**
 * The quotes one speaker gave, across languages, newest first. The speaker is named in any
 * language or script, or by id; resolved like {@link EntityProfiles}. Feed articles with
 * {@link #add}; not thread-safe.
 */
public final class SpeakerQuotes {
    /** One quote with the article it came from (its id, language and published date). */
    public record Found(String articleId, String lang, String published, Quote quote) {}

    private final NameKeys keys;
    private final String query;
    private final Optional<KbEntity> known;
    private final List<Found> found = new ArrayList<>();

    public SpeakerQuotes(KnowledgeBase kb, NameKeys keys, String speaker) {
        this.keys = keys;
        this.query = speaker.strip();
        this.known = kb.byId(query).or(() -> kb.find(query, null).stream().findFirst());
    }

    public void add(Article article) {
        for (Quote q : article.quotes()) {
            if (q.speaker() != null && isWanted(q.speaker())) found.add(new Found(article.id(), article.lang(), article.published(), q));
        }
    }

    /** Newest first; quotes from articles without a date last. */
    public List<Found> quotes() {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Found::published, Comparator.nullsFirst(Comparator.<String>naturalOrder())).reversed());
        return sorted;
    }

    private boolean isWanted(Quote.Speaker speaker) {
        if (known.isPresent()) return known.get().id().equals(speaker.id());
        String wanted = keys.key(query, null);
        return query.equals(speaker.id()) || speaker.name() != null && (keys.key(speaker.name(), null).equals(wanted)
                || keys.key(lastWord(speaker.name()), null).equals(wanted));
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
