package org.wirewatch.core.ner;

/** How sure the typing of a name is, by the kind of evidence behind it. */
enum Strength {
    /** Guessed from shape alone (two capitalised words, an acronym). */
    WEAK,
    /** A title, a dictionary name tag or a designator word says so. */
    STRONG,
    /** The knowledge base knows the name. */
    KNOWN
}
