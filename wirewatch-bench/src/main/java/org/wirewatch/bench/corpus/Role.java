package org.wirewatch.bench.corpus;

import java.util.Locale;

/** How an article relates to the others of its story: the gold a story or duplicate stage is scored against. */
public enum Role {
    /** A report written on its own. */
    ORIGINAL,
    /** The same report in another language, sentence for sentence. */
    TRANSLATION,
    /** The same report again in the same language: another page's furniture, one paragraph dropped, an update note. */
    NEAR_DUPLICATE;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
