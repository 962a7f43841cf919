package org.wirewatch.core.pipeline;

import org.wirewatch.core.extract.amounts.AmountExtractor;
import org.wirewatch.core.extract.amounts.FoundAmount;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** Counts with what they count ("90 drones", "at least 10 people injured"). */
final class AmountStage implements Stage {
    private final AmountExtractor amounts;

    AmountStage(AmountExtractor amounts) {
        this.amounts = amounts;
    }

    @Override
    public String name() {
        return "amounts";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return amounts.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.NONE;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        return article.toBuilder().amounts(amounts.extract(text).stream().map(FoundAmount::toModel).toList()).build();
    }
}
