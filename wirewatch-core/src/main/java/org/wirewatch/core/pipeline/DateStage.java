package org.wirewatch.core.pipeline;

import org.wirewatch.core.extract.dates.DateExtractor;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** Dates normalised to ISO-8601, relative ones resolved against the article's date; numeric ones in every language. */
final class DateStage implements Stage {
    private final DateExtractor dates;

    DateStage(DateExtractor dates) {
        this.dates = dates;
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return dates.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        return article.toBuilder().dates(dates.extract(text, article.published())).build();
    }
}
