package org.wirewatch.core.linguistics.morph;

import java.util.List;

/**
 * How one language inflects the adjectives and nouns that name a country's people: the data
 * lists a stem ("российск-"), the language says which endings may follow it ("ие", "их", …).
 * A language pack supplies its implementation ({@code LanguagePack#demonymInflection}); no code
 * branches on the language. Implementations are immutable.
 */
public interface DemonymInflection {

    /** ISO 639-1 code. */
    String language();

    /**
     * The stems a lower-cased word could be an inflected form of, longest ending stripped first:
     * "российских" → ["российск", …]. Stems shorter than three letters are never returned.
     */
    List<String> stems(String word);
}
