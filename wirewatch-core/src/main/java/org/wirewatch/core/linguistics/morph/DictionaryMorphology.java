package org.wirewatch.core.linguistics.morph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.wirewatch.core.model.BoundedMemo;
import org.wirewatch.core.model.Check;

/**
 * What the three dictionary-backed morphologies share: readings are dictionary entries looked up
 * under a language's spelling variants and interpreted by its tagset; a name's base form comes
 * from the best reading, else from the language's suffix rules. Each language supplies only the
 * dictionary, the variants, the tag interpretation and the rules.
 */
public abstract class DictionaryMorphology implements Morphology {
    /**
     * Forms whose readings are remembered, per language (about 100 bytes each, so at most ~20 MB):
     * every stage looks up every word of every article, news vocabulary repeats, and the dictionary
     * walk was most of the entity and event stages' time. Later forms are looked up each time.
     */
    static final int REMEMBERED_FORMS = 200_000;

    private final MorfologikDictionary dictionary;
    private final BoundedMemo<String, Remembered> remembered = new BoundedMemo<>(REMEMBERED_FORMS);
    /** Names' base forms worked out so far, one map per hint (the last for no hint); bounded like {@link #remembered}. */
    private final List<BoundedMemo<String, String>> nameLemmas;

    /** A form's reading groups and, merged, its readings. */
    private record Remembered(List<List<Reading>> groups, List<Reading> readings) {}

    protected DictionaryMorphology(MorfologikDictionary dictionary) {
        this.dictionary = dictionary;
        List<BoundedMemo<String, String>> lemmas = new ArrayList<>();
        for (int i = 0; i <= NameClass.values().length; i++) lemmas.add(new BoundedMemo<>(REMEMBERED_FORMS));
        this.nameLemmas = List.copyOf(lemmas);
    }

    @Override
    public List<Reading> readings(String wordForm) {
        Check.notNullParam(wordForm, "wordForm");
        return remembered(wordForm).readings();
    }

    /** {@link #readingGroups}, remembered for the first {@link #REMEMBERED_FORMS} forms. */
    private List<List<Reading>> groups(String wordForm) {
        return remembered(wordForm).groups();
    }

    private Remembered remembered(String wordForm) {
        return remembered.get(wordForm, this::workedOut);
    }

    private Remembered workedOut(String wordForm) {
        List<List<Reading>> groups = List.copyOf(readingGroups(wordForm));
        return new Remembered(groups, merged(groups));
    }

    private static List<Reading> merged(List<List<Reading>> groups) {
        if (groups.size() == 1) return groups.get(0);
        Set<Reading> out = new LinkedHashSet<>();
        for (List<Reading> group : groups) out.addAll(group);
        return List.copyOf(out);
    }

    /**
     * The readings found under each lookup spelling of the form, in the order of
     * {@link #lookupForms}, so that a name's base form can come from the spelling closest to
     * the text: НАТО as given is the organisation, not the vocative of the first name Ната.
     */
    protected List<List<Reading>> readingGroups(String wordForm) {
        if (wordForm.isEmpty()) return List.of();
        List<List<Reading>> groups = new ArrayList<>(3);
        for (String variant : lookupForms(wordForm)) {
            List<DictionaryEntry> entries = dictionary.lookup(variant);
            if (entries.isEmpty()) continue;
            Set<Reading> group = new LinkedHashSet<>();
            interpret(entries, wordForm, group);
            groups.add(List.copyOf(group));
        }
        return groups;
    }

    @Override
    public boolean isCommonWord(String wordForm) {
        for (Reading r : readings(wordForm)) if (!r.isProper()) return true;
        return false;
    }

    @Override
    public boolean isOnlyNominal(String wordForm) {
        List<Reading> all = readings(wordForm);
        if (all.isEmpty()) return false;
        for (Reading r : all) if (!isNoun(r) && !isAdjective(r)) return false;
        return true;
    }

    @Override
    public String nameLemma(String wordForm, NameClass hint) {
        Check.notNullParam(wordForm, "wordForm");
        return nameLemmas.get(hint == null ? NameClass.values().length : hint.ordinal())
                .get(wordForm, form -> workedOutNameLemma(form, hint));
    }

    private String workedOutNameLemma(String wordForm, NameClass hint) {
        String core = core(wordForm);
        if (core.isEmpty()) return wordForm;
        for (List<Reading> group : groups(core)) {
            Optional<Reading> best = LemmaChoice.best(group, hint, this::isNoun, this::isAdjective);
            if (best.isPresent()) return Casing.like(best.get().lemma(), core);
        }
        return unknownLemma(core, hint);
    }

    @Override
    public void forEachDictionaryForm(BiConsumer<String, Reading> visitor) {
        Check.notNullParam(visitor, "visitor");
        dictionary.forEach((form, entry) -> visitor.accept(form, new Reading(entry.lemma(), entry.tag(), nameClass(entry))));
    }

    /** The form without what is not part of the name (English possessive 's); as given by default. */
    protected String core(String wordForm) {
        return wordForm;
    }

    /** The spellings to look the form up under; by default as given plus other capitalisations. */
    protected List<String> lookupForms(String wordForm) {
        return Casing.lookupVariants(wordForm);
    }

    /** Adds the readings of the dictionary entries found for {@code wordForm} under one spelling. */
    protected void interpret(List<DictionaryEntry> entries, String wordForm, Set<Reading> out) {
        for (DictionaryEntry entry : entries) out.add(new Reading(entry.lemma(), entry.tag(), nameClass(entry)));
    }

    /** The kind of name an entry is by its tag alone, or null. */
    protected abstract NameClass nameClass(DictionaryEntry entry);

    protected abstract boolean isNoun(Reading r);

    protected abstract boolean isAdjective(Reading r);

    /** The base form of a name the dictionary does not know. */
    protected abstract String unknownLemma(String form, NameClass hint);

    protected MorfologikDictionary dictionary() {
        return dictionary;
    }

    /** Whether the dictionary has been read (for tests of lazy loading). */
    protected boolean isLoaded() {
        return dictionary.isLoaded();
    }
}
