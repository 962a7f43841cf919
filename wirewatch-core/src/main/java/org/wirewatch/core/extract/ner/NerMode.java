package org.wirewatch.core.extract.ner;

/** Which recogniser decides the names: the trained sequence model where there is one, or the rules. */
public enum NerMode {
    /** The sequence model for the article's language if one is on the class path, else the rules. */
    MODEL,
    /** Capitalisation, cues and the knowledge base only (the recogniser before the models). */
    RULES
}
