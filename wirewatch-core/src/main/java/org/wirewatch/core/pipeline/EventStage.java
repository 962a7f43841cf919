package org.wirewatch.core.pipeline;

import org.wirewatch.core.extract.events.EventExtractor;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** Typed events (who did what to whom, where, when, how many) from the entities, dates and amounts found before. */
final class EventStage implements Stage {
    private final EventExtractor events;

    EventStage(EventExtractor events) {
        this.events = events;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return events.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.NONE;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        return article.withEvents(events.extract(article, text));
    }
}
