package org.wirewatch.core.lang;

import org.wirewatch.core.model.Check;

/**
 * An identified language.
 *
 * @param lang       ISO 639-1 code, lower case ("uk")
 * @param confidence how clearly the evidence separates this language from the runner-up, in [0, 1]:
 *                   1 when nothing else was possible (the only configured language of the script),
 *                   near 0 for a near tie. A ranking score, not a calibrated probability.
 */
public record LanguageGuess(String lang, double confidence) {
    public LanguageGuess {
        Check.notNullParam(lang, "lang");
        Check.isTrue(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1], was %s", confidence);
    }
}
