package org.wirewatch.core.extract.ner;

/** How sure the typing of a name is, by the kind of evidence behind it. */
enum Strength {
    /** Guessed from shape alone (two capitalised words, an acronym). */
    WEAK,
    /**
     * The name-type model is sure what the word names: enough for a sentence's first word, which
     * the model was trained to tell from capitalised ordinary words, but not in a Title Case
     * headline, where every word looks like a name.
     */
    LEARNED,
    /** A title, a dictionary name tag or a designator word says so. */
    STRONG,
    /** The knowledge base knows the name. */
    KNOWN
}
