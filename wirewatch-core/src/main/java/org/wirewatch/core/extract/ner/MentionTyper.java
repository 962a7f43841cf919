package org.wirewatch.core.extract.ner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirewatch.core.extract.ner.cues.NameCues;
import org.wirewatch.core.kb.EntityType;
import org.wirewatch.core.kb.KbEntity;
import org.wirewatch.core.kb.KnowledgeBase;
import org.wirewatch.core.kb.NameKey;
import org.wirewatch.core.linguistics.morph.DemonymInflections;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.text.Token;

/**
 * Decides what a candidate names, strongest evidence first: the knowledge base, a title next to
 * it, the dictionary's name tags, designator words ("Council", "область"), then, for what those
 * leave open, the learned name-type model and shape. Thread-safe;
 * what the document taught so far comes in as {@link DocumentMemory}.
 */
final class MentionTyper {
    private static final int MAX_ACRONYM = 6;
    /**
     * How sure the name-type model must be before its word counts: at this margin about 19 in 20
     * of its held-out name predictions are right (docs/ner-model.md).
     */
    static final double MIN_MODEL_MARGIN = 10;

    private final KnowledgeBase kb;
    private final DemonymInflections demonyms;
    private final NameCues cues;
    private final NameLemmatizer lemmatizer;
    private final String lang;
    private final ArticleHints hints;
    private final WordTypeGuesser guesser;

    MentionTyper(KnowledgeBase kb, DemonymInflections demonyms, NameCues cues, NameLemmatizer lemmatizer, String lang, ArticleHints hints, WordTypeGuesser guesser) {
        this.guesser = guesser;
        this.kb = kb;
        this.demonyms = demonyms;
        this.cues = cues;
        this.lemmatizer = lemmatizer;
        this.lang = lang;
        this.hints = hints;
    }

    Optional<Typed> type(Candidate c, String text, DocumentMemory memory) {
        String surface = c.text(text);
        String lemma = lemmatizer.lemma(c);
        Optional<KbEntity> demonymCountry = demonym(c, surface);
        if (demonymCountry.isPresent()) return Optional.of(new Typed(c, EntityType.MISC, demonymCountry.get(), lemma, Strength.STRONG));
        if (c.size() == 1 && cues.isMiscName(surface)) return Optional.of(new Typed(c, EntityType.MISC, null, lemma, Strength.STRONG));
        // A title before a name makes it a person; one after it ("Brussels, U.S. Ambassador …") may belong to the next name.
        EntityType required = c.role() != null && !c.affiliate() && c.role().end() <= c.start() ? EntityType.PER : null;
        Optional<KbEntity> known = known(surface, lemma, required, expectedType(c), c.affiliate(), memory);
        if (known.isPresent()) return Optional.of(new Typed(c, known.get().type(), known.get(), lemma, Strength.KNOWN));
        Optional<Identity> remembered = memory.recall(lemma, c.size());
        if (remembered.isPresent()) return Optional.of(Typed.recalled(c, lemma, remembered.get()));
        boolean titled = c.role() != null && !c.affiliate() && !mostlyCommonWords(c);
        if (hints.isOrganisation(surface)) return Optional.of(new Typed(c, EntityType.ORG, null, lemma, Strength.STRONG));
        if (hints.isPerson(surface)) return Optional.of(new Typed(c, EntityType.PER, null, lemma, Strength.STRONG));
        EntityType byEvidence = byEvidence(c, titled ? EntityType.PER : null);
        if (byEvidence != null) return Optional.of(new Typed(c, byEvidence, null, lemma, Strength.STRONG));
        EntityType byShape = byShape(c);
        Optional<EntityType> learned = learnedType(c, byShape);
        if (learned.isPresent()) return Optional.of(new Typed(c, learned.get(), null, lemma, Strength.LEARNED));
        return byShape == null ? Optional.empty() : Optional.of(new Typed(c, byShape, null, lemma, Strength.WEAK));
    }

    /**
     * A name whose span the sequence model decided: the knowledge base's entity of the model's
     * type; else, where the base knows the name only as another type ("Putin", a place to a model
     * trained on 1996 news), the base's person or organisation and its type, so the identity still
     * meets the other languages' (never a place: context decides "Jordan scored" against the country); else the identity the document gave the name before, else a new name of the
     * model's type.
     */
    Typed typeAs(Candidate c, String text, DocumentMemory memory, EntityType type) {
        String lemma = lemmatizer.lemma(c);
        Optional<KbEntity> known = known(c.text(text), lemma, type, type, false, memory);
        if (known.isPresent()) return new Typed(c, type, known.get(), lemma, Strength.KNOWN);
        // Not towards a place: "Jordan scored twice" is a person whatever the gazetteer says of the country.
        // Nor on another language's alias: Ukrainian "МКС" (the criminal court) is the space station in Russian.
        Optional<KbEntity> other = known(c.text(text), lemma, null, type, false, memory)
                .filter(e -> e.type() == EntityType.PER || e.type() == EntityType.ORG)
                .filter(e -> namedSoInLanguage(e, c.text(text), lemma));
        if (other.isPresent()) return new Typed(c, other.get().type(), other.get(), lemma, Strength.KNOWN);
        Optional<Identity> remembered = memory.recall(lemma, c.size()).filter(i -> i.type() == type);
        if (remembered.isPresent()) return Typed.recalled(c, lemma, remembered.get());
        return new Typed(c, type, null, lemma, Strength.STRONG);
    }

    /**
     * Whether the entity has this name (as written or in base form) in the article's language, or
     * no names in that language at all, so that only another language's alias can match it.
     */
    private boolean namedSoInLanguage(KbEntity e, String surface, String lemma) {
        List<String> names = e.labels(lang);
        if (names.isEmpty()) return true;
        String asWritten = NameKey.of(surface);
        String base = NameKey.of(lemma);
        for (String name : names) {
            String key = NameKey.of(name);
            if (key.equals(asWritten) || key.equals(base)) return true;
        }
        return false;
    }

    /** "Russian", "North Korean": an adjective of a country, unless the word is itself a name ("US"). */
    private Optional<KbEntity> demonym(Candidate c, String surface) {
        if (c.affiliate() || c.size() > 3) return Optional.empty();
        Optional<KbEntity> country = kb.countryOfDemonym(surface, lang, demonyms);
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

    /** What the words around a name make likely: "in Washington" is a place. */
    private EntityType expectedType(Candidate c) {
        boolean afterPlaceWord = c.from() > 0 && cues.isPlacePreposition(c.tokens().get(c.from() - 1).text());
        return afterPlaceWord ? EntityType.LOC : null;
    }

    /**
     * The knowledge base's entity for the name as written or in base form. Where several share
     * the name, context decides, not the order of the list: one the document already named, else
     * one of the type the words around it expect, else the most prominent.
     */
    private Optional<KbEntity> known(String surface, String lemma, EntityType required, EntityType expected, boolean affiliate,
                                     DocumentMemory memory) {
        Set<KbEntity> found = new LinkedHashSet<>(kb.find(surface, lang));
        if (!lemma.equals(surface)) found.addAll(kb.find(lemma, lang));
        // The chosen base form may be the wrong reading ("Вене": Веня, a first name, or Вена, Vienna).
        if (found.isEmpty() && !surface.contains(" ")) {
            for (String other : lemmatizer.dictionaryLemmas(surface)) found.addAll(kb.find(other, lang));
        }
        KbEntity best = null;
        KbEntity bestExpected = null;
        for (KbEntity e : found) {
            if (required != null && e.type() != required) continue;
            if (affiliate && e.type() == EntityType.PER) continue;
            if (memory.named(e.id())) return Optional.of(e);
            if (best == null) best = e;
            if (bestExpected == null && e.type() == expected) bestExpected = e;
        }
        return Optional.ofNullable(bestExpected != null ? bestExpected : best);
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

    /** Whether the knowledge base knows the whole run as written or in base form. */
    boolean isKnownName(Candidate c, String text) {
        return !kb.find(c.text(text), lang).isEmpty() || !kb.find(lemmatizer.lemma(c), lang).isEmpty();
    }

    boolean hasDesignator(Candidate c) {
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

    /**
     * Weak guesses: an acronym is an organisation, a word after "in"/"в" a place, two to four
     * plain capitalised words a person; other capitalised runs are named things of no known type.
     */
    private EntityType byShape(Candidate c) {
        Token first = c.token(0);
        if (c.size() == 1 && first.allCaps() && first.length() <= MAX_ACRONYM) return EntityType.ORG;
        if (c.affiliate()) return null;
        if (c.size() == 1 && c.from() > 0 && cues.isPlacePreposition(c.tokens().get(c.from() - 1).text())) return EntityType.LOC;
        if (c.size() == 1 && (isContraction(first.text()) || lemmatizer.isCommonWord(first.text()))) return null;
        if (c.size() >= 2 && c.size() <= 4 && plainWords(c) && !mostlyCommonWords(c)) return EntityType.PER;
        return EntityType.MISC;
    }

    /**
     * What the name-type model is sure a lone word names, where the rules left it open: a word no
     * dictionary knows (shape said only "a name of some kind"), or a surname that is also an
     * ordinary word (Бондарчук, a cooper's son), when the model agrees it is a person's name.
     */
    private Optional<EntityType> learnedType(Candidate c, EntityType byShape) {
        if (c.size() != 1 || c.affiliate() || c.token(0).allCaps()) return Optional.empty();
        String word = c.token(0).text();
        if (byShape == EntityType.MISC) return learnedType(word);
        boolean surnameAndWord = byShape == null && lemmatizer.nameClass(c.token(0)) == NameClass.SURNAME;
        return surnameAndWord ? learnedType(word).filter(t -> t == EntityType.PER) : Optional.empty();
    }

    /** The type the model is sure a word has; empty when it is not sure, or says it is no name. */
    private Optional<EntityType> learnedType(String word) {
        return guesser.guess(word).filter(p -> p.margin() >= MIN_MODEL_MARGIN).map(p -> switch (p.kind()) {
            case PERSON -> EntityType.PER;
            case PLACE -> EntityType.LOC;
            case ORGANISATION -> EntityType.ORG;
            case NOT_A_NAME -> null;
        });
    }

    /** Person names are plain words: no acronyms, digits, or words the knowledge base knows as places or bodies. */
    private boolean plainWords(Candidate c) {
        for (int i = 0; i < c.size(); i++) {
            Token t = c.token(i);
            if (t.allCaps() || !t.text().chars().allMatch(Character::isLetter) && t.text().indexOf('-') < 0) return false;
            if (namesNonPerson(t)) return false;
        }
        return true;
    }

    /** "European Political Community", "Grouping": words of the language, capitalised, are rarely a person's name. */
    private boolean mostlyCommonWords(Candidate c) {
        int common = 0;
        for (int i = 0; i < c.size(); i++) {
            Token t = c.token(i);
            if (lemmatizer.nameClass(t) == null && lemmatizer.isCommonWord(t.text())) common++;
        }
        return common * 2 > c.size();
    }

    /** "I’d", "We're": a capitalised pronoun with a clitic, not a name. */
    private boolean isContraction(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('\u2019'));
        return apostrophe > 0 && cues.isFunctionWord(word.substring(0, apostrophe));
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
