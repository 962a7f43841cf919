package org.wirewatch.core.extract.ner;

import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;

/**
 * A candidate with its type and, when the knowledge base knows it, its entity.
 *
 * @param lemma the name in its base form ("Марк Рютте" for "Марком Рютте")
 */
record Typed(Candidate candidate, EntityType type, KbEntity entity, String lemma, Strength strength) {
    /** The document named this before: that is evidence of its own, whatever the first mention rested on. */
    static Typed recalled(Candidate candidate, String lemma, Identity identity) {
        Strength strength = identity.strength() == Strength.WEAK ? Strength.STRONG : identity.strength();
        return new Typed(candidate, identity.type(), identity.entity(), lemma, strength);
    }
}
