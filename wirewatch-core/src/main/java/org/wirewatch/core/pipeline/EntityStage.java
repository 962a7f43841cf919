package org.wirewatch.core.pipeline;

import java.util.Set;
import org.wirewatch.core.extract.ner.ArticleHints;
import org.wirewatch.core.extract.ner.Entities;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/** People, organisations and places, linked to their identities, and the offices titles give them. */
final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;

    EntityStage(EntityRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return recognizer.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.NONE;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        ArticleHints hints = new ArticleHints(article.source() == null ? Set.of() : Set.of(article.source()), Set.copyOf(article.authors()));
        Entities found = recognizer.recognize(text, article.published(), hints);
        return article.toBuilder().entities(found.mentions()).roles(found.roles()).build();
    }
}
