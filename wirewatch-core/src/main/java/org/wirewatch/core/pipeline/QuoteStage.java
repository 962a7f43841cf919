package org.wirewatch.core.pipeline;

import org.wirewatch.core.extract.quotes.QuoteExtractor;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** Direct and reported quotes, with speakers from the entities found before. */
final class QuoteStage implements Stage {
    private final QuoteExtractor quotes;

    QuoteStage(QuoteExtractor quotes) {
        this.quotes = quotes;
    }

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return quotes.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.NONE;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        return article.toBuilder().quotes(quotes.extract(text, article.entities())).build();
    }
}
