package org.wirewatch.core.pipeline;

import org.wirewatch.core.extract.categories.Categorizer;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** The news categories the article belongs to, from its words' lemmas, its entities and its events. */
final class CategoryStage implements Stage {
    private final Categorizer categorizer;

    CategoryStage(Categorizer categorizer) {
        this.categorizer = categorizer;
    }

    @Override
    public String name() {
        return "categories";
    }

    /** FULL where some category has words in the language; elsewhere entities and events still count. */
    @Override
    public LanguageSupport.Level support(String lang) {
        return categorizer.hasWords(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        return article.withCategories(categorizer.categorize(article, text));
    }
}
