package org.wirewatch.core.query;

import java.util.Optional;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * An entity as a user names it: "Blinken", "Блинкен", "ww:blinken". Resolved against the knowledge
 * base first; a name the base does not know matches the ids and names articles gave their
 * entities, by cross-script key of the whole name or of its last word (a surname). Immutable.
 */
final class EntityQuery {
    private final String query;
    private final NameKeys keys;
    private final Optional<KbEntity> known;
    private final String wantedKey;

    EntityQuery(KnowledgeBase kb, NameKeys keys, String query) {
        this.query = query.strip();
        this.keys = keys;
        this.known = kb.byId(this.query).or(() -> kb.find(this.query, null).stream().findFirst());
        this.wantedKey = keys.key(this.query, null);
    }

    Optional<KbEntity> known() {
        return known;
    }

    /** Whether an entity with this id, named so in an article (and written so in the text, if given), is the one asked for. */
    boolean matches(String id, String name, String surface) {
        if (known.isPresent()) return known.get().id().equals(id);
        if (query.equals(id)) return true;
        return name != null && (keys.key(name, null).equals(wantedKey) || keys.key(lastWord(name), null).equals(wantedKey))
                || surface != null && keys.key(surface, null).equals(wantedKey);
    }

    private static String lastWord(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
