package org.wirewatch.core.linguistics.text;

import java.util.Locale;

/**
 * Sentence rules read from the bundled {@code <language>.abbrev} file. Each language's class only
 * names its file and holds it in a lazy holder, so a file is parsed once, on first use. Immutable.
 */
abstract class BundledSentenceRules implements SentenceRules {
    private final String language;
    private final SentenceRulesFile file;

    BundledSentenceRules(String language, SentenceRulesFile file) {
        this.language = language;
        this.file = file;
    }

    @Override
    public final String language() {
        return language;
    }

    @Override
    public final boolean isAbbreviation(String tokenBeforeDot) {
        return file.abbreviations().contains(tokenBeforeDot);
    }

    @Override
    public final boolean isTitleAbbreviation(String tokenBeforeDot) {
        return file.titles().contains(tokenBeforeDot);
    }

    @Override
    public final boolean startsSentence(String word) {
        return file.starters().contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
