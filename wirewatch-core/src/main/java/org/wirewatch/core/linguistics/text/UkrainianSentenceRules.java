package org.wirewatch.core.linguistics.text;

/** Ukrainian abbreviations and sentence openers, read once from the bundled {@code uk.abbrev}. Immutable; share freely. */
public final class UkrainianSentenceRules extends BundledSentenceRules {

    private static final class Holder {
        static final SentenceRulesFile FILE = SentenceRulesFile.load("uk");
    }

    public UkrainianSentenceRules() {
        super("uk", Holder.FILE);
    }
}
