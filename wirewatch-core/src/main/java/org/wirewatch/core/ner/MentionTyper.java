package org.wirewatch.core.ner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.morph.NameClass;
import org.wirewatch.core.ner.cues.NameCues;
import org.wirewatch.core.text.Token;

/**
 * Decides what a candidate names, strongest evidence first: the knowledge base, a title next to
 * it, the dictionary's name tags, designator words ("Council", "область"), then shape. Thread-safe;
 * what the document taught so far comes in as {@link DocumentMemory}.
 */
final class MentionTyper {
    private static final int MAX_ACRONYM = 6;

    private final KnowledgeBase kb;
    private final NameCues cues;
    private final NameLemmatizer lemmatizer;
    private final String lang;

    MentionTyper(KnowledgeBase kb, NameCues cues, NameLemmatizer lemmatizer, String lang) {
        this.kb = kb;
        this.cues = cues;
        this.lemmatizer = lemmatizer;
        this.lang = lang;
    }

    Optional<Typed> type(Candidate c, String text, DocumentMemory memory) {
        String surface = c.text(text);
        String lemma = lemmatizer.lemma(c);
        Optional<KbEntity> demonymCountry = demonym(c, surface);
        if (demonymCountry.isPresent()) return Optional.of(new Typed(c, EntityType.MISC, demonymCountry.get(), lemma, Strength.STRONG));
        EntityType required = c.role() != null && !c.affiliate() ? EntityType.PER : null;
        Optional<KbEntity> known = known(surface, lemma, required, c.affiliate(), memory);
        if (known.isPresent()) return Optional.of(new Typed(c, known.get().type(), known.get(), lemma, Strength.KNOWN));
        Optional<Identity> remembered = memory.recall(lemma, c.size());
        if (remembered.isPresent()) return Optional.of(Typed.recalled(c, lemma, remembered.get()));
        EntityType byEvidence = byEvidence(c, required);
        if (byEvidence != null) return Optional.of(new Typed(c, byEvidence, null, lemma, Strength.STRONG));
        EntityType byShape = byShape(c);
        return byShape == null ? Optional.empty() : Optional.of(new Typed(c, byShape, null, lemma, Strength.WEAK));
    }

    /** "Russian", "North Korean": an adjective of a country, unless the word is itself a name ("US"). */
    private Optional<KbEntity> demonym(Candidate c, String surface) {
        if (c.affiliate() || c.size() > 3) return Optional.empty();
        Optional<KbEntity> country = kb.countryOfDemonym(surface, lang);
        return country.isPresent() && kb.find(surface, lang).isEmpty() ? country : Optional.empty();
    }

    /** Whether a word names a known organisation or place (as written or in base form). */
    boolean namesNonPerson(Token t) {
        for (KbEntity e : kb.find(t.text(), lang)) if (e.type() != EntityType.PER) return true;
        String lemma = lemmatizer.wordLemma(t.text(), false);
        if (lemma.equals(t.text())) return false;
        for (KbEntity e : kb.find(lemma, lang)) if (e.type() != EntityType.PER) return true;
        return false;
    }

    /** The knowledge base's entity for the name as written or in base form, preferring one the document already named. */
    private Optional<KbEntity> known(String surface, String lemma, EntityType required, boolean affiliate, DocumentMemory memory) {
        Set<KbEntity> found = new LinkedHashSet<>(kb.find(surface, lang));
        if (!lemma.equals(surface)) found.addAll(kb.find(lemma, lang));
        KbEntity best = null;
        for (KbEntity e : found) {
            if (required != null && e.type() != required) continue;
            if (affiliate && e.type() == EntityType.PER) continue;
            if (memory.named(e.id())) return Optional.of(e);
            if (best == null) best = e;
        }
        return Optional.ofNullable(best);
    }

    private EntityType byEvidence(Candidate c, EntityType required) {
        if (required != null) return required;
        if (hasDesignator(c)) return designatorType(c);
        NameClass lastClass = lemmatizer.nameClass(c.last());
        if (!c.affiliate()) {
            for (int i = 0; i < c.size(); i++) {
                NameClass k = lemmatizer.nameClass(c.token(i));
                if (k == NameClass.FIRST_NAME || k == NameClass.PATRONYMIC) return EntityType.PER;
            }
            if (lastClass == NameClass.SURNAME && c.size() > 1) return EntityType.PER;
        }
        if (lastClass == NameClass.PLACE) return EntityType.LOC;
        if (lastClass == NameClass.ORGANIZATION) return EntityType.ORG;
        return null;
    }

    private boolean hasDesignator(Candidate c) {
        for (int i = 0; i < c.size(); i++) {
            String w = c.token(i).text();
            if (cues.isOrgDesignator(w) || cues.isPlaceDesignator(w)) return true;
        }
        return false;
    }

    private EntityType designatorType(Candidate c) {
        for (int i = 0; i < c.size(); i++) if (cues.isOrgDesignator(c.token(i).text())) return EntityType.ORG;
        return EntityType.LOC;
    }

    /** Weak guesses: an acronym is an organisation, a word after "in"/"в" a place, two or more capitalised words a person. */
    private EntityType byShape(Candidate c) {
        Token first = c.token(0);
        if (c.size() == 1 && first.allCaps() && first.length() <= MAX_ACRONYM) return EntityType.ORG;
        if (c.affiliate()) return null;
        if (c.size() == 1 && c.from() > 0 && cues.isPlacePreposition(c.tokens().get(c.from() - 1).text())) return EntityType.LOC;
        if (c.size() >= 2 && c.size() <= 4) return EntityType.PER;
        return c.size() == 1 ? EntityType.MISC : null;
    }

    static boolean isTitleCase(List<Token> sentence) {
        int words = 0;
        int capitalised = 0;
        for (Token t : sentence) {
            if (!t.isWord()) continue;
            words++;
            if (t.capitalised() || t.allCaps()) capitalised++;
        }
        return words >= 4 && capitalised * 10 >= words * 7;
    }
}
