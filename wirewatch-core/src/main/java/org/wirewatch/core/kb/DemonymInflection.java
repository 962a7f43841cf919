package org.wirewatch.core.kb;

import java.util.List;

/**
 * How one language inflects the adjectives and nouns that name a country's people: the data
 * lists a stem ("российск-"), the language says which endings may follow it ("ие", "их", …).
 * Adding a language means adding an implementation and registering it in
 * {@link DemonymInflections}, never a branch on the language code. Implementations are immutable.
 */
interface DemonymInflection {

    /** ISO 639-1 code. */
    String language();

    /**
     * The stems a lower-cased word could be an inflected form of, longest ending stripped first:
     * "российских" → ["российск", …]. Stems shorter than three letters are never returned.
     */
    List<String> stems(String word);
}
