package org.wirewatch.core.linguistics.text;

import java.util.Locale;
import org.wirewatch.core.lang.PackFile;

/** Sentence rules read from a language pack's {@code sentences.cues}: abbreviations and sentence openers. Immutable. */
class BundledSentenceRules implements SentenceRules {
    private final String language;
    private final SentenceRulesFile file;

    BundledSentenceRules(String language, PackFile file) {
        this(language, SentenceRulesFile.load(file));
    }

    BundledSentenceRules(String language, SentenceRulesFile file) {
        this.language = language;
        this.file = file;
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public boolean isAbbreviation(String tokenBeforeDot) {
        return file.abbreviations().contains(tokenBeforeDot);
    }

    @Override
    public boolean isTitleAbbreviation(String tokenBeforeDot) {
        return file.titles().contains(tokenBeforeDot);
    }

    @Override
    public boolean startsSentence(String word) {
        return file.starters().contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
