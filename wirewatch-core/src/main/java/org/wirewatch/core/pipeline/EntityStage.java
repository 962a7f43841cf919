package org.wirewatch.core.pipeline;

import java.util.Set;
import org.wirewatch.core.extract.ner.ArticleHints;
import org.wirewatch.core.extract.ner.Entities;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.GenericNameFinder;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;

/**
 * People, organisations and places, linked to their identities, and the offices titles give them;
 * in a language without name cues, its capitalised names ({@link GenericNameFinder}).
 */
final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;
    private final GenericNameFinder generic;

    EntityStage(EntityRecognizer recognizer, GenericNameFinder generic) {
        this.recognizer = recognizer;
        this.generic = generic;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public LanguageSupport.Level support(String lang) {
        return recognizer.supports(lang) ? LanguageSupport.Level.FULL : LanguageSupport.Level.GENERIC;
    }

    @Override
    public Article apply(Article article, AnalysedText text) {
        if (!recognizer.supports(article.lang())) return article.toBuilder().entities(generic.find(text)).build();
        ArticleHints hints = new ArticleHints(article.source() == null ? Set.of() : Set.of(article.source()), Set.copyOf(article.authors()));
        Entities found = recognizer.recognize(text, article.published(), hints);
        return article.toBuilder().entities(found.mentions()).roles(found.roles()).build();
    }
}
