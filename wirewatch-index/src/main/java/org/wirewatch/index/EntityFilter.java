package org.wirewatch.index;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * Turns an entity as a user names it ("Blinken", "Блинкена", "ww:blinken") into a filter, the way
 * {@code entity.EntityProfiles} resolves names: a name the knowledge base knows becomes its
 * canonical id, which matches articles in every language; any other name matches the id as given
 * or the cross-script key of the names and surface forms articles gave their entities.
 */
public final class EntityFilter {
    private final KnowledgeBase kb;
    private final NameKeys keys;

    public EntityFilter(KnowledgeBase kb, NameKeys keys) {
        this.kb = kb;
        this.keys = keys;
    }

    /** The canonical ids the name resolves to (the first is the best); empty when the knowledge base does not know it. */
    public List<String> ids(String name) {
        String q = name.strip();
        return kb.byId(q).map(e -> List.of(e.id()))
                .orElseGet(() -> kb.find(q, null).stream().limit(1).map(KbEntity::id).toList());
    }

    Query query(String name) {
        List<String> known = ids(name);
        if (!known.isEmpty()) return new TermQuery(new Term(IndexFields.ENTITY, known.get(0)));
        String q = name.strip();
        BooleanQuery.Builder any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.ENTITY, q)), BooleanClause.Occur.SHOULD);
        String key = keys.key(q, null);
        if (!key.isEmpty()) any.add(new TermQuery(new Term(IndexFields.ENTITY_KEY, key)), BooleanClause.Occur.SHOULD);
        return any.build();
    }
}
