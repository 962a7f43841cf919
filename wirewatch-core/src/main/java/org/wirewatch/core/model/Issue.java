package org.wirewatch.core.model;

/**
 * A problem with one article that did not stop it from being processed
 * (for example text that was not valid UTF-8 and was decoded with replacement characters).
 */
public record Issue(String code, String message) {
    public static final String INVALID_UTF8 = "invalid_utf8";
    public static final String TRUNCATED = "truncated";

    public Issue {
        Check.notNullParam(code, "code");
        Check.notNullParam(message, "message");
    }
}
