package org.wirewatch.core.extract.tone;

/** Who decides entity sentiment: the trained model of the language where one is installed, or the rules. */
public enum SentimentMode {
    /** The target-sentiment model of the article's language if one is on the class path, else the rules. */
    MODEL,
    /** The sentiment words near each mention only ({@code TargetRules}). */
    RULES
}
