package org.wirewatch.core.extract.categories;

import java.util.List;
import java.util.Map;

/**
 * One category as its file defines it: words and phrases per language, entity ids and event types
 * with weights, and the score an article needs to belong to it.
 *
 * @param id        the category's id, its file name without {@code .cues} ("air-strikes")
 * @param name      a readable name ("Air strikes")
 * @param threshold the least score that puts an article in the category
 * @param terms     per ISO 639-1 code, that language's terms
 * @param entities  weight per knowledge-base entity id
 * @param events    weight per event type ({@code ATTACK})
 */
public record CategoryDefinition(String id, String name, double threshold, Map<String, List<Term>> terms,
                                 Map<String, Double> entities, Map<String, Double> events) {
    public CategoryDefinition {
        terms = Map.copyOf(terms);
        entities = Map.copyOf(entities);
        events = Map.copyOf(events);
        if (!(threshold > 0)) throw new IllegalArgumentException("threshold of " + id + " must be positive");
    }

    /** The terms of one language; empty when the category has none there. */
    public List<Term> terms(String lang) {
        return terms.getOrDefault(lang, List.of());
    }
}
