package org.wirewatch.core.extract.ner;

import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;

/** Who or what a mention refers to: a knowledge-base entity, or a name seen in the text. */
record Identity(String id, String name, EntityType type, KbEntity entity, Strength strength) {
    Identity withName(String longerName) {
        return new Identity(id, longerName, type, entity, strength);
    }
}
