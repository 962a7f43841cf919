package org.wirewatch.core.pipeline;

import org.wirewatch.core.extract.tone.EntitySentiment;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** How the article, its segments and sentences read, and how each entity mention's sentence portrays it. */
final class ToneStage implements Stage {
    private final EntitySentiment sentiment;

    ToneStage(EntitySentiment sentiment) {
        this.sentiment = sentiment;
    }

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return sentiment.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.NONE;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        return sentiment.apply(article, text);
    }
}
