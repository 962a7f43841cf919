package org.wirewatch.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.extract.ner.ArticleHints;
import org.wirewatch.core.extract.ner.Entities;
import org.wirewatch.core.extract.ner.EntityRecognizer;
import org.wirewatch.core.extract.ner.GenericNameFinder;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.Place;
import org.wirewatch.core.linguistics.AnalysedText;
import org.wirewatch.core.model.Article;
import org.wirewatch.core.model.Mention;

/**
 * People, organisations and places, linked to their identities, and the offices titles give them;
 * in a language without name cues, its capitalised names ({@link GenericNameFinder}).
 */
final class EntityStage implements Stage {
    private final EntityRecognizer recognizer;
    private final GenericNameFinder generic;
    private final KnowledgeBase kb;

    EntityStage(EntityRecognizer recognizer, GenericNameFinder generic, KnowledgeBase kb) {
        this.recognizer = recognizer;
        this.generic = generic;
        this.kb = kb;
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
        if (!recognizer.supports(article.lang())) return article.toBuilder().entities(located(generic.find(text))).build();
        ArticleHints hints = new ArticleHints(article.source() == null ? Set.of() : Set.of(article.source()), Set.copyOf(article.authors()));
        Entities found = recognizer.recognize(text, article.published(), hints);
        return article.toBuilder().entities(located(found.mentions())).roles(found.roles()).build();
    }

    /** Places the knowledge base locates get their point and country; every other mention stays as it is. */
    private List<Mention> located(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Optional<Place> place = "LOC".equals(m.type()) && m.id() != null ? kb.byId(m.id()).flatMap(KbEntity::place) : Optional.empty();
            out.add(place.map(p -> m.withPlace(p.lat(), p.lon(), p.country())).orElse(m));
        }
        return out;
    }
}
