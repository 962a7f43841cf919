package org.wirewatch.core.linguistics.morph;

import java.util.List;

/**
 * A dictionary asked about base forms: which proper names a spelling is the base form of, and
 * whether it is also an ordinary word. Lets one language's morphology borrow another's knowledge
 * of names (the Russian dictionary does not mark place names; the Ukrainian one does).
 */
interface NameLexicon {

    /** The proper readings whose lemma is exactly {@code baseForm}; empty if none. */
    List<Reading> properReadingsOf(String baseForm);

    /** Whether {@code lowerCaseForm} is the base form of an ordinary (not proper) noun. */
    boolean isCommonNoun(String lowerCaseForm);
}
