package org.wirewatch.core.linguistics.morph;

import org.wirewatch.core.model.Check;

/**
 * One dictionary reading of a word form: its base form, the dictionary's own tag (LanguageTool's
 * tagsets: VESUM for Ukrainian, AOT for Russian, Penn for English) and, for a proper name, its
 * kind. {@code nameClass} is null for a reading that is not a proper name. The lemma of a proper
 * reading is capitalised even where the dictionary stores it in lower case (Russian).
 */
public record Reading(String lemma, String tag, NameClass nameClass) {
    public Reading {
        Check.notNullParam(lemma, "lemma");
        Check.notNullParam(tag, "tag");
    }

    /** Whether this reading is a proper name. */
    public boolean isProper() {
        return nameClass != null;
    }
}
