package org.wirewatch.core.model;

/**
 * A problem with one article that did not stop it from being processed
 * (for example text that was not valid UTF-8 and was decoded with replacement characters).
 */
public record Issue(String code, String message) {
    public static final String INVALID_UTF8 = "invalid_utf8";
    public static final String TRUNCATED = "truncated";
    public static final String INVALID_LANGUAGE = "invalid_language";
    /** A stage skipped the article because no language pack gives it what it needs for this language. */
    public static final String UNSUPPORTED_LANGUAGE = "unsupported_language";

    public Issue {
        Check.notNullParam(code, "code");
        Check.notNullParam(message, "message");
    }

    /** The stage ("entities", "dates", …) that skipped an article in a language it does not support. */
    public static Issue unsupportedLanguage(String stage) {
        return new Issue(UNSUPPORTED_LANGUAGE, stage);
    }
}
