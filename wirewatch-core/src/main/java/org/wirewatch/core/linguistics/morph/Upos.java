package org.wirewatch.core.linguistics.morph;

/** The universal parts of speech (Universal Dependencies v2), the one tag set every language maps its dictionary tags to. */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X
}
