package org.wirewatch.index;

/** A query the query syntax cannot read; the message says what and where, for the user. */
public final class BadQueryException extends IllegalArgumentException {
    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
