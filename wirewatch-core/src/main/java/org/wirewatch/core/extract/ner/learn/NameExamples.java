package org.wirewatch.core.extract.ner.learn;

import java.util.Locale;
import org.wirewatch.core.linguistics.morph.Morphology;
import org.wirewatch.core.linguistics.morph.NameClass;
import org.wirewatch.core.linguistics.morph.Reading;

/** Where a {@link DictionaryNames} puts its labelled words, and how it samples the inflected forms. */
public interface NameExamples {

    /** Adds a labelled word; a word given two different kinds is dropped for good. */
    void add(String word, NameKind kind, String lemma, String source);

    /** Whether this inflected form of this kind is kept (deterministic, by a hash of the form). */
    boolean sampled(String form, NameKind kind);

    /** A capitalised ordinary word, unless the dictionary also reads it capitalised as a name (Надія, Bill). */
    default void addOrdinary(Morphology m, String form, String lemma, String source) {
        String word = capitalised(form);
        if (word.length() < 3) return;
        NameKind kind = NameKind.NOT_A_NAME;
        for (Reading r : m.readings(word)) {
            if (!r.isProper()) continue;
            NameKind proper = kindOf(r.nameClass());
            if (proper == null || (kind != NameKind.NOT_A_NAME && kind != proper)) return;
            kind = proper;
        }
        add(word, kind, lemma, source);
    }

    /** The kind of name a dictionary's name class is; null for none, or for a proper noun of no kind the model learns. */
    static NameKind kindOf(NameClass c) {
        if (c == null) return null;
        return switch (c) {
            case FIRST_NAME, SURNAME, PATRONYMIC -> NameKind.PERSON;
            case PLACE -> NameKind.PLACE;
            case ORGANIZATION -> NameKind.ORGANISATION;
            case OTHER_PROPER -> null;
        };
    }

    /** A noun or adjective tag that marks no proper noun or abbreviation. */
    static boolean isOrdinary(String tag, String noun, String adjective) {
        return (tag.startsWith(noun) || tag.startsWith(adjective)) && !tag.contains("prop") && !tag.contains("abbr");
    }

    static String capitalised(String s) {
        if (s.isEmpty() || Character.isUpperCase(s.charAt(0))) return s;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
