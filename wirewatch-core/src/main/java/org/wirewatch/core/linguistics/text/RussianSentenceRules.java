package org.wirewatch.core.linguistics.text;

/** Russian abbreviations and sentence openers, read once from the bundled {@code ru.abbrev}. Immutable; share freely. */
public final class RussianSentenceRules extends BundledSentenceRules {

    private static final class Holder {
        static final SentenceRulesFile FILE = SentenceRulesFile.load("ru");
    }

    public RussianSentenceRules() {
        super("ru", Holder.FILE);
    }
}
