package org.wirewatch.core.linguistics.text;

/** English abbreviations and sentence openers, read once from the bundled {@code en.abbrev}. Immutable; share freely. */
public final class EnglishSentenceRules extends BundledSentenceRules {

    private static final class Holder {
        static final SentenceRulesFile FILE = SentenceRulesFile.load("en");
    }

    public EnglishSentenceRules() {
        super("en", Holder.FILE);
    }
}
