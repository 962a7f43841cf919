package org.wirewatch.core.linguistics.morph;

import java.util.List;

/**
 * A dictionary asked about base forms: which proper names a spelling is the base form of, and
 * whether it is also an ordinary word. Lets one language's morphology borrow another's knowledge
 * of names (the Russian dictionary does not mark place names; the Ukrainian one does).
 */
public interface NameLexicon {
    /** Knows no names and no nouns: for a language whose neighbour's dictionary is not installed. */
    NameLexicon NONE = new NameLexicon() {
        @Override public List<Reading> properReadingsOf(String baseForm) { return List.of(); }
        @Override public boolean isCommonNoun(String lowerCaseForm) { return false; }
    };

    /** The proper readings whose lemma is exactly {@code baseForm}; empty if none. */
    List<Reading> properReadingsOf(String baseForm);

    /** Whether {@code lowerCaseForm} is the base form of an ordinary (not proper) noun. */
    boolean isCommonNoun(String lowerCaseForm);
}
