package org.wirewatch.core.extract.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * What one document has named so far, so that a name keeps one identity and one type throughout:
 * once "Yurii Syrotiuk" is a person, a later "Syrotiuk" is that person. Keys are cross-script
 * name keys, so "Рютте" and "Rutte" meet. One instance per document; not thread-safe.
 */
final class DocumentMemory {
    private final NameKeys keys;
    private final String lang;
    private final Map<String, Identity> byName = new HashMap<>();
    private final Map<String, Identity> bySurname = new HashMap<>();
    private final Set<String> named = new HashSet<>();

    DocumentMemory(NameKeys keys, String lang) {
        this.keys = keys;
        this.lang = lang;
    }

    boolean named(String id) {
        return named.contains(id);
    }

    /** The identity an earlier mention gave this name, or for a single word, the person whose surname it is. */
    Optional<Identity> recall(String lemma, int words) {
        String key = keys.key(lemma, lang);
        Identity full = byName.get(key);
        if (full != null) return Optional.of(full);
        return words == 1 ? Optional.ofNullable(bySurname.get(key)) : Optional.empty();
    }

    /** Gives a typed mention its identity, and remembers it for the rest of the document. */
    Identity identify(Typed t) {
        String key = keys.key(t.lemma(), lang);
        Identity identity = t.entity() != null
                ? new Identity(t.entity().id(), t.entity().name(), t.type(), t.entity(), t.strength())
                : unknown(t, key);
        byName.putIfAbsent(key, identity);
        named.add(identity.id());
        if (identity.type() == EntityType.PER) bySurname.putIfAbsent(surnameKey(t.lemma()), identity);
        return identity;
    }

    private Identity unknown(Typed t, String key) {
        Identity seen = byName.get(key);
        if (seen != null) return seen;
        if (t.type() == EntityType.PER) {
            Identity person = bySurname.get(surnameKey(t.lemma()));
            if (person != null) return longer(person, t.lemma());
            return new Identity("per:" + surnameKey(t.lemma()), t.lemma(), EntityType.PER, null, t.strength());
        }
        // Not by type: one language may type a name LOC where another says MISC, and it is still one thing.
        return new Identity("name:" + key, t.lemma(), t.type(), null, t.strength());
    }

    /** A person first named by surname and later in full shows the full name. */
    private Identity longer(Identity person, String lemma) {
        if (person.entity() != null || lemma.length() <= person.name().length()) return person;
        Identity renamed = person.withName(lemma);
        bySurname.replaceAll((k, v) -> v.id().equals(person.id()) ? renamed : v);
        byName.replaceAll((k, v) -> v.id().equals(person.id()) ? renamed : v);
        return renamed;
    }

    private String surnameKey(String lemma) {
        int space = lemma.lastIndexOf(' ');
        return keys.key(space < 0 ? lemma : lemma.substring(space + 1), lang);
    }
}
