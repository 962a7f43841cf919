package org.wirewatch.core.linguistics.text;

/**
 * Rules for text whose language is unknown ("und"): no abbreviation list, only the structural
 * rules every language shares. Chosen explicitly by passing "und", never as a silent fallback
 * for a language that has rules of its own. Immutable.
 */
public final class UndeterminedSentenceRules extends BundledSentenceRules {
    public UndeterminedSentenceRules() {
        super("und", SentenceRulesFile.EMPTY);
    }
}
