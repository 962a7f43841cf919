package org.wirewatch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.names.NameKeys;

/**
 * Cross-script query expansion: a query word or phrase that names an entity also finds the
 * articles that mention it in any language or script. "Blinken", "Блинкен", "Блінкен" and
 * "Блинкена" all reach the entity the knowledge base calls Antony Blinken (its id is stored
 * with each mention), and a name the base does not know reaches the mentions whose cross-script
 * key it shares ({@code Syrotiuk} ↔ {@code Сиротюк}), but only when the index has seen that key.
 *
 * <p>Inflected query words are tried in the base form each language pack's morphology gives them
 * (Блинкена → Блинкен). A lower-case word that some dictionary knows as an ordinary word ("grain",
 * "us") is left to the text search: free words stay per-language. Thread-safe.
 */
final class NameExpansion {
    /** What a query word or phrase was expanded to; {@code id} is null when only keys matched. */
    record Expansion(String text, String id, String label, List<String> keys, Query query) {
        /** Whether the mention is one this expansion reaches (by id, or by the key of its text or name). */
        boolean reaches(org.wirewatch.core.model.Mention m, NameKeys nameKeys) {
            if (id != null && id.equals(m.id())) return true;
            if (keys.contains(nameKeys.key(m.text(), null))) return true;
            return m.name() != null && keys.contains(nameKeys.key(m.name(), null));
        }
    }

    private final KnowledgeBase kb;
    private final NameKeys keys;
    private final List<Morphology> morphologies;

    NameExpansion(KnowledgeBase kb, NameKeys keys, List<Morphology> morphologies) {
        this.kb = kb;
        this.keys = keys;
        this.morphologies = List.copyOf(morphologies);
    }

    /** The entity the words name, as a query over entity ids and name keys; empty when they name none. */
    Optional<Expansion> of(String words, IndexReader reader) throws IOException {
        return of(words, t -> reader.docFreq(t) > 0);
    }

    /** Whether a store holds a term (a name key some stored mention has); a store other than the embedded index asks itself. */
    @FunctionalInterface
    interface Seen {
        boolean has(Term term) throws IOException;
    }

    /** As above, asking {@code seen} whether the store has seen a name key. */
    Optional<Expansion> of(String words, Seen held) throws IOException {
        String text = words.strip();
        if (!expandable(text)) return Optional.empty();
        Set<String> forms = forms(text);
        String id = null;
        for (String f : forms) {
            List<KbEntity> found = kb.find(f, null);
            if (!found.isEmpty()) {
                id = found.get(0).id();
                break;
            }
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        List<String> seen = new ArrayList<>();
        int clauses = 0;
        if (id != null) {
            any.add(new TermQuery(new Term(IndexFields.ENTITY, id)), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String f : forms) {
            String key = keys.key(f, null);
            if (key.isEmpty()) continue;
            Term t = new Term(IndexFields.ENTITY_KEY, key);
            if (!held.has(t)) continue;
            if (seen.contains(key)) continue;
            seen.add(key);
            any.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) return Optional.empty();
        String label = id == null ? text : kb.byId(id).map(KbEntity::name).orElse(text);
        return Optional.of(new Expansion(text, id, label, List.copyOf(seen), any.build()));
    }

    /** The words as typed and in each language's base form of names. */
    private Set<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(text);
        String[] words = text.split("\\s+");
        for (Morphology m : morphologies) {
            List<String> lemmas = new ArrayList<>();
            for (String w : words) lemmas.add(m.nameLemma(w, null));
            forms.add(String.join(" ", lemmas));
        }
        return forms;
    }

    /** Only names: words with letters, and no lower-case word that a dictionary knows as an ordinary word. */
    private boolean expandable(String text) {
        if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetter)) return false;
        for (String w : text.split("\\s+")) {
            if (!w.equals(w.toLowerCase(Locale.ROOT))) continue;
            for (Morphology m : morphologies) if (m.isCommonWord(w)) return false;
        }
        return true;
    }
}
