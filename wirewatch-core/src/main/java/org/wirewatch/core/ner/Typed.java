package org.wirewatch.core.ner;

import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;

/**
 * A candidate with its type and, when the knowledge base knows it, its entity.
 *
 * @param lemma the name in its base form ("Марк Рютте" for "Марком Рютте")
 */
record Typed(Candidate candidate, EntityType type, KbEntity entity, String lemma, Strength strength) {
    static Typed recalled(Candidate candidate, String lemma, Identity identity) {
        return new Typed(candidate, identity.type(), identity.entity(), lemma, identity.strength());
    }
}
