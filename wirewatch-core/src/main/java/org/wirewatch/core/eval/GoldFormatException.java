package org.wirewatch.core.eval;

/** One gold line does not have the shape its format needs; the reader skips the line and reports the message. */
final class GoldFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GoldFormatException(String message) {
        super(message);
    }
}
